// The front matter's YAML read line by line, as it is while the leader types it: half-typed YAML does not
// parse, but its lines still say which top-level key each one starts and where that key's value is.
import { declaresYaml, findFrontMatter } from '../frontMatter/block';

export interface YamlLine {
  /** Offset of the line's first character in the note's text. */
  readonly start: number;
  /** The line without its line break (and without the `\r` of a CRLF note). */
  readonly text: string;
}

export interface YamlLinesAt {
  readonly lines: readonly YamlLine[];
  /** Which of the lines holds the offset asked about. */
  readonly at: number;
  /** The offset's column in that line. */
  readonly column: number;
}

/**
 * The YAML lines of a note's front matter and the one that holds `offset`; undefined when the offset is
 * not inside the YAML of a closed YAML block (the body, the fences, a `---js` block, an unclosed one).
 * `text` may be the note's beginning only, as long as it holds the whole block.
 */
export function yamlLinesAt(text: string, offset: number): YamlLinesAt | undefined {
  const block = findFrontMatter(text);
  if (block.kind !== 'block' || !declaresYaml(block.language)) return undefined;
  // At contentEnd the cursor stands on the closing fence itself: typing there breaks the fence.
  if (offset < block.contentStart || offset >= block.contentEnd) return undefined;
  const lines: YamlLine[] = [];
  let at = 0;
  for (let start = block.contentStart; start < block.contentEnd; ) {
    const lf = text.indexOf('\n', start);
    const end = lf === -1 || lf > block.contentEnd ? block.contentEnd : lf;
    if (offset >= start && offset <= end) at = lines.length;
    lines.push({ start, text: text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end) });
    start = end + 1;
  }
  const column = Math.min(offset - lines[at].start, lines[at].text.length);
  return { lines, at, column };
}

/** A line that starts a top-level pair: `key:` at the very start, then a space, a tab or the line's end. */
export interface KeyLine {
  readonly key: string;
  /** Column of the `:`. */
  readonly colon: number;
}

// Keys as Rapport's own are spelled; a quoted or complex key is never one of them.
const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)/;

export function keyLineOf(line: string): KeyLine | undefined {
  const m = KEY_LINE.exec(line);
  return m ? { key: m[1], colon: m[0].length - 1 } : undefined;
}

/** The top-level keys written on the lines, but for the line `except` (the one being typed). */
export function keysWritten(lines: readonly YamlLine[], except = -1): Set<string> {
  const keys = new Set<string>();
  lines.forEach((line, i) => {
    const found = i === except ? undefined : keyLineOf(line.text);
    if (found) keys.add(found.key);
  });
  return keys;
}

/** Columns `[start, end)` of text on a line, from `from` on: spaces before it and a comment after it left out. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where the text starting at column `from` is written: leading spaces skipped, up to a ` #` comment outside quotes, trailing spaces trimmed. */
export function textSpan(line: string, from: number): Span {
  let start = from;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start++;
  return { start, end: trimEnd(line, start, commentStart(line, start)) };
}

/** Column of a comment's `#` (one after a space, outside quotes) from `from` on; the line's length when there is none. */
export function commentStart(line: string, from: number): number {
  let quote = '';
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") {
      // A quote opens a quoted scalar only where a value or a list item starts.
      if (i === from || /[\s,[]/.test(line[i - 1])) quote = c;
    } else if (c === '#' && (i === from || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      return i;
    }
  }
  return line.length;
}

export function trimEnd(line: string, start: number, end: number): number {
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
}
