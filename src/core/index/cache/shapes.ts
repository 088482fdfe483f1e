// Checks for what the index cache reads back. JSON.parse gives plain data only (nothing in a cache file
// can run), and every value is checked to be what the cache writes before a note is built from it; one
// that is not throws a CacheShapeError, and the whole cache is discarded, never half trusted.
import { isValidDate } from '../../time/dates';
import type { LocalDate } from '../../model';

export class CacheShapeError extends Error {}

/** Says what was not as written. */
export function wrong(what: string): never {
  throw new CacheShapeError(what);
}

export function text(value: unknown, what: string): string {
  return typeof value === 'string' ? value : wrong(what);
}

export function optionalText(value: unknown, what: string): string | undefined {
  return value === undefined ? undefined : text(value, what);
}

/** A whole number from 0 up: a line, a column, a length, a count of bytes or minutes. */
export function whole(value: unknown, what: string): number {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : wrong(what);
}

export function optionalWhole(value: unknown, what: string): number | undefined {
  return value === undefined ? undefined : whole(value, what);
}

export function texts(value: unknown, what: string): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : wrong(what);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  return allowed.includes(value as T) ? (value as T) : wrong(what);
}

/** A list of records written one after another, `width` values each (`[date, title, line, …]`). */
export function tuples(value: unknown, width: number, what: string): readonly unknown[] {
  return Array.isArray(value) && value.length % width === 0 ? value : wrong(what);
}

/** The records of a list of `width` values each, each built from its place `i` in the list. */
export function records<R>(value: unknown, width: number, what: string, build: (t: readonly unknown[], i: number) => R): R[] {
  const t = tuples(value, width, what);
  const out: R[] = [];
  for (let i = 0; i < t.length; i += width) out.push(build(t, i));
  return out;
}

/** A list of plain objects with keys among `allowed`, each passing `check`: the rare parts, kept as written. */
export function plainRecords<R>(value: unknown, allowed: ReadonlySet<string>, what: string, check: (r: Record<string, unknown>) => void): R[] {
  if (!Array.isArray(value)) wrong(what);
  for (const item of value) check(record(item, allowed, what));
  return value as R[];
}

/** A plain object (not a list) whose every key is one of `allowed` (so `__proto__` and the like never pass). */
export function record(value: unknown, allowed: ReadonlySet<string>, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) wrong(what);
  for (const key in value) if (!allowed.has(key)) wrong(`${what}: key ${JSON.stringify(key)}`);
  return value as Record<string, unknown>;
}

/**
 * Days read back, one object per day: a note's dates are never changed in place, so the notes read from
 * one cache share them (a workspace's dates are a few hundred days, its notes' dates many thousands).
 */
export class Days {
  private readonly known = new Map<number, LocalDate>();

  of(value: unknown, what: string): LocalDate {
    const known = this.known.get(value as number);
    if (known) return known;
    const n = whole(value, what);
    const date = { year: Math.floor(n / 10000), month: Math.floor(n / 100) % 100, day: n % 100 };
    if (!isValidDate(date.year, date.month, date.day)) wrong(what);
    this.known.set(n, date);
    return date;
  }

  /** A day, or none when written as 0. */
  optional(value: unknown, what: string): LocalDate | undefined {
    return value === 0 ? undefined : this.of(value, what);
  }
}
