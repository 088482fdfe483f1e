// One pass over a note's Markdown body: the title heading, dated contact-log entries, and the
// insight markers (habit tags, commitments, opportunities and risks, closeness). Fenced code is skipped.
// A template is not data: an empty promise or register item, a `1-5` closeness, a `(0m)` duration and a
// habit tag with nothing written under it yet all count for nothing (see `isWritten`).
import { formatDate, parseIsoDate } from '../time/dates';
import { CodeFence, datedHeadingOf, headingOf, stripComments, taskOf } from './markdownLines';
import { HABITS, type ClosenessPoint, type Commitment, type Habit, type HabitMark, type LocalDate, type LogEntry, type NoteBody, type RegisterItem } from '../model';

const ANY_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;
const HABIT_TAG = /(?:^|\s)#habit\/(understand|vulnerability|time)\b/;
const DUE = /\(due[ \t]+(\d{4}-\d{2}-\d{2})\)/i;
// `(due YYYY-MM-DD)` as a template leaves it: no date yet.
const DUE_PLACEHOLDER = /\(due[ \t]+YYYY-MM-DD\)/i;
const REGISTER_ITEM = /^[ \t]*[-*+][ \t]+(Opportunity|Risk):[ \t]*(.*)$/i;
const NOTED = /\((noted|revisited)[ \t]+(\d{4}-\d{2}-\d{2})\)/gi;
// One digit 1-5, not the start of a range (`1-5`, a template's hint) or of a longer number.
const CLOSENESS = /^[ \t]*(?:[-*+][ \t]+)?\**Closeness\**:\**[ \t]*([1-5])(?![\d.,]?\d|[ \t]*[-–])/i;
// `## Opportunities and risks` and a reflection heading like `### Reflection: Opportunities and risks (…)`.
const REGISTER_SECTION = /\bopportunities and risks\b/i;
// `## People and aspirations`: its first item says what the person (or the account's people) aspire to.
const ASPIRATIONS_SECTION = /\bpeople and aspirations\b/i;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/;

/**
 * A copy of a piece of a note that does not keep the whole note alive. V8 represents a substring (a
 * regex match, `slice`, `trim`) of a long string as a view into it, so a 20-character title kept in the
 * index would retain the note's entire text: about 4 KB per customer. Concatenating and slicing again
 * makes the view point into a fresh string of the piece's own length. Short pieces are copies already.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
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
  let headingLevel = 0;
  let currentEntry: LogEntry | undefined;
  /** Level of the heading that opened an opportunities-and-risks section; 0 outside one. */
  let registerLevel = 0;
  /** The first item written under "People and aspirations", line by line until it ends. */
  let aspirations: string | undefined;
  let aspiring: string[] | undefined;
  const aspired = () => {
    if (aspiring?.length && aspirations === undefined) aspirations = detach(aspiring.join(' '));
    aspiring = undefined;
  };
  /** Habit tags whose section is still open: they count once something is written in it. */
  let open: PendingHabit[] = [];
  let inComment = false;

  const close = (level: number) => {
    const still: PendingHabit[] = [];
    for (const mark of open) {
      if (level > mark.level) still.push(mark);
      else if (mark.written) habits.push({ habit: mark.habit, date: mark.date, line: mark.line });
    }
    open = still;
  };
  const written = () => {
    for (const mark of open) mark.written = true;
  };

  let line = firstLine;
  for (let start = startOffset; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    start = end + 1;

    if (fence.isCode(lineText)) {
      // Code the leader wrote under a reflection is writing too; it is never structure.
      if (open.length && lineText.trim() && !/^[ \t]{0,3}(```|~~~)/.test(lineText)) written();
      continue;
    }
    // HTML comments are a template's hints: neither structure nor writing.
    let visible = lineText;
    if (inComment || visible.includes('<!--')) {
      const stripped = stripComments(visible, inComment);
      visible = stripped.text;
      inComment = stripped.open;
    }

    const heading = headingOf(visible);
    if (heading) {
      const { level, content } = heading;
      if (level === 1 && title === undefined) title = detach(content);
      if (registerLevel && level <= registerLevel) registerLevel = 0;
      if (REGISTER_SECTION.test(content)) registerLevel = level;
      aspired();
      if (aspirations === undefined && ASPIRATIONS_SECTION.test(content)) aspiring = [];
      close(level);
      // An undated tag is dated by the first date written below it, before the next heading.
      for (const mark of open) mark.dating = false;
      const anyDate = ANY_DATE.exec(content);
      headingDate = anyDate ? parseIsoDate(anyDate[1]) : undefined;
      headingLevel = level;
      currentEntry = undefined;
      const dated = datedHeadingOf(heading);
      if (dated) {
        currentEntry = { date: dated.date, title: detach(dated.title), line, minutes: dated.minutes };
        entries.push(currentEntry);
      }
      continue;
    }
    if (aspiring) {
      const text = visible.trim();
      if (aspiring.length && (!text || LIST_ITEM.test(visible))) aspired();
      else if (text && isWritten(visible)) aspiring.push(text.replace(LIST_ITEM, ''));
    }
    if (open.some((m) => m.dating)) {
      const found = ANY_DATE.exec(visible);
      const date = found ? parseIsoDate(found[1]) : undefined;
      if (date) {
        for (const mark of open) {
          if (mark.dating) {
            mark.date = date;
            mark.dating = false;
          }
        }
      }
    }
    if (!visible.includes('#') && !visible.includes('[') && !visible.includes(':')) {
      if (open.length && isWritten(visible)) written();
      continue;
    }

    const habit = HABIT_TAG.exec(visible);
    if (habit) {
      // The shared constant, not the match: `vulnerability` is long enough to be a view into the note.
      const name = HABITS.find((h) => h === habit[1])!;
      open.push({ habit: name, date: headingDate, line, level: headingLevel, written: false, dating: !headingDate });
    }
    if (open.length && isWritten(visible)) written();

    const task = taskOf(visible);
    if (task) {
      const rest = task.text;
      const due = DUE.exec(rest);
      const what = rest.replace(DUE, '').replace(DUE_PLACEHOLDER, '').trim();
      // An empty checkbox is a template's blank, not a promise.
      if (what) commitments.push({ text: detach(what), done: task.mark !== ' ', due: due ? parseIsoDate(due[1]) : undefined, line });
      continue;
    }
    if (registerLevel) {
      const item = REGISTER_ITEM.exec(visible);
      const registered = item && registerItem(item[1], item[2], line);
      if (registered?.text) register.push(registered);
    }
    if (currentEntry) {
      const c = CLOSENESS.exec(visible);
      if (c) closeness.push({ date: currentEntry.date, value: Number(c[1]), line });
    }
  }
  close(0);
  aspired();
  habits.sort((a, b) => a.line - b.line);
  return { title, entries, habits, commitments, register, closeness, ...(aspirations && { aspirations }) };
}

interface PendingHabit {
  readonly habit: Habit;
  date?: LocalDate;
  readonly line: number;
  /** Level of the heading the tag sits under (0 above every heading): its section ends at one as high. */
  readonly level: number;
  written: boolean;
  /** Still looking for the first date below an undated tag. */
  dating: boolean;
}

// The lines a reflection template writes by itself, none of which the leader has written yet:
// a bold question (with an italic hint), an italic line, a label with nothing after it (`- With them:`),
// habit tags alone, an empty checkbox or register item, a thematic break. Tested on the trimmed line,
// with no two adjacent runs of spaces in one pattern, so a 1 MB line of spaces stays linear.
const PROMPT = /^\*\*[^*]*\*\*(?:[ \t]+_[^_]*_)?$/;
const ITALIC_ONLY = /^_[^_]+_$/;
const BULLET = /^[-*+][ \t]+/;
const DATE_NOTE = /^\((?:due|noted)[ \t][^)]*\)$/i;
const BREAK = /^(?:-{3,}|\*{3,}|_{3,})$/;
const CLOSENESS_LINE = /^(?:[-*+][ \t]+)?\**Closeness\**:/i;
const MAX_LABEL = 80;

/** Whether a line holds something the leader wrote, rather than a template's own text or a blank. */
export function isWritten(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  if (CLOSENESS_LINE.test(text)) return CLOSENESS.test(text);
  if (PROMPT.test(text) || ITALIC_ONLY.test(text) || BREAK.test(text)) return false;
  if (text.split(/[ \t]+/).every((word) => word.startsWith('#habit/'))) return false;
  // What is left once a trailing `(due …)` / `(noted …)` is set aside: nothing, or only a label.
  const open = text.lastIndexOf('(');
  const rest = open !== -1 && DATE_NOTE.test(text.slice(open)) ? text.slice(0, open).trimEnd() : text;
  const task = taskOf(rest);
  if (task) return task.text.trim() !== '';
  const label = rest.replace(BULLET, '');
  return !(label.endsWith(':') && label.length <= MAX_LABEL && label.indexOf(':') === label.length - 1);
}

function registerItem(kind: string, rest: string, line: number): RegisterItem {
  let touched: LocalDate | undefined;
  for (const m of rest.matchAll(NOTED)) {
    const date = parseIsoDate(m[2]);
    if (date && (!touched || m[2] > formatDate(touched))) touched = date;
  }
  return { kind: kind.toLowerCase() === 'risk' ? 'risk' : 'opportunity', text: detach(rest.replace(NOTED, '').trim()), touched, line };
}
