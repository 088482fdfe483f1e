// Character tests on one line of a longer text, given as offsets: a line-by-line pass decides with these
// which lines it needs to cut out at all (most prose lines it does not).

/**
 * Past the end of any string V8 makes (2^29 characters), and still a small integer: with Infinity, the
 * offsets compared with it would be floating-point numbers, and the code comparing them slower.
 */
export const NOWHERE = 2 ** 30;

/**
 * Where `needle` next occurs in `text`, searched forward only when the pass has gone past the last
 * occurrence found: asking of every line whether it holds the needle costs one scan of the text in all.
 */
export class Ahead {
  private at = -1;

  constructor(private readonly text: string, private readonly needle: string) {}

  /** A search for `needle` from `from` on; undefined when it never occurs there, so none is needed. */
  static of(text: string, needle: string, from: number): Ahead | undefined {
    const found = text.indexOf(needle, from);
    if (found === -1) return undefined;
    const ahead = new Ahead(text, needle);
    ahead.at = found;
    return ahead;
  }

  /** Where the needle next occurs at or after `from` (NOWHERE when it does not); asked with `from` never decreasing. */
  next(from: number): number {
    if (this.at < from) {
      const found = this.text.indexOf(this.needle, from);
      this.at = found === -1 ? NOWHERE : found;
    }
    return this.at;
  }

  /** Whether the needle occurs in `[start, end)`; asked with `start` never decreasing. */
  within(start: number, end: number): boolean {
    return this.next(start) + this.needle.length <= end;
  }
}

/** The first offset in `[i, end)` that is not a space or tab; `end` when there is none. */
export function skipBlanks(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) break;
    i++;
  }
  return i;
}

/** Whether `text.slice(start, end).trim()` would leave anything, without cutting it out. */
export function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isTrimmed(text.charCodeAt(i))) return true;
  return false;
}

/** The characters `String.prototype.trim` removes: white space and line terminators. */
export function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
