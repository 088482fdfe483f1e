// An .ics export (Outlook, Google Calendar) → the events that happened in the window, one per occurrence,
// on the leader's clock. Never throws: a file the parser refuses, or one too large, is a message; a single
// event it cannot read is skipped and counted, and the rest still comes through.
import ICAL from 'ical.js';
import { addDays, type Clock } from '../time/dates';
import { emailAddress } from '../reading/emailAddress';
import type { LocalDate } from '../model';
import type { CalendarEvent, CalendarReadResult } from './calendarEvent';
import { calendarTooLarge, CALENDAR_LIMITS } from './limits';
import { namedZone, systemZone, type LocalZone } from './localZone';
import { type ZoneContext } from './eventInstant';
import { eventsOfCalendar, type Collected } from './calendarEvents';

export interface ReadCalendarOptions {
  readonly clock: Clock;
  /** Days back from today; today counts too. Default 90. */
  readonly windowDays?: number;
  /** The leader's clock; default the machine's zone. */
  readonly zone?: LocalZone;
  /** The calendar owner's addresses (a setting): an event they declined is skipped. */
  readonly ownerEmails?: readonly string[];
}

export const DEFAULT_WINDOW_DAYS = 90;
const MAX_WINDOW_DAYS = 3660;

type Component = InstanceType<typeof ICAL.Component>;

export function readCalendar(text: string, options: ReadCalendarOptions): CalendarReadResult {
  const tooLarge = calendarTooLarge(text);
  if (tooLarge) return { ok: false, message: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (!/^BEGIN:VCALENDAR/im.test(body)) return { ok: false, message: { id: 'calendar-not-icalendar' } };
  try {
    const parsed = ICAL.parse(body) as unknown[];
    // Several VCALENDARs one after another (calendars exported together) parse as a list of them.
    const roots = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
    const calendars = roots.map((jcal) => new ICAL.Component(jcal)).filter((c) => c.name === 'vcalendar');
    if (!calendars.length) return { ok: false, message: { id: 'calendar-not-icalendar' } };
    return collect(calendars, options);
  } catch (error) {
    return { ok: false, message: { id: 'calendar-unreadable', reason: reasonOf(error) } };
  }
}

function collect(calendars: readonly Component[], options: ReadCalendarOptions): CalendarReadResult {
  const local = options.zone ?? systemZone;
  const now = options.clock.now().getTime();
  const days = windowDays(options.windowDays);
  const today = local.wallTime(now);
  const first: LocalDate = addDays({ year: today.year, month: today.month, day: today.day }, -days);
  const window = { from: local.instant({ ...first, hour: 0, minute: 0, second: 0 }), to: now };
  const owner = new Set((options.ownerEmails ?? []).map(emailAddress).filter((e): e is string => !!e));
  for (const calendar of calendars) {
    const address = emailAddress(String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''));
    if (address) owner.add(address);
  }
  const collected: Collected = { events: [], skipped: { allDay: 0, cancelled: 0, declined: 0, unreadable: 0 }, cutShort: 0, budget: { left: CALENDAR_LIMITS.steps } };
  for (const calendar of calendars) {
    const calendarZone = String(calendar.getFirstPropertyValue('x-wr-timezone') ?? '').trim();
    const context: ZoneContext = { local, calendar: calendarZone ? namedZone(calendarZone) : undefined };
    eventsOfCalendar(calendar, window, context, owner, collected);
  }
  const events = uniqueKeys(collected.events.sort((a, b) => a.start - b.start || a.title.localeCompare(b.title)));
  return { ok: true, events, skipped: collected.skipped, cutShort: collected.cutShort, owner: [...owner] };
}

function windowDays(days: number | undefined): number {
  if (days === undefined || !Number.isFinite(days) || days < 0) return DEFAULT_WINDOW_DAYS;
  return Math.min(Math.floor(days), MAX_WINDOW_DAYS);
}

/** Two copies of one event (a calendar exported twice into one file) keep apart in the preview. */
function uniqueKeys(events: CalendarEvent[]): CalendarEvent[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const count = (seen.get(event.key) ?? 0) + 1;
    seen.set(event.key, count);
    return count === 1 ? event : { ...event, key: `${event.key}#${count}` };
  });
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
