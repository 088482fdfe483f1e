// The important dates that come up within the next days: each date's next occurrence from today (today
// included), soonest first. A yearly date comes round on its month and day, across the year's end; a
// yearly 02-29 falls on 02-28 in a year without one (still in February, and never skipped). A one-off
// date that has passed is over. Archived customers never nag: their dates are not coming up.
import { compareDates, daysBetween, daysInMonth } from '../time/dates';
import type { CustomerNote, ImportantDate, LocalDate } from '../model';

/** The default of `rapport.upcomingDays`. */
export const DEFAULT_UPCOMING_DAYS = 14;

export interface UpcomingDate {
  readonly noteId: string;
  readonly name: string;
  readonly label: string;
  /** The day it comes up next. */
  readonly date: LocalDate;
  /** 0 for today. */
  readonly daysUntil: number;
  readonly yearly: boolean;
}

/** How many days ahead to look for a note: one number, or each note's own (the setting is per folder). */
export type DaysAhead = number | ((note: CustomerNote) => number);

/** The day `date` comes up next, on or after `today`; undefined for a one-off date that has passed. */
export function nextOccurrence(date: ImportantDate, today: LocalDate): LocalDate | undefined {
  if (!date.yearly) {
    const once = { year: date.year!, month: date.month, day: date.day };
    return compareDates(once, today) >= 0 ? once : undefined;
  }
  const thisYear = inYear(date, today.year);
  return compareDates(thisYear, today) >= 0 ? thisYear : inYear(date, today.year + 1);
}

function inYear(date: ImportantDate, year: number): LocalDate {
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** Every date of `notes` that comes up within `days` of today (today is 0), soonest first. */
export function upcomingDates(notes: Iterable<CustomerNote> | CustomerNote, today: LocalDate, days: DaysAhead): UpcomingDate[] {
  const list = isNote(notes) ? [notes] : notes;
  const upcoming: UpcomingDate[] = [];
  for (const note of list) {
    if (note.status === 'archived' || note.dates.length === 0) continue;
    const ahead = typeof days === 'number' ? days : days(note);
    for (const d of note.dates) {
      const date = nextOccurrence(d, today);
      const daysUntil = date && daysBetween(today, date);
      if (date && daysUntil! <= ahead) upcoming.push({ noteId: note.id, name: note.name, label: d.label, date, daysUntil: daysUntil!, yearly: d.yearly });
    }
  }
  return upcoming.sort((a, b) => a.daysUntil - b.daysUntil || a.name.localeCompare(b.name) || a.label.localeCompare(b.label));
}

function isNote(value: Iterable<CustomerNote> | CustomerNote): value is CustomerNote {
  return typeof (value as CustomerNote).id === 'string';
}
