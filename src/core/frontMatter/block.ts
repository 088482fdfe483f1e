// Locates the front matter block of a note without interpreting it. Reader and editor share this, so
// they always agree on where the YAML is and which fence language was declared.

export interface FrontMatterBlock {
  /** 1 when the text starts with a byte order mark (U+FEFF), else 0. */
  readonly bomLength: number;
  /** The word after the opening `---` (`js`, `yaml`, `json` ...), lower-cased; '' when there is none. */
  readonly language: string;
  /** Offset where the YAML text starts (just after the opening fence line and its line break). */
  readonly contentStart: number;
  /** Offset where the YAML text ends (the start of the closing fence line). */
  readonly contentEnd: number;
  /** Offset just after the closing fence line, including its line break when there is one. */
  readonly blockEnd: number;
  /** Zero-based line of the first YAML line. */
  readonly contentLine: number;
  /** The line break used by the opening fence: the note's own style for lines we add. */
  readonly eol: '\n' | '\r\n';
}

export type FenceResult =
  | { readonly kind: 'none'; readonly bomLength: number; readonly eol: '\n' | '\r\n' }
  | { readonly kind: 'unclosed'; readonly bomLength: number; readonly language: string }
  | ({ readonly kind: 'block' } & FrontMatterBlock);

// An opening fence is `---` at the very start, optionally followed by a language word, then spaces.
// `----` (a Markdown rule) is not a fence: gray-matter agrees.
const OPENING = /^---(?!-)[ \t]*([A-Za-z0-9_+-]*)[ \t]*(\r?\n|$)/;
// A closing fence is a line that is exactly `---`, trailing spaces allowed (gray-matter agrees).
const CLOSING = /^---[ \t]*(\r?\n|$)/gm;

export function findFrontMatter(text: string): FenceResult {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = detectEol(text);
  const open = OPENING.exec(text.slice(bomLength, bomLength + 200));
  if (!open) return { kind: 'none', bomLength, eol };
  const language = open[1].toLowerCase();
  const contentStart = bomLength + open[0].length;
  if (open[2] === '') return { kind: 'unclosed', bomLength, language };
  CLOSING.lastIndex = contentStart;
  // An empty block (`---` directly followed by `---`) is legal: the first candidate may sit at contentStart.
  const close = CLOSING.exec(text);
  if (!close) return { kind: 'unclosed', bomLength, language };
  return {
    kind: 'block',
    bomLength,
    language,
    contentStart,
    contentEnd: close.index,
    blockEnd: close.index + close[0].length,
    contentLine: 1,
    eol: open[2] === '\r\n' ? '\r\n' : '\n',
  };
}

const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

/** Whether a fence declares YAML (no word counts as YAML): the only front matter Rapport reads or writes. */
export function declaresYaml(language: string): boolean {
  return YAML_LANGUAGES.has(language);
}

/** The note's dominant line break, judged from its first one; '\n' for a one-line or empty note. */
export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/** Zero-based line and column of an offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart };
}
