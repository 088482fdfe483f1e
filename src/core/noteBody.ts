// One pass over a note's Markdown body: the title heading, dated contact-log entries, and the
// insight markers (habit tags, commitments, opportunities and risks, closeness). Fenced code is skipped.
import { formatDate, parseIsoDate } from './dates';
import { CodeFence, headingOf } from './markdownLines';
import type { LocalDate, LogEntry } from './types';

export type Habit = 'understand' | 'vulnerability' | 'time';
export const HABITS: readonly Habit[] = ['understand', 'vulnerability', 'time'];

export interface HabitMark {
  readonly habit: Habit;
  /** The date of the heading the tag sits under; undefined when that heading carries no date. */
  readonly date?: LocalDate;
  readonly line: number;
}

export interface Commitment {
  readonly text: string;
  readonly done: boolean;
  readonly due?: LocalDate;
  readonly line: number;
}

export interface RegisterItem {
  readonly kind: 'opportunity' | 'risk';
  readonly text: string;
  /** The later of `(noted …)` and `(revisited …)`: when the leader last thought about it. */
  readonly touched?: LocalDate;
  readonly line: number;
}

export interface ClosenessPoint {
  readonly date: LocalDate;
  readonly value: number;
  readonly line: number;
}

export interface NoteBody {
  /** Text of the first `# ` heading, if any. */
  readonly title?: string;
  readonly entries: readonly LogEntry[];
  readonly habits: readonly HabitMark[];
  readonly commitments: readonly Commitment[];
  readonly register: readonly RegisterItem[];
  readonly closeness: readonly ClosenessPoint[];
}

const DATED_HEADING = /^(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$/;
const ANY_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;
// Matched from the last `(` only, with no two adjacent `\s*`: linear (the unanchored form with three
// adjacent `\s*` was cubic on a heading like `## 2026-01-01 (` followed by a long run of spaces).
const DURATION = /^\(\s*(?:(\d+(?:\.\d+)?)\s*h\s*)?(?:(\d+)\s*m(?:in)?\s*)?\)\s*$/i;
const HABIT_TAG = /(?:^|\s)#habit\/(understand|vulnerability|time)\b/;
const TASK = /^[ \t]*[-*+][ \t]+\[([ xX])\][ \t]+(.*)$/;
const DUE = /\(due[ \t]+(\d{4}-\d{2}-\d{2})\)/i;
const REGISTER_ITEM = /^[ \t]*[-*+][ \t]+(Opportunity|Risk):[ \t]*(.*)$/i;
const NOTED = /\((noted|revisited)[ \t]+(\d{4}-\d{2}-\d{2})\)/gi;
const CLOSENESS = /^[ \t]*(?:[-*+][ \t]+)?\**Closeness\**:\**[ \t]*([1-5])\b/i;
// `## Opportunities and risks` and a reflection heading like `### Reflection: Opportunities and risks (…)`.
const REGISTER_SECTION = /\bopportunities and risks\b/i;

/**
 * A copy of a piece of a note that does not keep the whole note alive. V8 represents a substring (a
 * regex match, `slice`, `trim`) of a long string as a view into it, so a 20-character title kept in the
 * index would retain the note's entire text: about 4 KB per customer. Concatenating and slicing again
 * makes the view point into a fresh string of the piece's own length. Short pieces are copies already.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** Minutes of a trailing `(45m)`, `(1h30m)`, `(1.5h)`; undefined when there is none. */
export function parseDuration(text: string): { minutes: number; rest: string } | undefined {
  const open = text.lastIndexOf('(');
  const m = open === -1 ? null : DURATION.exec(text.slice(open));
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const minutes = Math.round(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
  return minutes > 0 ? { minutes, rest: text.slice(0, open).trimEnd() } : undefined;
}

export function parseBody(text: string, startOffset = 0, firstLine = 0): NoteBody {
  const entries: LogEntry[] = [];
  const habits: HabitMark[] = [];
  const commitments: Commitment[] = [];
  const register: RegisterItem[] = [];
  const closeness: ClosenessPoint[] = [];
  let title: string | undefined;
  const fence = new CodeFence();
  let headingDate: LocalDate | undefined;
  let currentEntry: LogEntry | undefined;
  /** Level of the heading that opened an opportunities-and-risks section; 0 outside one. */
  let registerLevel = 0;
  /** Habit tags under an undated heading, dated by the first date written below them in the section. */
  let undated: { habit: Habit; line: number }[] = [];

  const flushUndated = () => {
    for (const mark of undated) habits.push(mark);
    undated = [];
  };

  let line = firstLine;
  for (let start = startOffset; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    start = end + 1;

    if (fence.isCode(lineText)) continue;

    const heading = headingOf(lineText);
    if (heading) {
      const { level, content } = heading;
      if (level === 1 && title === undefined) title = detach(content);
      if (registerLevel && level <= registerLevel) registerLevel = 0;
      if (REGISTER_SECTION.test(content)) registerLevel = level;
      flushUndated();
      const anyDate = ANY_DATE.exec(content);
      headingDate = anyDate ? parseIsoDate(anyDate[1]) : undefined;
      currentEntry = undefined;
      const dated = level >= 2 && level <= 4 ? DATED_HEADING.exec(content) : null;
      const date = dated ? parseIsoDate(dated[1]) : undefined;
      if (dated && date) {
        const duration = parseDuration(dated[2]);
        currentEntry = { date, title: detach((duration ? duration.rest : dated[2]).trim()), line, minutes: duration?.minutes };
        entries.push(currentEntry);
      }
      continue;
    }
    if (undated.length) {
      const found = ANY_DATE.exec(lineText);
      const date = found ? parseIsoDate(found[1]) : undefined;
      if (date) {
        for (const mark of undated) habits.push({ ...mark, date });
        undated = [];
      }
    }
    if (!lineText.includes('#') && !lineText.includes('[') && !lineText.includes(':')) continue;

    const habit = HABIT_TAG.exec(lineText);
    if (habit) {
      // The shared constant, not the match: `vulnerability` is long enough to be a view into the note.
      const name = HABITS.find((h) => h === habit[1])!;
      if (headingDate) habits.push({ habit: name, date: headingDate, line });
      else undated.push({ habit: name, line });
    }

    const task = TASK.exec(lineText);
    if (task) {
      const due = DUE.exec(task[2]);
      commitments.push({ text: detach(task[2].replace(DUE, '').trim()), done: task[1] !== ' ', due: due ? parseIsoDate(due[1]) : undefined, line });
      continue;
    }
    if (registerLevel) {
      const item = REGISTER_ITEM.exec(lineText);
      if (item) register.push(registerItem(item[1], item[2], line));
    }
    if (currentEntry) {
      const c = CLOSENESS.exec(lineText);
      if (c) closeness.push({ date: currentEntry.date, value: Number(c[1]), line });
    }
  }
  flushUndated();
  habits.sort((a, b) => a.line - b.line);
  return { title, entries, habits, commitments, register, closeness };
}

function registerItem(kind: string, rest: string, line: number): RegisterItem {
  let touched: LocalDate | undefined;
  for (const m of rest.matchAll(NOTED)) {
    const date = parseIsoDate(m[2]);
    if (date && (!touched || m[2] > formatDate(touched))) touched = date;
  }
  return { kind: kind.toLowerCase() === 'risk' ? 'risk' : 'opportunity', text: detach(rest.replace(NOTED, '').trim()), touched, line };
}
