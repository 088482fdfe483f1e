// The lines the body pass keeps (headings, tasks, register items, closeness), read by characters from
// offsets in the note's text, with the exact meaning of the patterns in markdownLines.ts, writtenLine.ts
// and bodyState.ts (test/unit/noteBody.fuzz.test.ts holds them to it): `undefined` or 0 means the line is
// not of the reader's kind. Offsets name the line `[start, end)`, without its line break.
import { type Ahead, isTrimmed, skipBlanks } from './lineScan';
import { HABITS, type Habit } from '../model';

const HASH = 0x23;
const OPEN = 0x28;
const CLOSE = 0x29;

export interface HeadingSpan {
  readonly level: number;
  /** HEADING's content, its closing `#`s and blanks stripped: `[contentStart, contentEnd)`. */
  readonly contentStart: number;
  readonly contentEnd: number;
}

/**
 * HEADING (`^(#{1,6})[ \t]+(.*)$`) by characters, on a line the caller knows to be plain: one without a
 * character `.` does not match (ODD_BREAKS), which would make it no heading. Undefined when it is none.
 */
export function headingAt(text: string, start: number, end: number): HeadingSpan | undefined {
  let i = start;
  while (i < end && i - start < 7 && text.charCodeAt(i) === HASH) i++;
  const level = i - start;
  if (level < 1 || level > 6 || i === end) return undefined;
  const blank = text.charCodeAt(i);
  if (blank !== 0x20 && blank !== 0x09) return undefined;
  const contentStart = skipBlanks(text, i, end);
  let contentEnd = end;
  while (contentEnd > contentStart) {
    const c = text.charCodeAt(contentEnd - 1);
    if (c !== 0x20 && c !== 0x09 && c !== HASH) break;
    contentEnd--;
  }
  return { level, contentStart, contentEnd };
}

/** The characters other than `\n` that `.` does not match: a pattern ending in `(.*)$` fails on a line holding one. */
export const ODD_BREAKS = ['\r', '\u2028', '\u2029'];

/**
 * Where ANY_DATE (`\b(\d{4}-\d{2}-\d{2})\b`) first matches in `[start, end)` taken as a string of its
 * own (its edges are word boundaries); -1 when it does not.
 */
export function firstIsoDate(text: string, start: number, end: number): number {
  for (let i = start; i + 10 <= end; i++) {
    if (!isDigit(text.charCodeAt(i)) || (i > start && isWord(text.charCodeAt(i - 1)))) continue;
    if (isIsoDateAt(text, i) && (i + 10 === end || !isWord(text.charCodeAt(i + 10)))) return i;
  }
  return -1;
}

/** `\d{4}-\d{2}-\d{2}` at `i`. */
export function isIsoDateAt(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))
    && text.charCodeAt(i + 4) === 0x2d && isDigit(text.charCodeAt(i + 5)) && isDigit(text.charCodeAt(i + 6))
    && text.charCodeAt(i + 7) === 0x2d && isDigit(text.charCodeAt(i + 8)) && isDigit(text.charCodeAt(i + 9));
}

/**
 * parseDuration of `[start, end)`: the minutes of a trailing `(1h30m)` after the last `(` (0 for `(0m)`)
 * and where that `(` is; undefined when there is none. DURATION's grammar read by characters; `\s` and
 * the pattern's case-insensitive letters are matched exactly.
 */
export function durationAt(text: string, start: number, end: number): { minutes: number; open: number } | undefined {
  // Searched back only as far as the line's start: lastIndexOf would go on into the lines before.
  let open = end - 1;
  while (open >= start && text.charCodeAt(open) !== OPEN) open--;
  if (open < start) return undefined;
  let i = skipSpace(text, open + 1, end);
  let hours: number | undefined;
  let minutes: number | undefined;
  // `(\d+(?:\.\d+)?)\s*h\s*`, optional.
  let j = skipDigits(text, i, end);
  if (j > i) {
    let k = j;
    if (text.charCodeAt(k) === 0x2e && k + 1 < end && isDigit(text.charCodeAt(k + 1))) k = skipDigits(text, k + 1, end);
    const h = skipSpace(text, k, end);
    if (h < end && (text.charCodeAt(h) | 0x20) === 0x68) {
      hours = k === j ? integerAt(text, i, j) : Number(text.slice(i, k));
      i = skipSpace(text, h + 1, end);
      j = skipDigits(text, i, end);
    }
  }
  // `(\d+)\s*m(?:in)?\s*`, optional.
  if (j > i) {
    const m = skipSpace(text, j, end);
    if (m < end && (text.charCodeAt(m) | 0x20) === 0x6d) {
      minutes = integerAt(text, i, j);
      let after = m + 1;
      if (after + 1 < end && (text.charCodeAt(after) | 0x20) === 0x69 && (text.charCodeAt(after + 1) | 0x20) === 0x6e) after += 2;
      i = skipSpace(text, after, end);
    }
  }
  if (i >= end || text.charCodeAt(i) !== CLOSE || skipSpace(text, i + 1, end) !== end) return undefined;
  if (hours === undefined && minutes === undefined) return undefined;
  return { minutes: Math.round((hours ?? 0) * 60 + (minutes ?? 0)), open };
}

/** `[start, end)` without what `trim` removes. */
export function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/**
 * TASK's checkbox after the bullet and its blanks (`[` at `at`): the mark, and where the task's text
 * starts (`end` when there is none); undefined when the line is no task. `plain`: the line holds none
 * of ODD_BREAKS.
 */
export function checkboxAt(text: string, at: number, end: number, plain: boolean): { mark: number; textStart: number } | undefined {
  if (at + 3 > end || text.charCodeAt(at + 2) !== 0x5d) return undefined;
  const mark = text.charCodeAt(at + 1);
  if (mark !== 0x20 && mark !== 0x78 && mark !== 0x58) return undefined;
  const after = at + 3;
  if (after === end) return { mark, textStart: end };
  const blank = text.charCodeAt(after);
  if ((blank !== 0x20 && blank !== 0x09) || !plain) return undefined;
  return { mark, textStart: after + 1 };
}

/**
 * CLOSENESS after the line's blanks (at `at`): the value 1-5, or 0 when the line says no closeness.
 * Exact: each run in the pattern is followed by a character it cannot match, so nothing backtracks.
 */
export function closenessAt(text: string, at: number, end: number): number {
  let i = at;
  const c = text.charCodeAt(i);
  if ((c === 0x2d || c === 0x2a || c === 0x2b) && i + 1 < end && isBlank(text.charCodeAt(i + 1))) i = skipBlanks(text, i + 1, end);
  i = skipStars(text, i, end);
  if (!wordAt(text, i, end, 'closeness')) return 0;
  i = skipStars(text, i + 9, end);
  if (i >= end || text.charCodeAt(i) !== 0x3a) return 0;
  i = skipBlanks(text, skipStars(text, i + 1, end), end);
  const digit = i < end ? text.charCodeAt(i) - 0x30 : -1;
  if (digit < 1 || digit > 5) return 0;
  // Not `(?![\d.,]?\d|[ \t]*[-–])`: no longer number, no range.
  const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  if (isDigit(next) || ((next === 0x2e || next === 0x2c) && i + 2 < end && isDigit(text.charCodeAt(i + 2)))) return 0;
  const dash = skipBlanks(text, i + 1, end);
  if (dash < end && (text.charCodeAt(dash) === 0x2d || text.charCodeAt(dash) === 0x2013)) return 0;
  return digit;
}

/**
 * A register item's kind after the bullet and its blanks (at `at`), REGISTER_ITEM's `(Opportunity|Risk):`,
 * and where its text starts; undefined when the line is no register item. `plain`: as for checkboxAt.
 */
export function registerKindAt(text: string, at: number, end: number, plain: boolean): { kind: 'opportunity' | 'risk'; textStart: number } | undefined {
  const risk = wordAt(text, at, end, 'risk');
  if (!risk && !wordAt(text, at, end, 'opportunity')) return undefined;
  const colon = at + (risk ? 4 : 11);
  if (colon >= end || text.charCodeAt(colon) !== 0x3a || !plain) return undefined;
  return { kind: risk ? 'risk' : 'opportunity', textStart: skipBlanks(text, colon + 1, end) };
}

/** `(due YYYY-MM-DD)` (DUE) at `at`, where `(` is: the offset of the date and just after the `)`; undefined when there is none. */
export function dueAt(text: string, at: number, end: number): { date: number; after: number } | undefined {
  if (!wordAt(text, at + 1, end, 'due')) return undefined;
  const date = skipBlanks(text, at + 4, end);
  if (date === at + 4 || date + 11 > end || !isIsoDateAt(text, date) || text.charCodeAt(date + 10) !== CLOSE) return undefined;
  return { date, after: date + 11 };
}

/** `(noted YYYY-MM-DD)` or `(revisited …)` (NOTED) at `at`, where `(` is; undefined when there is none. */
export function notedAt(text: string, at: number, end: number): { date: number; after: number } | undefined {
  const word = wordAt(text, at + 1, end, 'noted') ? 5 : wordAt(text, at + 1, end, 'revisited') ? 9 : 0;
  if (!word) return undefined;
  const date = skipBlanks(text, at + 1 + word, end);
  if (date === at + 1 + word || date + 11 > end || !isIsoDateAt(text, date) || text.charCodeAt(date + 10) !== CLOSE) return undefined;
  return { date, after: date + 11 };
}

/**
 * HABIT_TAG (`(?:^|\s)#habit\/(understand|vulnerability|time)\b`) on the line, from the occurrences of
 * `#habit` that `tags` finds: the habit of the first that matches; undefined when none does.
 */
export function habitTagAt(text: string, start: number, end: number, tags: Ahead): Habit | undefined {
  for (let at = tags.next(start); at + 7 <= end; at = tags.next(at + 1)) {
    if ((at > start && !isTrimmed(text.charCodeAt(at - 1))) || text.charCodeAt(at + 6) !== 0x2f) continue;
    const habit = HABITS.find((h) => text.startsWith(h, at + 7) && at + 7 + h.length <= end);
    const after = habit ? at + 7 + habit.length : end;
    if (habit && (after === end || !isWord(text.charCodeAt(after)))) return habit;
  }
  return undefined;
}

/** `word` (lower case ASCII letters) at `at`, in any case, as a case-insensitive pattern matches it. */
export function wordAt(text: string, at: number, end: number, word: string): boolean {
  if (at + word.length > end) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    // Only ASCII letters fold: a case-insensitive pattern never matches `K` to the Kelvin sign.
    if (c !== word.charCodeAt(k) && c !== word.charCodeAt(k) - 0x20) return false;
  }
  return true;
}

/** Whether `[start, end)` holds ` and ` in any case (the two section names share it), going from space to space. */
export function hasAnd(text: string, start: number, end: number, spaces: Ahead): boolean {
  for (let i = spaces.next(start); i + 5 <= end; i = spaces.next(i + 1)) {
    if (text.charCodeAt(i + 4) === 0x20 && wordAt(text, i + 1, end, 'and')) return true;
  }
  return false;
}

/** `Number` of the digits `[i, j)`, without cutting them out while the sum stays exact. */
function integerAt(text: string, i: number, j: number): number {
  if (j - i > 15) return Number(text.slice(i, j));
  let n = 0;
  for (let k = i; k < j; k++) n = n * 10 + text.charCodeAt(k) - 0x30;
  return n;
}

function skipDigits(text: string, i: number, end: number): number {
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isTrimmed(text.charCodeAt(i))) i++;
  return i;
}

function skipStars(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === 0x2a) i++;
  return i;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `\w`: what `\b` tells apart from everything else. */
function isWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
}

