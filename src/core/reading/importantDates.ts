// The days to remember about a customer: `dates: { renewal: 2027-03-31, birthday: 06-02 }`, or the same
// as a block. A `MM-DD` value recurs every year, and so does any date whose label names a birthday or an
// anniversary (`birthday: 1980-06-02`, `go-live anniversary: 2025-03-01`); every other full date happens
// once. An entry that is no day is reported and left out; the others still count.
import { isValidDate, parseIsoDate } from '../time/dates';
import { foundValue } from './foundValue';
import { detach } from './noteBody';
import type { DatesMessage, ImportantDate } from '../model';

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
// Whole words, so `Dana's birthday` and `work anniversary` recur, and `birthdays-list` is only a label.
const YEARLY_LABEL = /(?<![\p{L}\p{N}])(birthday|anniversary)(?![\p{L}\p{N}])/iu;
// Any leap year: a `MM-DD` of 02-29 is a real day (it falls on 02-28 in other years, see upcomingDates.ts).
const LEAP_YEAR = 2000;

export interface ReadDates {
  readonly dates: ImportantDate[];
  readonly problems: DatesMessage[];
}

/** Reads the value of `dates:` as the front matter parser gave it (dates stay text). */
export function readImportantDates(value: unknown): ReadDates {
  if (value === undefined || value === null || value === '') return { dates: [], problems: [] };
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    return { dates: [], problems: [{ id: 'dates-not-a-mapping', found: foundValue(value) }] };
  }
  const dates: ImportantDate[] = [];
  const problems: DatesMessage[] = [];
  for (const [key, written] of Object.entries(value as Record<string, unknown>)) {
    const label = detach(key.trim());
    // A label still waiting for its day (`renewal:`) is being written, not wrong.
    if (!label || written === null || written === '') continue;
    const date = typeof written === 'string' ? importantDate(label, written.trim()) : undefined;
    if (date) dates.push(date);
    else problems.push({ id: 'date-not-a-day', label, found: foundValue(written) });
  }
  return { dates, problems };
}

function importantDate(label: string, text: string): ImportantDate | undefined {
  const full = parseIsoDate(text);
  if (full) return { label, month: full.month, day: full.day, year: full.year, yearly: YEARLY_LABEL.test(label) };
  const m = MONTH_DAY.exec(text);
  if (!m) return undefined;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return isValidDate(LEAP_YEAR, month, day) ? { label, month, day, yearly: true } : undefined;
}
