// Whether a line of a note is the leader's own writing or a template's: a bold question, a hint, an empty
// label or checkbox, a `1-5` closeness. A habit tag counts once something is written under it.
import { taskOf } from './markdownLines';

// One digit 1-5, not the start of a range (`1-5`, a template's hint) or of a longer number.
export const CLOSENESS = /^[ \t]*(?:[-*+][ \t]+)?\**Closeness\**:\**[ \t]*([1-5])(?![\d.,]?\d|[ \t]*[-–])/i;

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
  // Each pattern is anchored at a character of its own: most lines are tested against none of them.
  const first = text.charCodeAt(0);
  const bullet = first === 0x2d || first === 0x2a || first === 0x2b;
  if ((bullet || first === 0x43 || first === 0x63) && CLOSENESS_LINE.test(text)) return CLOSENESS.test(text);
  if ((first === 0x2a && PROMPT.test(text)) || (first === 0x5f && ITALIC_ONLY.test(text)) || ((bullet || first === 0x5f) && BREAK.test(text))) return false;
  if (first === 0x23 && onlyHabitTags(text)) return false;
  // What is left once a trailing `(due …)` / `(noted …)` is set aside: nothing, or only a label.
  const open = text.lastIndexOf('(');
  const rest = open !== -1 && DATE_NOTE.test(text.slice(open)) ? text.slice(0, open).trimEnd() : text;
  const task = bullet ? taskOf(rest) : undefined;
  if (task) return task.text.trim() !== '';
  const label = bullet ? rest.replace(BULLET, '') : rest;
  return !(label.endsWith(':') && label.length <= MAX_LABEL && label.indexOf(':') === label.length - 1);
}

/** Whether every word of the trimmed `text` (words: split at runs of spaces and tabs) is a habit tag. */
function onlyHabitTags(text: string): boolean {
  for (let i = 0; ;) {
    if (!text.startsWith('#habit/', i)) return false;
    while (i < text.length && text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x09) i++;
    if (i === text.length) return true;
    while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  }
}
