// The Markdown facts every line scan needs, shared so the parsers and the editor agree: whether a line
// is code (inside a ``` or ~~~ block, or the fence itself), whether it is a heading (and a dated one, a
// contact-log entry), whether it is a task item, and what is left of it outside HTML comments.
import { dayOf } from './kept';
import type { LocalDate } from '../model';

// Linear on any line: the trailing `[ \t#]*` is stripped by a backwards pass, not by a lazy `(.*?)` that
// would backtrack quadratically on a long run of spaces or `#` (a 1 MB heading line took minutes).
const HEADING = /^(#{1,6})[ \t]+(.*)$/;
const FENCE = /^[ \t]{0,3}(```|~~~)/;
// A GFM task item: bullet, space, `[ ]`/`[x]`/`[X]`, then the end of the line or a space and its text.
// One space, not `[ \t]+(.*)`: two adjacent runs backtrack quadratically when a long run of spaces is
// followed by a character `.` does not match (`\r`, U+2028).
const TASK = /^([ \t]*[-*+][ \t]+\[)([ xX])\](?:[ \t](.*))?$/;

export interface Heading {
  readonly level: number;
  /** The heading's text without trailing spaces and closing `#`s. */
  readonly content: string;
}

export function headingOf(line: string): Heading | undefined {
  const m = HEADING.exec(line);
  return m ? { level: m[1].length, content: stripClosingHashes(m[2]) } : undefined;
}

function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '#')) end--;
  return text.slice(0, end);
}

const DATED_HEADING = /^(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$/;
// Matched from the last `(` only, with no two adjacent `\s*`: linear (the unanchored form with three
// adjacent `\s*` was cubic on a heading like `## 2026-01-01 (` followed by a long run of spaces).
const DURATION = /^\(\s*(?:(\d+(?:\.\d+)?)\s*h\s*)?(?:(\d+)\s*m(?:in)?\s*)?\)\s*$/i;

export interface DatedHeading {
  readonly date: LocalDate;
  /** The heading's text after the date, without a trailing duration. */
  readonly title: string;
  /** Minutes of a trailing duration; undefined when there is none or it is `(0m)` (a template's blank). */
  readonly minutes?: number;
}

/** A heading of level 2 to 4 that starts with a date (`## 2026-11-20 Quarterly review (45m)`): a contact. */
export function datedHeadingOf(heading: Heading): DatedHeading | undefined {
  if (heading.level < 2 || heading.level > 4) return undefined;
  const dated = DATED_HEADING.exec(heading.content);
  const date = dated ? dayOf(dated[1]) : undefined;
  if (!dated || !date) return undefined;
  const duration = parseDuration(dated[2]);
  return { date, title: (duration ? duration.rest : dated[2]).trim(), minutes: duration?.minutes || undefined };
}

/** Minutes of a trailing `(45m)`, `(1h30m)`, `(1.5h)`, also `(0m)` (a template's "not filled in yet"); undefined when there is none. */
export function parseDuration(text: string): { minutes: number; rest: string } | undefined {
  const open = text.lastIndexOf('(');
  const m = open === -1 ? null : DURATION.exec(text.slice(open));
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const minutes = Math.round(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
  return { minutes, rest: text.slice(0, open).trimEnd() };
}

export interface TaskLine {
  /** The character between the brackets: ' ', 'x' or 'X'. */
  readonly mark: string;
  /** Where that character sits in the line. */
  readonly markOffset: number;
  /** What follows the checkbox and its space, untrimmed; '' when nothing does. */
  readonly text: string;
}

/** The task item on a line (given without its line break), any indentation, `-`, `*` or `+`. */
export function taskOf(line: string): TaskLine | undefined {
  const m = TASK.exec(line);
  return m ? { mark: m[2], markOffset: m[1].length, text: m[3] ?? '' } : undefined;
}

/**
 * The fence marker a line starts with (FENCE's test, by characters): up to three spaces or tabs, then
 * three backticks or tildes. The line is `text`'s `[start, end)`, without its line break.
 */
export function fenceAt(text: string, start: number, end: number): '```' | '~~~' | undefined {
  let i = start;
  while (i < end && i - start < 4 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i - start > 3 || i + 3 > end) return undefined;
  const c = text.charCodeAt(i);
  if (c !== 0x60 && c !== 0x7e) return undefined;
  return text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c ? (c === 0x60 ? '```' : '~~~') : undefined;
}

/** Tracks fenced code blocks line by line: only the marker that opened a block closes it. */
export class CodeFence {
  private open: string | undefined;

  /** True when `line` is a fence or lies inside a code block: it is code, not Markdown structure. */
  isCode(line: string): boolean {
    return this.step(FENCE.exec(line)?.[1]);
  }

  /** isCode of the line `text`'s `[start, end)`, without cutting it out. */
  isCodeAt(text: string, start: number, end: number): boolean {
    return this.step(fenceAt(text, start, end));
  }

  private step(marker: string | undefined): boolean {
    if (marker === undefined) return this.open !== undefined;
    this.open = this.open === undefined ? marker : this.open === marker ? undefined : this.open;
    return true;
  }
}

/**
 * The line without its HTML comments, and whether a comment is still open at its end. With `blank`, each
 * comment's characters become spaces instead, so what is left keeps the columns it has in the line.
 */
export function stripComments(line: string, inComment: boolean, blank = false): { text: string; open: boolean } {
  let out = '';
  let i = 0;
  let open = inComment;
  while (i < line.length) {
    if (open) {
      const close = line.indexOf('-->', i);
      const end = close === -1 ? line.length : close + 3;
      if (blank) out += ' '.repeat(end - i);
      if (close === -1) return { text: out, open: true };
      i = end;
      open = false;
    } else {
      const start = line.indexOf('<!--', i);
      if (start === -1) return { text: out + line.slice(i), open: false };
      out += line.slice(i, start) + (blank ? '    ' : '');
      i = start + 4;
      open = true;
    }
  }
  return { text: out, open };
}
