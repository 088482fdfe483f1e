// Removing one top-level pair from the front matter, the third minimal edit beside setting a value and
// renaming a key: in a block mapping the pair's whole line(s) go (a multi-line value's too, a comment
// on its last line too); in a flow mapping `, key: value` goes. Everything else stays byte for byte,
// CRLF included, and the result is read back like every other edit.
import { isMap, isScalar, type Document, type Node, type Pair, type YAMLMap } from './lazyYaml';
import { declaresYaml, findFrontMatter } from './block';
import { parseBlock, readerRefusal } from './edit';
import { readsBackAsMeant, type Data } from './readBack';
import { refusalAt, type EditResult } from '../editing/editResult';
import type { FrontMatterEditMessage, TextEdit } from '../model';

/**
 * Removes top-level `key`. When it is written twice (the reader then refuses the whole note) the later
 * pair goes, which mends the note; three or more are left to the leader, since one removal would not.
 */
export function removeFrontMatterKey(text: string, key: string): EditResult {
  const plan = planRemoval(text, key);
  if (!plan.ok) return readerRefusal(text) ?? plan;
  const { edit, doc, duplicated } = plan;
  // A duplicate's removal leaves the earlier value: the editor's parse without the later pair says what
  // the note must read as. A single key's removal leaves the rest as it was.
  const expected = duplicated ? (before: Data) => [before] : (before: Data) => [without(before, key)];
  return readsBackAsMeant(text, edit, duplicated ? withoutLaterPair(doc, key) : doc, expected, { id: 'remove-changes-others', key });
}

type Removal = { ok: true; edit: TextEdit; doc: Document; duplicated: boolean } | (EditResult & { ok: false });

function planRemoval(text: string, key: string): Removal {
  const fence = findFrontMatter(text);
  const missing: FrontMatterEditMessage = { id: 'no-such-key', key };
  if (fence.kind !== 'block' || !declaresYaml(fence.language)) return refusalAt(text, 0, missing);
  const parsed = parseBlock(text, fence, true);
  if (!parsed.ok) return parsed;
  const { doc, yaml } = parsed;
  const base = fence.contentStart;
  const map = doc.contents;
  if (!isMap(map)) return refusalAt(text, base, missing);
  const indexes = indexesOf(map, key);
  if (indexes.length === 0) return refusalAt(text, base, missing);
  const index = indexes[indexes.length - 1];
  const keyStart = base + ((map.items[index].key as Node).range?.[0] ?? 0);
  if (indexes.length > 2) return refusalAt(text, keyStart, { id: 'duplicate-key', key });
  const range = map.flow ? flowPairRange(map, index) : blockPairLines(yaml, map.items[index]);
  if (!range) return refusalAt(text, keyStart, { id: 'remove-changes-others', key });
  return { ok: true, edit: { start: base + range.start, end: base + range.end, text: '' }, doc, duplicated: indexes.length === 2 };
}

function indexesOf(map: YAMLMap, key: string): number[] {
  const found: number[] = [];
  map.items.forEach((pair, i) => {
    if (isScalar(pair.key) && String(pair.key.value) === key) found.push(i);
  });
  return found;
}

/** From the start of the key's line to the end of the value's last line; undefined when the key does not start its line. */
function blockPairLines(yaml: string, pair: Pair): { start: number; end: number } | undefined {
  const [keyStart, keyEnd] = (pair.key as Node).range ?? [0, 0];
  const start = yaml.lastIndexOf('\n', keyStart - 1) + 1;
  if (!/^[ \t]*$/.test(yaml.slice(start, keyStart))) return undefined;
  // A block value's range ends after its last line break; a plain one's at its last character, then
  // maybe a comment: the line goes to its end.
  const valueEnd = (pair.value as Node | null)?.range?.[1] ?? keyEnd;
  if (yaml[valueEnd - 1] === '\n') return { start, end: valueEnd };
  const lineEnd = yaml.indexOf('\n', valueEnd);
  return { start, end: lineEnd === -1 ? yaml.length : lineEnd + 1 };
}

/** `, key: value` after the previous pair, or for the first pair `key: value, ` up to the next one. */
function flowPairRange(map: YAMLMap, index: number): { start: number; end: number } | undefined {
  const end = (p: Pair) => (p.value as Node | null)?.range?.[1] ?? (p.key as Node).range?.[1];
  const start = (p: Pair) => (p.key as Node).range?.[0];
  const pair = map.items[index];
  const from = index > 0 ? end(map.items[index - 1]) : start(pair);
  const to = index > 0 || map.items.length === 1 ? end(pair) : start(map.items[1]);
  return from === undefined || to === undefined ? undefined : { start: from, end: to };
}

/** The editor's parse as it stands once the later of two pairs of `key` is gone. */
function withoutLaterPair(doc: Document, key: string): Document {
  const rest = doc.clone();
  const map = rest.contents as YAMLMap;
  const indexes = indexesOf(map, key);
  map.items.splice(indexes[indexes.length - 1], 1);
  return rest;
}

function without(data: Data, key: string): Data {
  const rest: Record<string, unknown> = { ...data };
  delete rest[key];
  return rest;
}
