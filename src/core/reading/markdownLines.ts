// The Markdown facts every line scan needs, shared so the parser and the editor agree: whether a line
// is code (inside a ``` or ~~~ block, or the fence itself), whether it is a heading, and whether it is
// a task item.

// Linear on any line: the trailing `[ \t#]*` is stripped by a backwards pass, not by a lazy `(.*?)` that
// would backtrack quadratically on a long run of spaces or `#` (a 1 MB heading line took minutes).
const HEADING = /^(#{1,6})[ \t]+(.*)$/;
const FENCE = /^[ \t]{0,3}(```|~~~)/;
// A GFM task item: bullet, space, `[ ]`/`[x]`/`[X]`, then the end of the line or a space and its text.
// One space, not `[ \t]+(.*)`: two adjacent runs backtrack quadratically when a long run of spaces is
// followed by a character `.` does not match (`\r`, U+2028).
const TASK = /^([ \t]*[-*+][ \t]+\[)([ xX])\](?:[ \t](.*))?$/;

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

export interface TaskLine {
  /** The character between the brackets: ' ', 'x' or 'X'. */
  readonly mark: string;
  /** Where that character sits in the line. */
  readonly markOffset: number;
  /** What follows the checkbox and its space, untrimmed; '' when nothing does. */
  readonly text: string;
}

/** The task item on a line (given without its line break), any indentation, `-`, `*` or `+`. */
export function taskOf(line: string): TaskLine | undefined {
  const m = TASK.exec(line);
  return m ? { mark: m[2], markOffset: m[1].length, text: m[3] ?? '' } : undefined;
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
