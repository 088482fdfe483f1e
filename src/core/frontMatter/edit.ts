// Minimal, format-preserving edits of a note's front matter: one value, or one key's name.
// Each function returns a single TextEdit (offsets in the whole text, BOM and fences included) so that
// everything outside the changed characters stays byte for byte: comments, quoting, key order, CRLF.
// The `yaml` package only parses here (it never runs code); custom tags stay inert text.
import { Alias, Document, isMap, isScalar, Node, Pair, parseDocument, visit } from 'yaml';
import { declaresYaml, findFrontMatter } from './block';
import { MAX_FLOW_NESTING, readFrontMatter, tooDeeplyNested } from './read';
import type { TextEdit } from '../model';
import { applyEdit, refusalAt, refusalOf, replacing, type EditResult } from '../editing/editResult';
import { escapeDouble, escapeSingle, plainOrQuoted } from './scalar';

/** Sets top-level `key` to `value` (written plain when unambiguous, else double-quoted); refuses broken front matter. */
export function setFrontMatterValue(text: string, key: string, value: string): EditResult {
  const result = computeEdit(text, key, value);
  if (!result.ok) return result;
  // Front matter the reader refuses (a custom tag such as `!!js/function`) is broken for writes too,
  // even where the `yaml` package alone accepts it: a note the tree marks broken is never written.
  const read = readFrontMatter(text);
  if (!read.ok) return refusalOf(read.problem);
  // Safety net: whatever the edit, the note must read back with only `key` changed, or nothing is written.
  return verify(text, result.edit, key, value);
}

function computeEdit(text: string, key: string, value: string): EditResult {
  const fence = findFrontMatter(text);
  const written = plainOrQuoted(value).text;
  if (fence.kind === 'none') {
    const { eol } = fence;
    return replacing(fence.bomLength, fence.bomLength, `---${eol}${plainOrQuoted(key).text}: ${written}${eol}---${eol}`);
  }
  if (!declaresYaml(fence.language)) {
    return refusalAt(text, fence.bomLength + 3, `Front matter declared as "${fence.language}" is never evaluated: Rapport writes YAML front matter only.`);
  }
  if (fence.kind === 'unclosed') return refusalAt(text, fence.bomLength, 'Front matter has no closing "---" line, so Rapport will not change it.');

  const base = fence.contentStart;
  const yamlText = text.slice(base, fence.contentEnd);
  const deep = tooDeeplyNested(yamlText);
  if (deep) return { ok: false, message: `Front matter is nested more than ${MAX_FLOW_NESTING} levels deep, so Rapport will not change it.`, line: fence.contentLine + deep.line, column: deep.column };
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const error = doc.errors[0];
    const duplicate = error.code === 'DUPLICATE_KEY' ? ` (key "${yamlText.slice(error.pos[0]).split(/:|\r?\n/)[0].trim()}")` : '';
    return refusalAt(text, base + error.pos[0], `Front matter is not valid YAML: ${error.message}${duplicate}.`);
  }
  const map = doc.contents;
  if (map === null) return appendKey(fence.contentEnd, yamlText, '', key, written, fence.eol);
  if (!isMap(map)) return refusalAt(text, base + (map.range?.[0] ?? 0), 'Front matter must be a mapping of keys to values (like "name: Acme").');

  const pairs = map.items.filter((p) => isScalar(p.key) && String(p.key.value) === key);
  if (pairs.length > 1) {
    return refusalAt(text, base + keyStart(pairs[1]), `The key "${key}" appears more than once in the front matter.`);
  }
  if (pairs.length === 0) {
    if (map.flow) return refusalAt(text, base + (map.range?.[0] ?? 0), `Front matter written as one {...} mapping: add "${key}" by hand.`);
    const first = keyStart(map.items[0]);
    const indent = first - (yamlText.lastIndexOf('\n', first - 1) + 1);
    return appendKey(fence.contentEnd, yamlText, ' '.repeat(indent), key, written, fence.eol);
  }
  const pair = pairs[0];
  const colon = yamlText.indexOf(':', (pair.key as Node).range![1]) + 1;
  const node = pair.value as Node | null;
  if (node && node.anchor && isAliased(doc, node.anchor)) {
    return refusalAt(text, base + node.range![0], `"${key}" is an anchor (&${node.anchor}) that other keys repeat; change it by hand.`);
  }
  const replace = replaceValue(yamlText, colon, node, value, written);
  return replacing(base + replace.start, base + replace.end, replace.text);
}

/** The smallest replacement inside the YAML text that gives the pair's value `value`. */
function replaceValue(yaml: string, colon: number, node: Node | null, value: string, written: string): TextEdit {
  const simple = isScalar(node) && !node.tag;
  if (simple && node.range && node.range[0] < node.range[1]) {
    const [start, end] = node.range;
    // Keep the user's quotes when they can hold the value; the quotes themselves are not touched.
    if (node.type === 'QUOTE_DOUBLE') return { start: start + 1, end: end - 1, text: escapeDouble(value) };
    const single = node.type === 'QUOTE_SINGLE' ? escapeSingle(value) : undefined;
    if (single !== undefined) return { start: start + 1, end: end - 1, text: single };
    if (node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE') return { start, end, text: written };
  }
  if (!node || (simple && node.range![0] === node.range![1])) {
    // `key:` with nothing after it but maybe an anchor or a comment: write where the value would start,
    // with one space after `key:` and one before a `#`.
    const at = node ? node.range![0] : colon;
    const space = yaml[at - 1] === ' ' || yaml[at - 1] === '\t' ? '' : ' ';
    return { start: at, end: at, text: `${space}${written}${yaml[at] === '#' ? ' ' : ''}` };
  }
  // A block scalar, a collection, an alias or a tagged value: replace the whole node (and its props)
  // with the plain value on the key's line, but never swallow a comment that sits before it.
  const nodeStart = node.range![0];
  const end = nodeStart + yaml.slice(nodeStart, node.range![1]).trimEnd().length;
  const gap = yaml.slice(colon, nodeStart);
  if (gap.includes('#')) return { start: nodeStart, end, text: written };
  const sameLine = !/[\r\n]/.test(gap);
  const start = sameLine ? colon + gap.length - gap.trimStart().length : colon;
  return { start, end, text: sameLine && start > colon ? written : ` ${written}` };
}

function appendKey(at: number, yaml: string, indent: string, key: string, written: string, eol: string): EditResult {
  const newline = yaml === '' || yaml.endsWith('\n') ? '' : eol;
  return replacing(at, at, `${newline}${indent}${plainOrQuoted(key).text}: ${written}${eol}`);
}

function keyStart(pair: Pair<unknown, unknown>): number {
  return (pair.key as Node).range?.[0] ?? 0;
}

function isAliased(doc: Document, anchor: string): boolean {
  let found = false;
  visit(doc, { Alias: (_k, alias: Alias) => { if (alias.source === anchor) { found = true; return visit.BREAK; } } });
  return found;
}

function verify(text: string, result: TextEdit, key: string, value: string): EditResult {
  const before = readData(text);
  const after = readData(applyEdit(text, result));
  // The new value reads back as text, or as its plain meaning (`14`) unless the user's quotes were kept.
  const read = (data: unknown) => before !== undefined && after !== undefined && sameData(after, { ...before, [key]: data });
  if (read(value) || read(plainOrQuoted(value).data)) return { ok: true, edit: result };
  return refusalAt(text, result.start, `Rapport could not change "${key}" without changing other front matter; edit it by hand.`);
}

/** The front matter as plain data, or undefined when it cannot be read. */
function readData(text: string): Record<string, unknown> | undefined {
  const fence = findFrontMatter(text);
  if (fence.kind === 'none') return {};
  if (fence.kind !== 'block') return undefined;
  const doc = parseDocument(text.slice(fence.contentStart, fence.contentEnd), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) return undefined;
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
    return typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // too many aliases to expand: not worth the risk
  }
}

function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData(ra[k], rb[k]));
}

/**
 * Renames top-level key `from` to `to`, keeping its value, comment and place: only the key's own text
 * changes. Refused when `to` is already there (the note would lose one of the two values).
 */
export function renameFrontMatterKey(text: string, from: string, to: string): EditResult {
  const read = readFrontMatter(text);
  if (!read.ok) return refusalOf(read.problem);
  const fence = findFrontMatter(text);
  if (fence.kind !== 'block') return refusalAt(text, 0, `The front matter has no "${from}".`);
  const doc = parseDocument(text.slice(fence.contentStart, fence.contentEnd), { prettyErrors: false, uniqueKeys: true });
  const map = doc.contents;
  if (doc.errors.length || !isMap(map)) return refusalAt(text, fence.contentStart, `The front matter has no "${from}".`);
  const keyed = (key: string) => map.items.filter((p) => isScalar(p.key) && String(p.key.value) === key);
  const [pair] = keyed(from);
  if (!pair) return refusalAt(text, fence.contentStart, `The front matter has no "${from}".`);
  if (keyed(to).length) return refusalAt(text, fence.contentStart + keyStart(keyed(to)[0]), `The front matter already has "${to}"; change it by hand.`);
  const [start, end] = (pair.key as Node).range!;
  const result: TextEdit = { start: fence.contentStart + start, end: fence.contentStart + end, text: plainOrQuoted(to).text };
  const before = readData(text);
  const after = readData(applyEdit(text, result));
  if (before && after) {
    const expected: Record<string, unknown> = { ...before, [to]: before[from] };
    delete expected[from];
    if (sameData(after, expected)) return { ok: true, edit: result };
  }
  return refusalAt(text, result.start, `Rapport could not rename "${from}" without changing other front matter; edit it by hand.`);
}
