// Where a reflection goes in a customer note: never inside the front matter. At the cursor when the
// cursor is in the body; otherwise a contact-log entry goes where Log Contact would put it, and any
// other reflection at the end of the note. Returns the text to put around the snippet, so the note
// keeps its blank lines and line breaks.
import { contactLogInsertion } from './contactLogEdit';
import { detectEol, findFrontMatter } from '../frontMatter/block';
import { DATED_HEADING_LINE } from '../templates/snippetText';
import { type ReflectionTemplate } from '../model';

export interface Placement {
  readonly offset: number;
  /** Plain text before the snippet (line breaks, a `## Contact log` heading). */
  readonly before: string;
  /** Plain text after it. */
  readonly after: string;
}

/** A template whose first line is a dated heading is a contact-log entry (the Meeting reflection is one). */
export function isLogEntryTemplate(template: ReflectionTemplate): boolean {
  return DATED_HEADING_LINE.test(template.body.trimStart());
}

/** Where the body of the note starts (after the front matter), or undefined when the front matter never closes. */
export function bodyStartOf(text: string): number | undefined {
  const fence = findFrontMatter(text);
  if (fence.kind === 'unclosed') return undefined;
  return fence.kind === 'block' ? fence.blockEnd : fence.bomLength;
}

/** Whether the note has nothing below its front matter: the only note the profile skeleton is offered for. */
export function hasEmptyBody(text: string): boolean {
  const start = bodyStartOf(text);
  return start !== undefined && text.slice(start).trim() === '';
}

/** At the cursor, on a line of its own with a blank line above: a reflection starts with a heading. */
function atCursor(text: string, cursor: number): Placement {
  const eol = detectEol(text);
  const lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
  const lineEnd = text.indexOf('\n', cursor);
  const before = text.slice(lineStart, cursor);
  const after = text.slice(cursor, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  const previous = lineStart > 0 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).replace(/\r$/, '') : '';
  const lead = before.trim() ? eol + eol : lineStart > 0 && previous.trim() ? eol : '';
  return { offset: cursor, before: lead, after: after.trim() ? eol : '' };
}

export function placeReflection(text: string, template: ReflectionTemplate, cursor: number | undefined): Placement | undefined {
  const bodyStart = bodyStartOf(text);
  if (bodyStart === undefined) return undefined;
  if (cursor !== undefined && cursor >= bodyStart) return atCursor(text, cursor);
  if (isLogEntryTemplate(template)) {
    // Log Contact's own placement, with a marker where the heading goes.
    const marker = '\u0000';
    const insertion = contactLogInsertion(text, marker);
    const at = insertion.text.indexOf(marker);
    const headingStart = insertion.text.lastIndexOf('\n', at) + 1;
    return { offset: insertion.start, before: insertion.text.slice(0, headingStart), after: insertion.text.slice(at + 1).replace(/^\r?\n/, '') };
  }
  const eol = detectEol(text);
  const body = text.slice(bodyStart);
  if (body.trim() === '') return { offset: text.length, before: text.length > bodyStart && !text.endsWith('\n') ? eol : '', after: '' };
  const lead = text.endsWith('\n') ? '' : eol;
  const gap = /\n[ \t]*\r?\n$/.test(text) ? '' : eol;
  return { offset: text.length, before: lead + gap, after: '' };
}
