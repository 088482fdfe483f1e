// What Import Calendar… asks of core, in two calls: the preview of a file (its events in the window,
// matched to the customers), then, per customer note, the edits for the matches the leader kept.
import type { CustomerNote } from '../model';
import type { CalendarReadResult } from './calendarEvent';
import type { CalendarEntry } from './calendarEntry';
import { matchEvents, type CalendarMatch } from './matchEvents';
import { readCalendar, type ReadCalendarOptions } from './readCalendar';

export type CalendarPreview =
  | (Omit<Extract<CalendarReadResult, { ok: true }>, 'events'> & { readonly matches: readonly CalendarMatch[]; readonly events: number })
  | Extract<CalendarReadResult, { ok: false }>;

/** The file's events matched to the customers; `events` counts those in the window, matched or not. */
export function previewCalendar(text: string, customers: readonly CustomerNote[], options: ReadCalendarOptions): CalendarPreview {
  const read = readCalendar(text, options);
  if (!read.ok) return read;
  const { events, ...rest } = read;
  return { ...rest, events: events.length, matches: matchEvents(events, customers) };
}

/** The kept matches, customer by customer, in the preview's order: what importEdits takes for each note. */
export function entriesByCustomer(kept: readonly CalendarMatch[]): Map<string, CalendarEntry[]> {
  const byCustomer = new Map<string, CalendarEntry[]>();
  for (const match of kept) {
    const entries = byCustomer.get(match.customerId) ?? byCustomer.set(match.customerId, []).get(match.customerId)!;
    entries.push(match.entry);
  }
  return byCustomer;
}
