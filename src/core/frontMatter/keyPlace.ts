// Where a top-level key sits in the front matter, answered from the `yaml` Document's own node ranges
// (never a search of the text): the editor replaces there, and the reader places its problems there.
import { isMap, isScalar, parseDocument, type Document, type Node, type Pair } from './lazyYaml';
import { positionAt } from './block';

/** The front matter's YAML text as a `yaml` Document. `yaml` only parses: custom tags stay inert text. */
export function parseYamlDocument(yaml: string): Document.Parsed {
  // Source tokens say where each `:` is, so nothing has to be searched for.
  return parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: true });
}

/** One top-level pair's place, as offsets in the YAML text. */
export interface KeyPlace {
  /** The key itself, its quotes included. */
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Just after the `:` that follows the key; the key's end when there is none (`{a}`). */
  readonly afterColon: number;
  /** The value's node; null when the pair has none at all. */
  readonly value: Node | null;
}

/** Where top-level `key` sits: a place per pair with that key, in order (two only when it is duplicated). */
export function placesOfKey(doc: Document, key: string): KeyPlace[] {
  const map = doc.contents;
  if (!isMap(map)) return [];
  return map.items.filter((pair) => isScalar(pair.key) && String(pair.key.value) === key).map(placeOf);
}

function placeOf(pair: Pair): KeyPlace {
  const [keyStart, keyEnd] = (pair.key as Node).range ?? [0, 0];
  const colon = pair.srcToken?.sep?.find((token) => token.type === 'map-value-ind');
  return { keyStart, keyEnd, afterColon: colon ? colon.offset + 1 : keyEnd, value: (pair.value as Node | null) ?? null };
}

/**
 * Lines of top-level keys in the whole file, for placing a problem. The YAML is parsed on the first
 * question only: a valid note never asks, so reading it costs what js-yaml costs.
 */
export class KeyLines {
  private doc: Document | undefined;

  constructor(private readonly yaml: string, private readonly firstLine: number) {}

  /** Zero-based line of `key` in the whole file; the block's first line when the key is not there. */
  lineOf(key: string): number {
    return this.spanOf(key)?.line ?? this.firstLine;
  }

  /** Where top-level `key` itself is written in the whole file (its quotes included), if it is there. */
  spanOf(key: string): { line: number; column: number; length: number } | undefined {
    this.doc ??= parseYamlDocument(this.yaml);
    const [place] = placesOfKey(this.doc, key);
    if (!place) return undefined;
    const { line, column } = positionAt(this.yaml, place.keyStart);
    return { line: this.firstLine + line, column, length: place.keyEnd - place.keyStart };
  }
}
