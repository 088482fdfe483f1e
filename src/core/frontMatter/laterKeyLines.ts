// Where keys sit in a note's front matter, found only when first asked: placing a key parses the YAML
// again with `yaml`'s Document (several times gray-matter's cost), which a valid note never needs. Until
// then a copy of the YAML is kept. The note carries this object, so that a copy of the note made
// elsewhere (the index cache) places its keys the same way, from the same YAML, when asked.
import { KeyLines } from './keyPlace';

export class LaterKeyLines {
  private found: Record<string, number> | undefined;

  /** `yaml` must not be a view into the note's text (see `detach`), or it keeps the whole text alive. */
  constructor(readonly yaml: string, readonly firstLine: number) {}

  /** Zero-based line of `key` in the whole file (the block's first line when it is not there). */
  lineOf(key: string): number {
    const found = (this.found ??= Object.create(null) as Record<string, number>);
    return (found[key] ??= new KeyLines(this.yaml, this.firstLine).lineOf(key));
  }
}

const KEY_LINES = Symbol('key lines');

/** `note`, carrying the key lines it answers from; not enumerable, so no spread, comparison or JSON sees it. */
export function withKeyLines<T extends object>(note: T, lines: LaterKeyLines | undefined): T {
  if (lines) Object.defineProperty(note, KEY_LINES, { value: lines });
  return note;
}

/** The key lines a note answers from, when it places keys later. */
export function keyLinesOf(note: object): LaterKeyLines | undefined {
  return (note as { [KEY_LINES]?: LaterKeyLines })[KEY_LINES];
}
