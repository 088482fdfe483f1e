// Whole calendar days in the user's local time zone. A note's `2026-11-20` is a local day, never UTC
// midnight; day arithmetic works on zone-free ordinals so daylight-saving changes cannot shift a count.
import type { LocalDate } from '../model';

/** The source of "now", injected so tests can stand at any instant (and roll over midnight). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time: `2026-11-20T09:30`, seconds and fractions optional, then `Z`, an offset, or nothing (local).
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1) return false;
  return day <= daysInMonth(year, month);
}

/** The number of days of a month (1-12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Reads `YYYY-MM-DD` as a local calendar date; undefined for anything else or an impossible date. */
export function parseIsoDate(text: string): LocalDate | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * Reads a date or a date-time. A date-time with an offset names an instant, so it is converted to the
 * local calendar day of that instant; one without an offset is already local.
 */
export function parseDateOrDateTime(text: string): LocalDate | undefined {
  const date = parseIsoDate(text);
  if (date) return date;
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] ? Number(m[6]) : 0;
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (!m[7]) return { year, month, day };
  const offset = m[7].toUpperCase() === 'Z' ? 0 : offsetMinutes(m[7]);
  if (offset === undefined) return undefined;
  return fromDate(new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000));
}

function offsetMinutes(text: string): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return minutes > 14 * 60 ? undefined : (m[1] === '-' ? -minutes : minutes);
}

/** The local calendar day of an instant. */
export function fromDate(date: Date): LocalDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function today(clock: Clock): LocalDate {
  return fromDate(clock.now());
}

/** Days since 1970-01-01 of a calendar date, independent of any time zone. */
export function ordinal(date: LocalDate): number {
  // Days from the civil calendar by arithmetic (H. Hinnant's algorithm): no Date object, so sorting and
  // summarising thousands of customers stays cheap. Equal to Date.UTC(...) / 86 400 000.
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromOrdinal(days: number): LocalDate {
  // The inverse of `ordinal`, by the same arithmetic: no Date object either.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return ordinal(to) - ordinal(from);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromOrdinal(ordinal(date) + days);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return ordinal(a) - ordinal(b);
}

export function laterOf(a: LocalDate | undefined, b: LocalDate | undefined): LocalDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return compareDates(a, b) >= 0 ? a : b;
}

/** A day as one number, 20261120: ordered as the days are, cheaper to build and compare than its text. */
export function dayNumber(date: LocalDate): number {
  return date.year * 10000 + date.month * 100 + date.day;
}

export function formatDate(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Milliseconds until the next local midnight: when every "days since" count must roll over. */
export function msUntilNextMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return Math.max(1, next.getTime() - now.getTime());
}
