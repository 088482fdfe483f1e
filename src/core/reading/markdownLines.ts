// The two Markdown facts every line scan needs, shared so the parser and the editor agree: whether a
// line is code (inside a ``` or ~~~ block, or the fence itself) and whether it is a heading.

// Linear on any line: the trailing `[ \t#]*` is stripped by a backwards pass, not by a lazy `(.*?)` that
// would backtrack quadratically on a long run of spaces or `#` (a 1 MB heading line took minutes).
const HEADING = /^(#{1,6})[ \t]+(.*)$/;
const FENCE = /^[ \t]{0,3}(```|~~~)/;

export interface Heading {
  readonly level: number;
  /** The heading's text without trailing spaces and closing `#`s. */
  readonly content: string;
}

export function headingOf(line: string): Heading | undefined {
  const m = HEADING.exec(line);
  return m ? { level: m[1].length, content: stripClosingHashes(m[2]) } : undefined;
}

function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '#')) end--;
  return text.slice(0, end);
}

/** Tracks fenced code blocks line by line: only the marker that opened a block closes it. */
export class CodeFence {
  private open: string | undefined;

  /** True when `line` is a fence or lies inside a code block: it is code, not Markdown structure. */
  isCode(line: string): boolean {
    const marker = FENCE.exec(line);
    if (!marker) return this.open !== undefined;
    this.open = this.open === undefined ? marker[1] : this.open === marker[1] ? undefined : this.open;
    return true;
  }
}
