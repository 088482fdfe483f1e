// The occurrences of a recurring event that start in the window. The parser's own expansion applies
// RRULE, RDATE and EXDATE; an occurrence that a RECURRENCE-ID exception replaces is left out here, since
// the exception is read as an event of its own (moved into the window, out of it, or cancelled). An
// endless rule stops at the window's end, and every series at a step limit.
import ICAL from 'ical.js';
import { CALENDAR_LIMITS } from './limits';
import { instantOf, type ZoneContext } from './eventInstant';

type Event = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;

export interface Window {
  /** Milliseconds since 1970: the first instant of the window's first local day. */
  readonly from: number;
  /** Now: an event counts once it has started. */
  readonly to: number;
}

export interface Occurrence {
  /** The series, or the RANGE=THISANDFUTURE exception that changed this part of it. */
  readonly item: Event;
  /** The occurrence's RECURRENCE-ID: which one of the series it is. */
  readonly recurrenceId: Time;
  readonly start: number;
}

/** Steps left for the whole file, shared by its series. */
export interface StepBudget {
  left: number;
}

export function seriesOccurrences(series: Event, window: Window, context: ZoneContext, budget: StepBudget): { occurrences: Occurrence[]; cutShort: boolean } {
  const occurrences: Occurrence[] = [];
  const tzid = tzidOf(series, 'dtstart');
  if (endsBefore(series, window.from, tzid, context)) return { occurrences, cutShort: false };
  const exceptions = series.exceptions as unknown as Record<string, Event | undefined>;
  // Also by instant: the parser's keys miss a RECURRENCE-ID in UTC for a series in a zone it had to look up.
  const replaced = new Set(Object.values(exceptions).map((e) => e && instantOf(e.recurrenceId, tzidOf(e, 'recurrence-id'), context)));
  const expansion = series.iterator();
  for (let steps = 0; ; steps++) {
    if (steps >= CALENDAR_LIMITS.stepsPerSeries || budget.left <= 0) return { occurrences, cutShort: true };
    budget.left--;
    const next = expansion.next();
    if (!next) break;
    const at = instantOf(next, tzid, context);
    if (at > window.to) break;
    // Before the window only a RANGE=THISANDFUTURE exception could still move it in: skip the lookups.
    if (at < window.from && !series.rangeExceptions.length) continue;
    // Keyed as the parser keys them: the time as written, or in UTC.
    if (replaced.has(at) || exceptions[next.toString()] || exceptions[next.convertToZone(ICAL.Timezone.utcTimezone).toString()]) continue;
    const details = series.getOccurrenceDetails(next);
    const start = details.item === series ? at : instantOf(details.startDate, tzidOf(details.item, 'dtstart'), context);
    if (start >= window.from && start <= window.to) occurrences.push({ item: details.item, recurrenceId: next, start });
  }
  return { occurrences, cutShort: false };
}

/** A property's TZID parameter, when it has one. */
export function tzidOf(event: Event, property: string): string | undefined {
  const tzid = event.component.getFirstProperty(property)?.getParameter('tzid');
  const first = Array.isArray(tzid) ? tzid[0] : tzid;
  return typeof first === 'string' ? first : undefined;
}

/** Every rule of the series ends (UNTIL) before `from`, and it has no extra dates: nothing to step through. */
function endsBefore(series: Event, from: number, tzid: string | undefined, context: ZoneContext): boolean {
  const component = series.component;
  if (component.hasProperty('rdate')) return false;
  const rules = component.getAllProperties('rrule').map((p) => p.getFirstValue() as InstanceType<typeof ICAL.Recur>);
  return rules.length > 0 && rules.every((rule) => rule.until && instantOf(rule.until, tzid, context) < from);
}
