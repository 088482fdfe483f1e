// Any Markdown note of the workspace read for its links to other notes, each dated where it was written:
// by the dated heading it sits under, else by the note's `date:`, else by the date its file name starts
// with. One pass over the lines, none in a note without `[[` or `](`; a line without `[` costs a fence
// check and nothing more. Code, block quotes, HTML comments and unchecked tasks (a plan, not a contact)
// hold no links.
import { findFrontMatter, positionAt } from '../frontMatter/block';
import { readFrontMatter, type FrontMatter } from '../frontMatter/read';
import { keyLineOf } from '../reading/keyLine';
import { CodeFence, datedHeadingOf, headingOf, stripComments, taskOf } from '../reading/markdownLines';
import { Ahead, skipBlanks } from '../reading/lineScan';
import { checkboxAt, durationAt, firstIsoDate, headingAt, type HeadingSpan, isIsoDateAt, ODD_BREAKS } from '../reading/lineReaders';
import { dayAt } from '../reading/kept';
import { detach } from '../reading/noteBody';
import { decodeNote, fileTitleOf, MAX_NOTE_BYTES } from '../reading/noteLoader';
import { parseDateOrDateTime, parseIsoDate } from '../time/dates';
import { folderOf, linkedNotePath } from './linkPaths';
import { linksOfLine } from './lineLinks';
import { frontMatterTarget } from '../reading/wikiTarget';
import type { LinkingNote, LocalDate, NoteLink } from '../model';

/** How a link is dated: spread into it, so an undated link has no `date` key at all. */
export type Dating = Pick<NoteLink, 'date' | 'headingLine' | 'minutes'>;

const BLOCK_QUOTE = /^ {0,3}>/;
const FILE_NAME_DATE = /^(\d{4}-\d{2}-\d{2})(?!\d)/;
const CUSTOMERS = 'customers';
/** The front matter keys a linking note reads. */
const KEYS_READ = [CUSTOMERS, 'date', 'title'];

/** A note's bytes read for links, with the limits of customer notes; an unreadable file links nowhere. */
export function loadLinkingNote(id: string, bytes: Uint8Array): LinkingNote {
  const decoded = bytes.byteLength > MAX_NOTE_BYTES ? undefined : decodeNote(bytes);
  return decoded?.ok ? parseNoteLinks(id, decoded.text) : { id, title: fileTitleOf(id), links: [] };
}

/** The links of a note whose URI is `id` (as VS Code prints it, percent-encoded) and whose text is `text`. */
export function parseNoteLinks(id: string, text: string): LinkingNote {
  const fileTitle = fileTitleOf(id);
  const { fm, bodyStart } = text.startsWith('---') || text.startsWith('\uFEFF---') ? frontMatterOf(text) : { bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
  const data = fm?.data ?? {};
  const noteDating: Dating = dateOf(data.date) ?? fileNameDate(fileTitle) ?? {};
  const links = fm ? frontMatterLinks(fm, noteDating) : [];
  const body = new LinkPass(id, noteDating, links).run(text, bodyStart, positionAt(text, bodyStart).line);
  const title = textOf(data.title) ?? (body.title?.trim() ? detach(body.title.trim()) : fileTitle);
  return { id, title, links };
}

/**
 * The front matter, or only where the body starts when it cannot be read: a broken YAML block still
 * ends at its closing `---`, and the links below it are worth keeping while the leader fixes it.
 */
function frontMatterOf(text: string): { fm?: FrontMatter; bodyStart: number } {
  const fence = findFrontMatter(text);
  // Most front matter (every customer note's) names none of the keys read here: a key's name is in the
  // YAML text however it is written, so without one of them where the block ends is all there is to know.
  if (fence.kind === 'block') {
    const yaml = text.slice(fence.contentStart, fence.contentEnd);
    if (!KEYS_READ.some((key) => yaml.includes(key))) return { bodyStart: fence.blockEnd };
  }
  const read = readFrontMatter(text);
  if (read.ok) return { fm: read.value, bodyStart: read.value.bodyStart };
  return { bodyStart: fence.kind === 'block' ? fence.blockEnd : fence.bomLength };
}

/** `customers: [acme, "[[Laura Bennett]]"]` (or one name): each placed on the key's line. */
function frontMatterLinks(fm: FrontMatter, dating: Dating): NoteLink[] {
  const value = fm.data[CUSTOMERS];
  if (value === undefined || value === null) return [];
  const targets = (Array.isArray(value) ? value : [value])
    .map((entry) => (typeof entry === 'string' ? frontMatterTarget(entry) : undefined))
    .filter((target): target is string => target !== undefined);
  if (!targets.length) return [];
  // The key's line is read from the text; where only a parse of the YAML can tell (`yaml`'s Document,
  // several times js-yaml's cost), it is parsed when a link's line is first asked for.
  const line = keyLineOf(fm, CUSTOMERS);
  if (typeof line === 'number') return targets.map((target) => ({ target, kind: 'name', fromFrontMatter: true, line, column: 0, length: CUSTOMERS.length, ...dating }));
  return targets.map((target) => ({ target, kind: 'name', fromFrontMatter: true, get line() { return line(); }, column: 0, length: CUSTOMERS.length, ...dating }));
}

/**
 * BLOCK_QUOTE, or an unchecked task (taskOf, its mark a space), by the line's first characters: lines
 * that hold no link, passed over without being cut out. `odd`: the note holds a lone CR, U+2028 or
 * U+2029, where a task is for the pattern to judge.
 */
function quoteOrPlan(text: string, start: number, end: number, odd: boolean): boolean {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) === 0x3e && i < end) return true;
  i = skipBlanks(text, i, end);
  const c = text.charCodeAt(i);
  if (odd || (c !== 0x2d && c !== 0x2a && c !== 0x2b)) return false;
  const box = skipBlanks(text, i + 1, end);
  return box > i + 1 && text.charCodeAt(box) === 0x5b && checkboxAt(text, box, end, true)?.mark === 0x20;
}

function dateOf(value: unknown): Dating | undefined {
  const date = typeof value === 'string' ? parseDateOrDateTime(value) : undefined;
  return date && { date };
}

/** `2026-11-20 steering`, `2026-11-20-acme`, `2026-11-20`: a meeting or daily note named by its day. */
function fileNameDate(fileTitle: string): Dating | undefined {
  const m = FILE_NAME_DATE.exec(fileTitle);
  const date = m ? parseIsoDate(m[1]) : undefined;
  return date && { date };
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? detach(value.trim()) : undefined;
}

/** A heading still open at the current line, and the dating it gives the links below it. */
interface Section {
  readonly level: number;
  readonly dating: Dating | undefined;
}

/** One pass over a note's body: its first `# ` heading, and its links, each with its dating. */
class LinkPass {
  private folder: string[] | undefined;

  constructor(private readonly id: string, private readonly noteDating: Dating, private readonly links: NoteLink[]) {}

  run(text: string, startOffset: number, firstLine: number): { title?: string } {
    const fence = new CodeFence();
    const sections: Section[] = [];
    let title: string | undefined;
    let inComment = false;
    // Every link holds `[[` or `](` (blanking code and comments only removes characters): a note with
    // neither, such as a customer note whose only brackets are its task boxes, links nowhere, and once it
    // has its title the rest need not be read.
    const mayLink = text.includes('[[', startOffset) || text.includes('](', startOffset);
    const comments = Ahead.of(text, '<!--', startOffset);
    const brackets = new Ahead(text, '[');
    const odd = ODD_BREAKS.some((c) => text.includes(c, startOffset));
    let line = firstLine;
    for (let start = startOffset; start <= text.length && (mayLink || title === undefined); line++) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const next = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      const lineStart = start;
      start = next;

      if (fence.isCodeAt(text, lineStart, end)) continue;
      // `visible` says what the line is; `scan`, the same with comments blanked, says where links are.
      let visible: string;
      let scan: string;
      if (inComment || comments?.within(lineStart, end)) {
        const lineText = text.slice(lineStart, end);
        visible = stripComments(lineText, inComment).text;
        const blanked = stripComments(lineText, inComment, true);
        scan = blanked.text;
        inComment = blanked.open;
      } else {
        // Most lines are neither a heading nor hold a `[`: passed over without being cut out.
        if (text.charCodeAt(lineStart) === 0x23) {
          // headingAt reads a line without a lone CR, U+2028 or U+2029; a note with one is read by the pattern.
          const heading = odd ? headingOf(text.slice(lineStart, end)) : undefined;
          const span = odd ? undefined : headingAt(text, lineStart, end);
          if (heading) title = this.section(heading.level, heading.content, datedHeadingOf(heading), line, sections, title);
          else if (span) title = this.heading(text, span, line, sections, title);
        }
        if (brackets.within(lineStart, end) && !quoteOrPlan(text, lineStart, end, odd)) {
          const lineText = text.slice(lineStart, end);
          this.linksOn(lineText, lineText, line, sections);
        }
        continue;
      }
      const heading = visible.charCodeAt(0) === 0x23 ? headingOf(visible) : undefined;
      if (heading) title = this.section(heading.level, heading.content, datedHeadingOf(heading), line, sections, title);
      this.linksOn(visible, scan, line, sections);
    }
    return { title };
  }

  /** A heading read by its characters (headingAt, as headingOf and datedHeadingOf read it). */
  private heading(text: string, { level, contentStart, contentEnd }: HeadingSpan, line: number, sections: Section[], title: string | undefined): string | undefined {
    let dated: { date: LocalDate; minutes?: number } | undefined;
    if (level >= 2 && level <= 4 && contentEnd - contentStart >= 10 && isIsoDateAt(text, contentStart) && firstIsoDate(text, contentStart, contentEnd) === contentStart) {
      const date = dayAt(text, contentStart);
      const duration = date && durationAt(text, skipBlanks(text, contentStart + 10, contentEnd), contentEnd);
      if (date) dated = { date, minutes: duration?.minutes || undefined };
    }
    return this.section(level, level === 1 && title === undefined ? text.slice(contentStart, contentEnd) : '', dated, line, sections, title);
  }

  /** A heading of `level`: it closes every section of its level or deeper; an undated one inherits its parent's date. */
  private section(level: number, content: string, dated: { date: LocalDate; minutes?: number } | undefined, line: number, sections: Section[], title: string | undefined): string | undefined {
    while (sections.length && sections[sections.length - 1].level >= level) sections.pop();
    const dating: Dating | undefined = dated
      ? { date: dated.date, headingLine: line, ...(dated.minutes !== undefined && { minutes: dated.minutes }) }
      : sections[sections.length - 1]?.dating;
    sections.push({ level, dating });
    return level === 1 && title === undefined ? content : title;
  }

  /** The links of a line with a `[`, unless it is a quote or an open task (a plan, not a contact). */
  private linksOn(visible: string, scan: string, line: number, sections: readonly Section[]): void {
    if (!scan.includes('[') || BLOCK_QUOTE.test(visible) || taskOf(visible)?.mark === ' ') return;
    this.add(linksOfLine(scan), line, sections[sections.length - 1]?.dating ?? this.noteDating);
  }

  private add(found: ReturnType<typeof linksOfLine>, line: number, dating: Dating): void {
    for (const { kind, target, column, length } of found) {
      const resolved = kind === 'name' ? target : linkedNotePath((this.folder ??= folderOf(this.id)), target);
      if (resolved !== undefined) this.links.push({ target: resolved, kind, line, column, length, ...dating });
    }
  }
}
