// "Log Contact" as text edits: `last_contacted` set in the front matter (only that value changes) and,
// when asked, a dated entry added under `## Contact log`, in the order the leader already keeps.
// Contacts only move forward: an earlier date adds its entry but never replaces a later `last_contacted`,
// and the same entry logged twice on one day is not added again.
import { compareDates, formatDate, parseDateOrDateTime, parseIsoDate } from '../time/dates';
import { detectEol, findFrontMatter, positionAt } from '../frontMatter/block';
import { refusalOf } from './editResult';
import { setFrontMatterValue } from '../frontMatter/edit';
import { readFrontMatter } from '../frontMatter/read';
import { CodeFence, headingOf } from '../reading/markdownLines';
import { parseDuration } from '../reading/markdownLines';
import { parseBody } from '../reading/noteBody';
import type { LocalDate, Message, TextEdit } from '../model';

export type LogContactResult =
  | {
      ok: true;
      edits: TextEdit[];
      /** The note's own `last_contacted`, kept because it is later than the logged date. */
      keptLater?: LocalDate;
      /** The entry was already in the note for that day, so it was not added again. */
      duplicateEntry?: boolean;
    }
  | { ok: false; message: Message; line: number; column: number };

const CONTACT_LOG = /^contact log$/i;

export function logContactEdits(text: string, date: LocalDate, entryTitle?: string): LogContactResult {
  // A note the reader refuses is refused here with the very same reason the tree shows.
  const read = readFrontMatter(text);
  if (!read.ok) return refusalOf(read.problem);
  if (entryTitle === undefined) return contactEdits(text, read.value.data.last_contacted, date, []);
  const title = entryTitle.replace(/[\r\n]+/g, ' ').trim();
  if (alreadyLogged(text, read.value.bodyStart, date, title)) {
    const dateOnly = contactEdits(text, read.value.data.last_contacted, date, []);
    return dateOnly.ok ? { ...dateOnly, duplicateEntry: true } : dateOnly;
  }
  return contactEdits(text, read.value.data.last_contacted, date, [`${formatDate(date)} ${title}`.trim()]);
}

/**
 * Several entries at once (a calendar import): `last_contacted` moved forward to the latest of them, and
 * the headings (`YYYY-MM-DD title (45m)`, oldest first) added as one block where Log Contact adds one.
 * Whether an entry is already in the note is the caller's rule to apply.
 */
export function logEntriesEdits(text: string, latest: LocalDate, headings: readonly string[]): LogContactResult {
  const read = readFrontMatter(text);
  if (!read.ok) return refusalOf(read.problem);
  return contactEdits(text, read.value.data.last_contacted, latest, headings);
}

/** `last_contacted` set to `date` unless the note's is later, and the headings added under `## Contact log`. */
function contactEdits(text: string, lastContacted: unknown, date: LocalDate, headings: readonly string[]): LogContactResult {
  const recorded = recordedDate(lastContacted);
  const edits: TextEdit[] = [];
  let keptLater: LocalDate | undefined;
  if (recorded && compareDates(recorded, date) >= 0) {
    if (compareDates(recorded, date) > 0) keptLater = recorded;
  } else {
    const set = setFrontMatterValue(text, 'last_contacted', formatDate(date));
    if (!set.ok) return set;
    edits.push(set.edit);
  }
  if (!headings.length) return { ok: true, edits, keptLater };
  const entry = contactLogInsertion(text, headings);
  // An empty note gets both at offset 0: one edit, front matter first, keeps the order certain.
  if (edits.length && entry.start === edits[0].start && entry.end === edits[0].end) edits[0] = { ...edits[0], text: edits[0].text + entry.text };
  else edits.push(entry);
  return { ok: true, edits, keptLater };
}

/** The day a `last_contacted` value names, when it names one. */
function recordedDate(value: unknown): LocalDate | undefined {
  return typeof value === 'string' ? parseDateOrDateTime(value) : undefined;
}

/** Whether a log entry with this date, title and duration is already in the note. */
function alreadyLogged(text: string, bodyStart: number, date: LocalDate, title: string): boolean {
  const duration = parseDuration(title);
  const key = normalTitle(duration ? duration.rest : title);
  const body = parseBody(text, bodyStart, positionAt(text, bodyStart).line);
  const minutes = duration?.minutes || undefined;
  return body.entries.some((e) => compareDates(e.date, date) === 0 && normalTitle(e.title) === key && e.minutes === minutes);
}

const normalTitle = (title: string) => title.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

interface Line {
  readonly start: number;
  /** Offset after the line break (or the text's end). */
  readonly next: number;
  readonly text: string;
}

function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  for (let start = from; start < text.length; ) {
    const lf = text.indexOf('\n', start);
    const next = lf === -1 ? text.length : lf + 1;
    lines.push({ start, next, text: text.slice(start, lf === -1 ? text.length : lf).replace(/\r$/, '') });
    start = next;
  }
  return lines;
}

/**
 * Where and what to insert for a new log entry heading `### <heading>`, or for several (oldest first:
 * written in the order the log already keeps, one blank line apart).
 */
export function contactLogInsertion(text: string, heading: string | readonly string[]): TextEdit {
  const eol = detectEol(text);
  const fence = findFrontMatter(text);
  const bodyStart = fence.kind === 'block' ? fence.blockEnd : fence.bomLength;
  const lines = linesOf(text, bodyStart);
  const code = new CodeFence();
  let section = -1;
  let sectionEnd = lines.length;
  const entries: { index: number; level: number; date: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = code.isCode(lines[i].text) ? undefined : headingOf(lines[i].text);
    if (!h) continue;
    const { level, content } = h;
    if (section === -1) {
      if (level === 2 && CONTACT_LOG.test(content)) section = i;
    } else if (level <= 2) {
      sectionEnd = i;
      break;
    } else {
      const date = /^(\d{4}-\d{2}-\d{2})\b/.exec(content);
      if (date && parseIsoDate(date[1]) && level <= 4) entries.push({ index: i, level, date: date[1] });
    }
  }
  const headings = typeof heading === 'string' ? [heading] : heading;
  /** The headings at `level`, each on its line, a blank line between two. */
  const newHeadings = (level: number, order: readonly string[] = headings) => order.map((h) => `${'#'.repeat(level)} ${h}${eol}`).join(eol);
  if (section === -1) {
    const lead = text.length === 0 || text.endsWith('\n') ? '' : eol;
    const gap = text.slice(bodyStart).trim() === '' ? '' : eol;
    return { start: text.length, end: text.length, text: `${lead}${gap}## Contact log${eol}${eol}${newHeadings(3)}` };
  }
  const level = entries[0]?.level ?? 3;
  // Newest first when the leader already keeps it so; otherwise chronological, appended.
  const newestFirst = entries.length > 1 && entries[0].date > entries[entries.length - 1].date;
  if (newestFirst) {
    const at = lines[entries[0].index].start;
    return { start: at, end: at, text: `${newHeadings(level, [...headings].reverse())}${eol}` };
  }
  // Append after the section's last non-blank line.
  let last = sectionEnd - 1;
  while (last > section && lines[last].text.trim() === '') last--;
  const at = lines[last].next;
  const lead = text.slice(lines[last].start, at).endsWith('\n') ? '' : eol;
  // Keep a blank line before the next section when there was none to keep.
  const trail = last + 1 === sectionEnd && sectionEnd < lines.length ? eol : '';
  return { start: at, end: at, text: `${lead}${eol}${newHeadings(level)}${trail}` };
}
