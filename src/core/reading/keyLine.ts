// The line a top-level front matter key is written on, for placing a problem with its value. Finding it
// for certain takes a parse of the YAML into a Document (KeyLines), several times what reading the
// values costs, so it is read from the text instead whenever the text leaves no doubt; only front
// matter that could hide or disguise a key waits for the parse, done when the line is first asked for.
import { KeyLines } from '../frontMatter/keyPlace';
import type { FrontMatter } from '../frontMatter/read';
import { detach } from './kept';

/**
 * KeyLines' line of `key`, a key the front matter holds: a number when the text says it for certain,
 * else a function that parses the YAML when first called (keeping a copy of the YAML, not the note).
 */
export function keyLineOf(fm: FrontMatter, key: string): number | (() => number) {
  const line = plainKeyLine(fm.yaml, key);
  return line === undefined ? lazyLineOf(fm, key) : fm.yamlLine + line;
}

/** The line of `key`, found when first asked; until then it keeps a copy of the YAML, not a view into the note's text. */
export function lazyLineOf(fm: FrontMatter, key: string): () => number {
  const yaml = detach(fm.yaml);
  const firstLine = fm.yamlLine;
  let line: number | undefined;
  return () => (line ??= new KeyLines(yaml, firstLine).lineOf(key));
}

/**
 * The line of a key the YAML holds, when its text is written exactly once, at the start of a line and
 * followed by a colon, in YAML plain enough that both parsers read it alike: then no other form can
 * name the key, and the key's one appearance is the key itself. Every key's name is in the text as
 * written, except through an escape (`\`), which can spell it otherwise, or an alias (`*`), which
 * repeats another node; a line break YAML sees but a line count does not (a lone CR) would shift the
 * line; and a scalar or flow collection going on over lines can hide a line that looks like a key, and
 * is where the parsers part (KeyLines' parser refuses what js-yaml reads). Undefined when in doubt.
 */
function plainKeyLine(yaml: string, key: string): number | undefined {
  const at = yaml.indexOf(key);
  if (at === -1 || yaml.indexOf(key, at + 1) !== -1 || (at > 0 && yaml.charCodeAt(at - 1) !== 0x0a)) return undefined;
  if (yaml.includes('\\') || yaml.includes('*') || hasLoneCr(yaml)) return undefined;
  let line = 0;
  let keyLine = -1;
  for (let start = 0; start < yaml.length; line++) {
    let end = yaml.indexOf('\n', start);
    if (end === -1) end = yaml.length;
    if (start === at) keyLine = line;
    if (!isPlainLine(yaml, start, end > start && yaml.charCodeAt(end - 1) === 0x0d ? end - 1 : end)) return undefined;
    start = end + 1;
  }
  return keyLine;
}

function hasLoneCr(yaml: string): boolean {
  for (let i = yaml.indexOf('\r'); i !== -1; i = yaml.indexOf('\r', i + 1)) if (yaml.charCodeAt(i + 1) !== 0x0a) return true;
  return false;
}

/**
 * A line that is complete in itself: blank, a comment, or (indented or not, after any `- `) a plain key,
 * a colon and a value that ends on the line, or such a value alone (a list item, a block scalar's text).
 */
function isPlainLine(yaml: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && yaml.charCodeAt(i) === 0x20) i++;
  if (i === end || yaml.charCodeAt(i) === 0x23) return true;
  // A tab where indentation is: the parsers disagree on it.
  if (yaml.charCodeAt(i) === 0x09) return false;
  for (;;) {
    if (yaml.charCodeAt(i) === 0x2d && (i + 1 === end || isSpace(yaml.charCodeAt(i + 1)))) {
      i = skipSpaces(yaml, i + 1, end);
      if (i === end) return true;
      continue;
    }
    const colon = plainKeyEnd(yaml, i, end);
    if (colon === -1) break;
    i = skipSpaces(yaml, colon + 1, end);
    if (i === end) return true;
  }
  return isPlainValue(yaml, i, end);
}

/** Where the colon after a plain key (letters, digits, `_`, `-`, `.`) starting at `i` is; -1 when there is none. */
function plainKeyEnd(yaml: string, i: number, end: number): number {
  let k = i;
  while (k < end && isKeyChar(yaml.charCodeAt(k))) k++;
  if (k === i) return -1;
  const colon = skipSpaces(yaml, k, end);
  return colon < end && yaml.charCodeAt(colon) === 0x3a && (colon + 1 === end || isSpace(yaml.charCodeAt(colon + 1))) ? colon : -1;
}

/** A value that ends on its line: quoted and closed, a flow collection closed, a block scalar's header, or plain text without `: `. */
function isPlainValue(yaml: string, i: number, end: number): boolean {
  const c = yaml.charCodeAt(i);
  let rest: number;
  if (c === 0x22 || c === 0x27) rest = closingQuote(yaml, i, end);
  else if (c === 0x5b || c === 0x7b) rest = closingBracket(yaml, i, end);
  else if (c === 0x7c || c === 0x3e) rest = i + 1;
  else if (isIndicator(c)) return false;
  else {
    // Plain: to the end, or to a comment; quotes inside are text. `a: b: c` is where the parsers part.
    for (let k = i; k < end; k++) {
      const d = yaml.charCodeAt(k);
      if (d === 0x23 && isSpace(yaml.charCodeAt(k - 1))) return true;
      if (d === 0x3a && (k + 1 === end || isSpace(yaml.charCodeAt(k + 1)))) return false;
    }
    return true;
  }
  if (rest === -1) return false;
  // After a closed value (or a block scalar's `|`/`>`): its indicators, blanks, a comment.
  for (let k = rest; k < end; k++) {
    const d = yaml.charCodeAt(k);
    if (d === 0x23 && isSpace(yaml.charCodeAt(k - 1))) return true;
    if (!isSpace(d) && !((c === 0x7c || c === 0x3e) && (d === 0x2d || d === 0x2b || (d >= 0x31 && d <= 0x39)))) return false;
  }
  return true;
}

/** Just after the quote that closes the one at `i` (`''` is a quote inside single quotes); -1 when it stays open. */
function closingQuote(yaml: string, i: number, end: number): number {
  const quote = yaml.charCodeAt(i);
  for (let k = i + 1; k < end; k++) {
    if (yaml.charCodeAt(k) !== quote) continue;
    if (quote === 0x27 && yaml.charCodeAt(k + 1) === 0x27 && k + 1 < end) k++;
    else return k + 1;
  }
  return -1;
}

/** Just after the bracket that closes the flow collection at `i`, quoted scalars in it skipped; -1 when it stays open. */
function closingBracket(yaml: string, i: number, end: number): number {
  let depth = 0;
  let scalarStart = true;
  for (let k = i; k < end; k++) {
    const c = yaml.charCodeAt(k);
    if ((c === 0x22 || c === 0x27) && scalarStart) {
      k = closingQuote(yaml, k, end) - 1;
      if (k < 0) return -1;
      scalarStart = false;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      scalarStart = true;
    } else if (c === 0x5d || c === 0x7d) {
      if (--depth === 0) return k + 1;
      scalarStart = false;
    } else if (c === 0x2c || c === 0x3a) scalarStart = true;
    else if (c === 0x23 && isSpace(yaml.charCodeAt(k - 1))) return -1;
    else if (!isSpace(c)) scalarStart = false;
  }
  return -1;
}

function skipSpaces(yaml: string, i: number, end: number): number {
  while (i < end && isSpace(yaml.charCodeAt(i))) i++;
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isKeyChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x2d || c === 0x2e;
}

/** What may start a YAML node other than a plain scalar, quotes, brackets and block scalars: anchors, tags, directives, reserved characters, `?`, `:`, `,`, `-`, `]`, `}`. */
function isIndicator(c: number): boolean {
  return c === 0x26 || c === 0x21 || c === 0x25 || c === 0x40 || c === 0x60 || c === 0x3f || c === 0x3a || c === 0x2c || c === 0x2d || c === 0x5d || c === 0x7d;
}
