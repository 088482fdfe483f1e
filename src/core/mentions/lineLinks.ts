// The links written on one line of Markdown, with the column and length of each as written: wiki links
// (`[[acme]]`, `[[acme#Call|Acme]]`, `![[acme]]`) and inline links (`[Acme](../customers/acme.md)`).
// Code spans are code, not links: they are blanked first. Every scan is linear on any line: a hostile
// 1 MB line of `[[[[`, of spaces or of `[a](b "` costs one pass, not one pass per bracket.
import { nameTarget } from '../reading/wikiTarget';
import { detach } from '../reading/kept';

export interface LineLink {
  /** `name`: a wiki link's target (see nameTarget). `path`: an inline link's destination as written. */
  readonly kind: 'name' | 'path';
  readonly target: string;
  readonly column: number;
  readonly length: number;
}

// No `[` or `]` inside, so each attempt stops at the next bracket: linear on `[[[[…`.
const WIKI_LINK = /!?\[\[([^[\]]*)\]\]/g;
// What follows an inline link's `](`: the destination (`<…>`, or a run with balanced parentheses, never a
// bracket), an optional title, `)`. A bracket ends every destination and each title form stops at its own
// quote, so the attempts on one line scan stretches that do not overlap. The destination must start with
// a non-space, so the leading spaces and what follows never compete for the same characters.
const DESTINATION = /\([ \t]*(?:<([^<>[\]]*)>|((?:[^\s()<>[\]]|\([^\s()<>[\]]*\))+))(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*\)/y;

/** The links of one line (without its line break, HTML comments already blanked), left to right. */
export function linksOfLine(line: string): LineLink[] {
  const text = line.includes('`') ? blankCodeSpans(line) : line;
  const links: LineLink[] = [];
  if (text.includes('[[')) {
    WIKI_LINK.lastIndex = 0;
    for (let m = WIKI_LINK.exec(text); m; m = WIKI_LINK.exec(text)) {
      const target = targetOf(m[1]);
      if (target) links.push({ kind: 'name', target, column: m.index, length: m[0].length });
    }
  }
  if (!text.includes('](')) return links;
  const inline: LineLink[] = [];
  inlineLinks(text, inline);
  return links.length && inline.length ? byColumn(links, inline) : links.length ? links : inline;
}

// The same customers are linked from note after note: each way of writing a target is read once, and
// every link to it shares one string. Bounded, so a workspace of a million distinct links cannot grow it.
const MAX_TARGETS = 2048;
const targets = new Map<string, string | null>();

function targetOf(inner: string): string | undefined {
  let target = targets.get(inner);
  if (target === undefined) {
    target = nameTarget(inner) ?? null;
    if (targets.size >= MAX_TARGETS) targets.clear();
    targets.set(detach(inner), target);
  }
  return target ?? undefined;
}

/** Two lists of links, each left to right, merged into one. */
function byColumn(a: readonly LineLink[], b: readonly LineLink[]): LineLink[] {
  const out: LineLink[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i].column < b[j].column ? a[i++] : b[j++]);
  return out.concat(a.slice(i), b.slice(j));
}

function inlineLinks(text: string, links: LineLink[]): void {
  // Where the link texts still open start: the `]` before `(` closes the innermost one.
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) opens.push(i);
    else if (c === 0x5d && opens.length) {
      const open = opens.pop()!;
      if (text.charCodeAt(i + 1) !== 0x28) continue;
      DESTINATION.lastIndex = i + 1;
      const m = DESTINATION.exec(text);
      if (!m) continue;
      // An image (`![chart](chart.md)`) shows a file; it does not link to it.
      if (text.charCodeAt(open - 1) !== 0x21) {
        links.push({ kind: 'path', target: m[1] ?? m[2], column: open, length: DESTINATION.lastIndex - open });
      }
      // A link holds no other link: brackets still open before it can no longer make one.
      opens.length = 0;
      i = DESTINATION.lastIndex - 1;
    }
  }
}

/**
 * The line with its code spans (`` `[[acme]]` ``, ``` ``a ` b`` ```) turned into spaces, columns kept. As in
 * CommonMark, a run of n backticks opens a span that only the next run of exactly n closes; a run with no
 * such closer is literal. Each run knows the next run of its length, found in one pass from the right.
 */
function blankCodeSpans(line: string): string {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = line.indexOf('`'); i !== -1; i = line.indexOf('`', i)) {
    starts.push(i);
    while (line.charCodeAt(i) === 0x60) i++;
    ends.push(i);
  }
  const nextSame: number[] = new Array(starts.length);
  const lastOfLength = new Map<number, number>();
  for (let run = starts.length - 1; run >= 0; run--) {
    const length = ends[run] - starts[run];
    nextSame[run] = lastOfLength.get(length) ?? -1;
    lastOfLength.set(length, run);
  }
  let out = '';
  let copied = 0;
  for (let run = 0; run < starts.length;) {
    const closer = nextSame[run];
    if (closer === -1) {
      run++;
      continue;
    }
    out += line.slice(copied, starts[run]) + ' '.repeat(ends[closer] - starts[run]);
    copied = ends[closer];
    run = closer + 1;
  }
  return copied ? out + line.slice(copied) : line;
}
