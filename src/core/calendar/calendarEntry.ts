// What an accepted event becomes in a note: the heading Log Contact writes, `YYYY-MM-DD <title> (<duration>)`.
// The title is the calendar's, not the leader's: it is made safe to stand in a heading, so it can neither
// break the note (a line break, an HTML comment that would hide the entries below it) nor make a contact
// of someone else (a wiki link), and it reads back exactly as written.
import { formatDate } from '../time/dates';
import { formatMinutes, NOTE_UNITS } from '../reading/timeGoal';
import type { LocalDate } from '../model';
import type { CalendarEvent } from './calendarEvent';

export interface CalendarEntry {
  readonly date: LocalDate;
  /** Safe for a heading (entryTitle). */
  readonly title: string;
  readonly minutes?: number;
}

/** Longer titles are cut at a word, with `…`: a heading is a line in a tree, not the invitation's text. */
export const MAX_TITLE_LENGTH = 120;

export function calendarEntry(event: CalendarEvent): CalendarEntry {
  return { date: event.date, title: entryTitle(event.title), ...(event.minutes && { minutes: event.minutes }) };
}

/** `2026-11-20 Quarterly review (45m)`: what follows `### `. */
export function entryHeading(entry: CalendarEntry): string {
  const duration = entry.minutes ? `(${formatMinutes(entry.minutes, NOTE_UNITS)})` : '';
  return [formatDate(entry.date), entry.title, duration].filter(Boolean).join(' ');
}

// C0 and C1 controls, and the Unicode line and paragraph separators: each would end or garble the line.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function entryTitle(title: string): string {
  const safe = title
    .replace(CONTROLS, ' ')
    // An opened `<!--` hides every line after it from the note's reader, so the comment markers go.
    .replace(/<!--/g, '<! --').replace(/-->/g, '-- >')
    // `[[Acme]]` or `[Acme](acme.md)` in a customer's note would count as a contact with Acme.
    .replace(/\[{2,}/g, '[').replace(/\]{2,}/g, ']').replace(/\]\(/g, '] (')
    .replace(/\s+/g, ' ')
    // Trailing `#`s are a heading's closing sequence: the reader drops them, so the title would not read back.
    .replace(/[\s#]+$/, '')
    .trim();
  return cut(safe);
}

function cut(title: string): string {
  const chars = Array.from(title); // code points: never half a surrogate pair
  if (chars.length <= MAX_TITLE_LENGTH) return title;
  const head = chars.slice(0, MAX_TITLE_LENGTH - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > MAX_TITLE_LENGTH / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
