// Where the cursor is in a note's front matter, for completion: at a top-level key (maybe partly typed),
// in the value of one (after `key: `, in a flow list `[erp, |]` or a block list item `- |` under the key),
// or nowhere Rapport helps (the body, a comment, a nested mapping, a block scalar). Read from the lines,
// so that it holds while the YAML is half typed.
import { commentStart, keyLineOf, keysWritten, textSpan, trimEnd, yamlLinesAt, type YamlLine } from './yamlLines';

/** Offsets `[start, end)` in the note's text that a completion replaces; the cursor lies within. */
export interface Replaced {
  readonly start: number;
  readonly end: number;
}

export interface KeySpot extends Replaced {
  readonly kind: 'key';
  /** A `:` already follows the key being typed: only the key is inserted. */
  readonly colonFollows: boolean;
  /** Top-level keys written on the other lines. */
  readonly written: ReadonlySet<string>;
}

/** How a value is written where the cursor is: its own scalar, an item of `[…]`, or a `- ` item. */
export type ValueContext = 'scalar' | 'flow' | 'block';

export interface ValueSpot extends Replaced {
  readonly kind: 'value';
  readonly key: string;
  readonly context: ValueContext;
  /** The value is typed inside quotes: it is inserted escaped for them, without quotes of its own. */
  readonly quote?: '"' | "'";
  /** The cursor is right after `key:`: a space must come before the value. */
  readonly needsSpace: boolean;
  /** The other items of the list the value goes into, as written (quotes off): not offered again. */
  readonly siblings: readonly string[];
}

export type CompletionSpot = KeySpot | ValueSpot;

export function completionSpotAt(text: string, offset: number): CompletionSpot | undefined {
  const found = yamlLinesAt(text, offset);
  if (!found) return undefined;
  const { lines, at, column } = found;
  const line = lines[at];
  const item = /^([ \t]*)-(?:[ \t]|$)/.exec(line.text);
  if (item) return column >= item[0].length && /[ \t]$/.test(item[0]) ? blockItemSpot(lines, at, column, item[0].length) : undefined;
  const keyLine = keyLineOf(line.text);
  if (keyLine && column > keyLine.colon) return valueSpot(line, keyLine.key, keyLine.colon, column);
  return keySpot(lines, at, column);
}

// A key is typed at the start of a line, letter by letter: `sta|`, `sta|tus: x`, or nothing yet.
function keySpot(lines: readonly YamlLine[], at: number, column: number): KeySpot | undefined {
  const line = lines[at];
  const before = line.text.slice(0, column);
  if (!/^(?:[A-Za-z_][\w.-]*)?$/.test(before)) return undefined;
  const wordEnd = column + /^[\w.-]*/.exec(line.text.slice(column))![0].length;
  const rest = line.text.slice(wordEnd);
  const colonFollows = /^[ \t]*:/.test(rest);
  // Anything else on the line (`- erp`, `# a note`, `name` before text) is no key being typed.
  if (!colonFollows && rest.trim() !== '') return undefined;
  return { kind: 'key', start: line.start, end: line.start + wordEnd, colonFollows, written: keysWritten(lines, at) };
}

function valueSpot(line: YamlLine, key: string, colon: number, column: number): ValueSpot | undefined {
  const text = line.text;
  if (column > commentStart(text, colon + 1)) return undefined;
  const span = textSpan(text, colon + 1);
  const value = text.slice(span.start, span.end);
  if (value.startsWith('[')) return flowItemSpot(line, key, span.start, column);
  // Block scalars, mappings, anchors, aliases and tags are written by hand.
  if (/^[|>{&*!]/.test(value)) return undefined;
  // The cursor may stand before the value (`status:| active`): the value is replaced from there.
  const start = Math.min(span.start, column);
  const needsSpace = start === colon + 1;
  return { kind: 'value', key, context: 'scalar', ...quoted(line, start, Math.max(span.end, column), column), needsSpace, siblings: [] };
}

// `tags: [erp, str|]`: the item between the `[` or `,` before the cursor and the `,` or `]` after it.
function flowItemSpot(line: YamlLine, key: string, open: number, column: number): ValueSpot | undefined {
  const items = flowItems(line.text, open + 1);
  if (column <= open || (items.close !== -1 && column > items.close)) return undefined;
  const current = items.spans.findIndex((s) => column >= s.from && column <= s.to);
  if (current === -1) return undefined;
  const { from, to } = items.spans[current];
  const span = textSpan(line.text.slice(0, to), from);
  const siblings = items.spans.filter((_, i) => i !== current).map((s) => unquote(line.text.slice(s.from, s.to).trim())).filter(Boolean);
  return { kind: 'value', key, context: 'flow', ...quoted(line, Math.min(span.start, column), Math.max(span.end, column), column), needsSpace: false, siblings };
}

/** The items of a flow list on one line: the columns between its separators, and the `]` that closes it (-1 when not yet typed). */
function flowItems(text: string, from: number): { spans: { from: number; to: number }[]; close: number } {
  const spans: { from: number; to: number }[] = [];
  let start = from;
  let quote = '';
  const end = commentStart(text, from);
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ',' || c === ']') {
      spans.push({ from: start, to: i });
      if (c === ']') return { spans, close: i };
      start = i + 1;
    }
  }
  spans.push({ from: start, to: trimEnd(text, start, end) });
  return { spans, close: -1 };
}

// `- |` under a `tags:` with no value of its own: the item is a value of that key.
function blockItemSpot(lines: readonly YamlLine[], at: number, column: number, itemStart: number): ValueSpot | undefined {
  let parent = at - 1;
  while (parent >= 0 && isListLine(lines[parent].text)) parent--;
  const keyLine = parent >= 0 ? keyLineOf(lines[parent].text) : undefined;
  if (!keyLine) return undefined;
  const parentText = lines[parent].text;
  const own = textSpan(parentText, keyLine.colon + 1);
  if (own.end > own.start) return undefined;
  const line = lines[at];
  const span = textSpan(line.text, itemStart);
  if (column > commentStart(line.text, itemStart)) return undefined;
  const siblings: string[] = [];
  for (let i = parent + 1; i < lines.length && isListLine(lines[i].text); i++) {
    const item = /^[ \t]*-[ \t]+(.*)$/.exec(lines[i].text);
    if (i !== at && item) siblings.push(unquote(item[1].slice(0, commentStart(item[1], 0)).trim()));
  }
  return {
    kind: 'value', key: keyLine.key, context: 'block', ...quoted(line, Math.min(span.start, column), Math.max(span.end, column), column),
    needsSpace: false, siblings: siblings.filter(Boolean),
  };
}

/** A line inside a block list: an item, a blank line or a comment. */
function isListLine(text: string): boolean {
  return /^[ \t]*(?:-(?:[ \t]|$)|#|$)/.test(text);
}

/** The replaced columns, inside the quotes when the value is typed in quotes (the quotes stay as typed). */
function quoted(line: YamlLine, start: number, end: number, column: number): Replaced & { quote?: '"' | "'" } {
  const q = line.text[start];
  if ((q === '"' || q === "'") && column > start) {
    const closed = end - 1 > start && line.text[end - 1] === q;
    return { start: line.start + start + 1, end: line.start + Math.max(column, closed ? end - 1 : end), quote: q };
  }
  return { start: line.start + start, end: line.start + end };
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
