// One pass over a note's Markdown body: the title heading, dated contact-log entries, and the
// insight markers (habit tags, commitments, opportunities and risks, closeness). Fenced code is skipped.
// A template is not data: an empty promise or register item, a `1-5` closeness, a `(0m)` duration and a
// habit tag with nothing written under it yet all count for nothing (see writtenLine.ts).
// The text is walked line by line as offsets, never split: the first characters of a line say what it
// can be, so a line of prose costs a few character tests; a heading, a promise, a register item or a
// closeness is read by its characters (lineReaders.ts); only a line the patterns must judge (a comment,
// a line a section or habit tag waits for) is cut out and read by them (bodyState.ts).
import { CodeFence, fenceAt, stripComments } from './markdownLines';
import { Ahead, hasContent, skipBlanks } from './lineScan';
import { checkboxAt, closenessAt, dueAt, durationAt, firstIsoDate, habitTagAt, hasAnd, headingAt, type HeadingSpan, notedAt, ODD_BREAKS, registerKindAt, trimmed } from './lineReaders';
import { dayAt, detach, keptTitle } from './kept';
import { BodyState, withoutNotes } from './bodyState';
import { isWritten } from './writtenLine';
import type { LocalDate, NoteBody } from '../model';

export { detach } from './kept';
export { isWritten } from './writtenLine';

const HASH = 0x23;

export function parseBody(text: string, startOffset = 0, firstLine = 0): NoteBody {
  return new BodyPass(text, startOffset).run(startOffset, firstLine);
}

class BodyPass extends BodyState {
  private readonly fence = new CodeFence();
  private inComment = false;
  /** Searches for what most notes never hold; undefined when the body holds none. */
  private readonly comments: Ahead | undefined;
  private readonly habitTags: Ahead | undefined;
  private readonly oddBreaks: Ahead[] | undefined;
  private readonly parens: Ahead;
  private readonly spaces: Ahead;

  constructor(private readonly text: string, startOffset: number) {
    super();
    this.comments = Ahead.of(text, '<!--', startOffset);
    // Six characters, not `#habit/`: from seven on, each search first builds a Boyer-Moore table.
    this.habitTags = Ahead.of(text, '#habit', startOffset);
    const odd = ODD_BREAKS.map((c) => Ahead.of(text, c, startOffset));
    this.oddBreaks = odd.some((ahead) => ahead) ? odd.map((ahead, i) => ahead ?? new Ahead(text, ODD_BREAKS[i])) : undefined;
    this.parens = new Ahead(text, '(');
    this.spaces = new Ahead(text, ' ');
  }

  run(startOffset: number, firstLine: number): NoteBody {
    const text = this.text;
    let line = firstLine;
    for (let start = startOffset; start <= text.length; line++) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const next = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
      this.lineAt(start, end, line);
      start = next;
    }
    return this.result();
  }

  /** The line `[start, end)` of the text, without its line break. */
  private lineAt(start: number, end: number, line: number): void {
    // An empty line only ends an aspirations item (or is a comment's or a fence's nothing).
    if (start === end && !this.aspiring) return;
    const text = this.text;
    if (this.fence.isCodeAt(text, start, end)) {
      // Code the leader wrote under a reflection is writing too; it is never structure.
      if (this.open.length && hasContent(text, start, end) && !fenceAt(text, start, end)) this.written();
      return;
    }
    // HTML comments are a template's hints: neither structure nor writing.
    if (this.inComment || this.comments?.within(start, end)) {
      const stripped = stripComments(text.slice(start, end), this.inComment);
      this.inComment = stripped.open;
      this.read(stripped.text, line);
      return;
    }
    const heading = start < end && text.charCodeAt(start) === HASH && this.plain(start, end) ? headingAt(text, start, end) : undefined;
    if (heading) return this.heading(heading, line);
    if (this.aspiring) this.aspire(text.slice(start, end));
    if (!this.settled()) this.rest(text.slice(start, end), line);
    else if (this.habitTags?.within(start, end)) this.tagLine(start, end, line);
    else if (!this.item(start, end, line)) this.rest(text.slice(start, end), line);
  }

  /** Whether the line holds none of ODD_BREAKS (`.` matches every character of it). */
  private plain(start: number, end: number): boolean {
    const odd = this.oddBreaks;
    return !odd || (!odd[0].within(start, end) && !odd[1].within(start, end) && !odd[2].within(start, end));
  }

  private heading({ level, contentStart, contentEnd }: HeadingSpan, line: number): void {
    const text = this.text;
    if (level === 1 && this.title === undefined) this.title = detach(text.slice(contentStart, contentEnd));
    // Both section names are 22 characters or more and hold ` and `: most headings are never cut out to be tested.
    const content = contentEnd - contentStart >= 22 && hasAnd(text, contentStart, contentEnd, this.spaces) ? text.slice(contentStart, contentEnd) : '';
    const at = firstIsoDate(text, contentStart, contentEnd);
    const date = at === -1 ? undefined : dayAt(text, at);
    this.headingSeen(level, content, date);
    // datedHeadingOf: a date first, then the title and perhaps a duration.
    if (level >= 2 && level <= 4 && at === contentStart && date) {
      const rest = skipBlanks(text, at + 10, contentEnd);
      const duration = durationAt(text, rest, contentEnd);
      const [from, to] = trimmed(text, rest, duration ? duration.open : contentEnd);
      this.entrySeen(date, keptTitle(text.slice(from, to)), line, duration?.minutes || undefined);
    }
  }

  /** A line with `#habit` on it that starts as no item can (`#habit/time Asked what …`): its tag, and whether it is writing. */
  private tagLine(start: number, end: number, line: number): void {
    const text = this.text;
    const c = text.charCodeAt(skipBlanks(text, start, end));
    if (c === 0x2d || c === 0x2a || c === 0x2b || c === 0x43 || c === 0x63) return this.rest(text.slice(start, end), line);
    const habit = habitTagAt(text, start, end, this.habitTags!);
    if (habit) this.tagSeen(habit, line);
    if (this.open.length && isWritten(text.slice(start, end))) this.written();
  }

  /**
   * A line that is no heading, read by its first characters: a task, a register item, a closeness, or
   * (most lines) nothing. False when the line must be read with the patterns after all.
   */
  private item(start: number, end: number, line: number): boolean {
    const text = this.text;
    const i = skipBlanks(text, start, end);
    if (i === end) return true;
    const c = text.charCodeAt(i);
    if (c === 0x43 || c === 0x63) return this.closenessLine(i, end, line);
    if (c !== 0x2d && c !== 0x2a && c !== 0x2b) return true;
    const j = skipBlanks(text, i + 1, end);
    // `**Closeness:** 4`: stars, no bullet.
    if (j === i + 1 || j === end) return c === 0x2a ? this.closenessLine(i, end, line) : true;
    const d = text.charCodeAt(j);
    if (d === 0x5b) return this.taskLine(j, end, line);
    if (this.registerLevel && (d === 0x4f || d === 0x6f || d === 0x52 || d === 0x72)) return this.registerLine(j, end, line);
    return this.closenessLine(i, end, line);
  }

  /** A promise, `- [ ] send the roadmap (due 2026-12-05)`, its checkbox at `at`. */
  private taskLine(at: number, end: number, line: number): boolean {
    const text = this.text;
    const box = checkboxAt(text, at, end, this.plain(at, end));
    if (!box) return true;
    const { textStart } = box;
    let what: string;
    let due: LocalDate | undefined;
    const paren = this.parens.next(textStart);
    if (paren >= end) what = text.slice(...trimmed(text, textStart, end));
    else {
      // One `(`, the due date's: a second one could be a template's `(due YYYY-MM-DD)`, for the patterns.
      const found = dueAt(text, paren, end);
      if (!found || this.parens.next(paren + 1) < end) return false;
      due = dayAt(text, found.date);
      const [after, afterEnd] = trimmed(text, found.after, end);
      what = after === afterEnd ? text.slice(...trimmed(text, textStart, paren)) : (text.slice(textStart, paren) + text.slice(found.after, end)).trim();
    }
    // An empty checkbox is a template's blank, not a promise.
    if (what) this.commitments.push({ text: detach(what), done: box.mark !== 0x20, due, line });
    return true;
  }

  /** An opportunity or risk, `- Risk: key sponsor leaves (noted 2026-06-01)`, its kind at `at`. */
  private registerLine(at: number, end: number, line: number): boolean {
    const text = this.text;
    const item = registerKindAt(text, at, end, this.plain(at, end));
    if (!item) return true;
    // The text without its `(noted …)` and `(revisited …)`: most often they all trail it, and it is one piece.
    let from = item.textStart;
    let first = -1;
    let trailing = true;
    let touched: LocalDate | undefined;
    for (let paren = this.parens.next(from); paren < end; paren = this.parens.next(paren + 1)) {
      const noted = notedAt(text, paren, end);
      if (!noted) continue;
      if (first === -1) first = paren;
      else trailing &&= !hasContent(text, from, paren);
      from = noted.after;
      const date = dayAt(text, noted.date);
      // The later of the dates.
      if (date && (!touched || ordinal(date) > ordinal(touched))) touched = date;
      paren = noted.after - 1;
    }
    const written = first === -1 ? text.slice(...trimmed(text, from, end))
      : trailing && !hasContent(text, from, end) ? text.slice(...trimmed(text, item.textStart, first))
      : withoutNotes(text.slice(item.textStart, end));
    if (written) this.register.push({ kind: item.kind, text: detach(written), touched, line });
    return true;
  }

  /** `Closeness: 4` (CLOSENESS) under a dated heading, the line's first character at `at`. */
  private closenessLine(at: number, end: number, line: number): boolean {
    if (!this.currentEntry) return true;
    const value = closenessAt(this.text, at, end);
    if (value) this.closeness.push({ date: this.currentEntry.date, value, line });
    return true;
  }
}

const ordinal = (date: LocalDate) => date.year * 10000 + date.month * 100 + date.day;
