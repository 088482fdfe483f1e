// ISO 8601 weeks and calendar months of local dates: the buckets the dashboard and the weekly review
// count contacts and minutes in. Weeks start on Monday; week 1 is the week with the year's first
// Thursday, so 2026-12-28 .. 2027-01-03 is 2026-W53 and 2020 has a W53. Works on zone-free ordinals,
// so the buckets cannot shift with the machine's time zone or a daylight-saving change.
import { addDays, fromOrdinal, ordinal } from './dates';
import type { LocalDate } from '../model';

export interface IsoWeek {
  /** The ISO week-year (may differ from the calendar year in the first and last days of a year). */
  readonly year: number;
  /** 1-53 */
  readonly week: number;
}

/** 1 for Monday .. 7 for Sunday (1970-01-01, ordinal 0, was a Thursday). */
export function isoWeekday(date: LocalDate): number {
  return ((((ordinal(date) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the week `date` falls in. */
export function weekStart(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function isoWeek(date: LocalDate): IsoWeek {
  // The Thursday of the same week decides the week-year.
  const thursday = ordinal(date) + 4 - isoWeekday(date);
  const year = fromOrdinal(thursday).year;
  const week = Math.floor((thursday - ordinal({ year, month: 1, day: 1 })) / 7) + 1;
  return { year, week };
}

/** `2026-W48` */
export function weekKey(date: LocalDate): string {
  const { year, week } = isoWeek(date);
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The last `count` weeks up to and including the week of `today`, oldest first, as Mondays. */
export function lastWeeks(today: LocalDate, count: number): LocalDate[] {
  const current = weekStart(today);
  return Array.from({ length: count }, (_, i) => addDays(current, (i - count + 1) * 7));
}

/** `2026-11` */
export function monthKey(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}`;
}

/** The last `count` month keys up to and including the month of `today`, oldest first. */
export function lastMonths(today: LocalDate, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const index = today.year * 12 + (today.month - 1) - (count - 1 - i);
    return monthKey({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 });
  });
}

/** Days in the month of `date`. */
export function daysInMonth(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}
