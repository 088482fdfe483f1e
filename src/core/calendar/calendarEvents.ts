// The VEVENTs of one VCALENDAR as events in the window: grouped by UID (a series and the exceptions that
// move or cancel its occurrences), each occurrence classified (all-day, cancelled, declined by the owner)
// and placed on the leader's clock.
import ICAL from 'ical.js';
import type { CalendarEvent, CalendarPerson, CalendarSkips } from './calendarEvent';
import { attendeesOf, organizerOf } from './eventPeople';
import { instantOf, type ZoneContext } from './eventInstant';
import { seriesOccurrences, tzidOf, type StepBudget, type Window } from './seriesOccurrences';

type Component = InstanceType<typeof ICAL.Component>;
type Event = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;

/** What the reading of a file gathers, calendar by calendar. */
export interface Collected {
  readonly events: CalendarEvent[];
  readonly skipped: { -readonly [K in keyof CalendarSkips]: number };
  cutShort: number;
  readonly budget: StepBudget;
}

/** A meeting longer than a working day is a multi-day block written with times, not time sat together. */
const MAX_MINUTES = 12 * 60;

export function eventsOfCalendar(calendar: Component, window: Window, context: ZoneContext, owner: ReadonlySet<string>, out: Collected): void {
  const add = (item: Event, start: number, key: () => string) => readable(() => {
    const attendees = attendeesOf(item.component);
    const skip = skipReason(item, attendees, owner);
    if (skip) out.skipped[skip]++;
    else out.events.push(eventAt(item, attendees, start, key(), context));
  }, out);
  for (const [uid, group] of byUid(calendar.getAllSubcomponents('vevent'))) {
    const series = group.master ? readable(() => new ICAL.Event(group.master!, { exceptions: [] }), out) : undefined;
    for (const component of group.exceptions) {
      // An exception is an event of its own: where it moved to, and whether it still takes place.
      const exception = readable(() => {
        const event = new ICAL.Event(component);
        const start = instantOf(event.startDate, tzidOf(event, 'dtstart'), context);
        if (series) series.relateException(event);
        return { event, start };
      }, out);
      if (exception && exception.start >= window.from && exception.start <= window.to) add(exception.event, exception.start, () => keyOf(uid, exception.event.recurrenceId));
    }
    if (!series) continue;
    readable(() => {
      if (!series.isRecurring()) {
        const start = instantOf(series.startDate, tzidOf(series, 'dtstart'), context);
        if (start >= window.from && start <= window.to) add(series, start, () => uid);
        return;
      }
      const { occurrences, cutShort } = seriesOccurrences(series, window, context, out.budget);
      if (cutShort) out.cutShort++;
      for (const o of occurrences) add(o.item, o.start, () => keyOf(uid, o.recurrenceId));
    }, out);
  }
}

interface Group {
  master?: Component;
  readonly exceptions: Component[];
}

/** Components by UID; one without a UID stands alone. A second master of one UID is read on its own too. */
function byUid(components: readonly Component[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  components.forEach((component, index) => {
    const uid = String(component.getFirstPropertyValue('uid') ?? '').trim() || `#${index + 1}`;
    const isException = component.hasProperty('recurrence-id');
    let group = groups.get(uid);
    if (!group || (!isException && group.master)) {
      const key = group ? `${uid}#${index + 1}` : uid;
      group = { exceptions: [] };
      groups.set(key, group);
    }
    if (isException) group.exceptions.push(component);
    else group.master = component;
  });
  return groups;
}

function skipReason(item: Event, attendees: readonly CalendarPerson[], owner: ReadonlySet<string>): keyof CalendarSkips | undefined {
  const component = item.component;
  if (item.startDate.isDate || String(component.getFirstPropertyValue('x-microsoft-cdo-alldayevent') ?? '').toUpperCase() === 'TRUE') return 'allDay';
  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return 'cancelled';
  if (attendees.some((a) => a.declined && owner.has(a.email))) return 'declined';
  return undefined;
}

function eventAt(item: Event, attendees: readonly CalendarPerson[], start: number, key: string, context: ZoneContext): CalendarEvent {
  const wall = context.local.wallTime(start);
  const minutes = minutesOf(item, context);
  const organizer = organizerOf(item.component);
  return {
    key, title: String(item.summary ?? '').trim(), date: { year: wall.year, month: wall.month, day: wall.day },
    time: { hour: wall.hour, minute: wall.minute }, start, ...(minutes !== undefined && { minutes }),
    attendees, ...(organizer && { organizer }),
  };
}

/** From DTEND (in its own zone) or DURATION; the same for every occurrence of a series. */
function minutesOf(item: Event, context: ZoneContext): number | undefined {
  const startZone = tzidOf(item, 'dtstart');
  const endZone = item.component.hasProperty('dtend') ? tzidOf(item, 'dtend') : startZone;
  const ms = instantOf(item.endDate, endZone, context) - instantOf(item.startDate, startZone, context);
  const minutes = Math.round(ms / 60_000);
  return minutes > 0 && minutes <= MAX_MINUTES ? minutes : undefined;
}

function keyOf(uid: string, recurrenceId: Time): string {
  return `${uid}@${recurrenceId.toString()}`;
}

/** The value, or undefined and one more unreadable component when the parser throws on it. */
function readable<T>(read: () => T, out: Collected): T | undefined {
  try {
    return read();
  } catch {
    out.skipped.unreadable++;
    return undefined;
  }
}
