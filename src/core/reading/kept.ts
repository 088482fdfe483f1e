// What the index keeps of a note, made small: strings that pin nothing else, lists without spare room
// or shared when empty, and one frozen object per calendar day however many notes name it.
import { isValidDate } from '../time/dates';
import type { LocalDate } from '../model';

/**
 * A copy of a piece of a note that does not keep the whole note alive. V8 represents a substring (a
 * regex match, `slice`, `trim`) of a long string as a view into it, so a 20-character title kept in the
 * index would retain the note's entire text: about 4 KB per customer. A concatenation of the piece's
 * parts, read once, is made into a fresh string of its own (and the concatenation itself is dropped by
 * the next young-generation GC), where slicing that again would leave a 32-byte view on every piece.
 * Short pieces are copies already.
 */
export function detach(text: string): string {
  if (text.length < 13) return text;
  const copy = text[0] + text.slice(1);
  // Reading a character flattens the concatenation: from then on it holds the copy, not the note.
  copy.charCodeAt(0);
  return copy;
}

// Contact titles repeat within a note and across notes (`Call`, `Quarterly review`): one copy of each.
// Bounded like the days below.
const MAX_TITLES = 1024;
const titles = new Map<string, string>();

/** detach, for a text that is often the same as another's: the copy already kept, if there is one. */
export function keptTitle(text: string): string {
  let kept = titles.get(text);
  if (kept === undefined) {
    kept = detach(text);
    if (titles.size >= MAX_TITLES) titles.clear();
    titles.set(kept, kept);
  }
  return kept;
}

/** The one empty list every note without items shares: frozen, since it belongs to all of them. */
export const NONE: readonly never[] = Object.freeze([]);

/** A list filled by `push`, as kept: exactly its length (push leaves room for about 16 more), or NONE. */
export function keptList<T>(list: T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}

// Calendar days repeat across notes (every promise due this month, every call this quarter): each is one
// frozen object, shared. Bounded, so a hostile note of a million distinct dates cannot grow it for ever.
const MAX_DAYS = 4096;
const days = new Map<number, LocalDate | null>();

/** The day `YYYY-MM-DD` written at `at` in `text` (the caller has seen its digits and dashes); undefined when there is no such day. */
export function dayAt(text: string, at: number): LocalDate | undefined {
  return dayFrom(digits(text, at, 4), digits(text, at + 5, 2), digits(text, at + 8, 2));
}

/** `parseIsoDate` of a pattern's `\d{4}-\d{2}-\d{2}` capture, as the shared object for that day. */
export function dayOf(iso: string): LocalDate | undefined {
  return dayAt(iso, 0);
}

/** A day read some other way (a front matter value), as the shared object for that day. */
export function keptDay(date: LocalDate | undefined): LocalDate | undefined {
  return date && date.year <= 9999 ? dayFrom(date.year, date.month, date.day) ?? date : date;
}

// The days met last, by a hash of the day: most dates of a note are answered here, without the map.
const RECENT = 1024;
const recentKeys = new Int32Array(RECENT);
const recentDays: (LocalDate | null)[] = new Array<LocalDate | null>(RECENT).fill(null);

function dayFrom(year: number, month: number, day: number): LocalDate | undefined {
  const key = year * 10000 + month * 100 + day;
  const slot = (year * 372 + month * 31 + day) & (RECENT - 1);
  if (recentKeys[slot] === key) return recentDays[slot] ?? undefined;
  let shared = days.get(key);
  if (shared === undefined) {
    shared = isValidDate(year, month, day) ? Object.freeze({ year, month, day }) : null;
    if (days.size >= MAX_DAYS) days.clear();
    days.set(key, shared);
  }
  recentKeys[slot] = key;
  recentDays[slot] = shared;
  return shared ?? undefined;
}

function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
}
