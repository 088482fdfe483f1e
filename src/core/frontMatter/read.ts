// Reads a note's front matter with gray-matter, configured so that nothing in a note can ever run:
// only YAML is accepted, parsed with js-yaml's CORE schema (no custom tags, no `!!js/function`,
// and no timestamps either: dates stay text so that we read them as local days ourselves).
import matter = require('gray-matter');
import * as jsYaml from 'js-yaml';
import { declaresYaml, findFrontMatter } from './block';
import { type FrontMatterReadMessage, type NoteProblem } from '../model';

export interface FrontMatter {
  readonly data: Readonly<Record<string, unknown>>;
  /** Offset of the Markdown body (after the closing fence), 0 when there is no front matter. */
  readonly bodyStart: number;
  /** Zero-based line of the first YAML line (so key lines can be placed in the whole file). */
  readonly yamlLine: number;
  /** The raw YAML text, for locating keys. */
  readonly yaml: string;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problem: NoteProblem };

const refuse = (language: string) => () => {
  throw new Error(`front matter in "${language}" is never evaluated; Rapport reads YAML only`);
};

// Every engine gray-matter knows (and their aliases) is replaced: unknown names already throw.
const GRAY_MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: { parse: parseYaml, stringify: refuse('yaml') },
    json: { parse: refuse('json') },
    javascript: { parse: refuse('javascript') },
    js: { parse: refuse('js') },
    coffee: { parse: refuse('coffee') },
    coffeescript: { parse: refuse('coffeescript') },
    cson: { parse: refuse('cson') },
    toml: { parse: refuse('toml') },
  },
} as unknown as Parameters<typeof matter>[1];

function parseYaml(text: string): object {
  return (jsYaml.safeLoad(text, { schema: jsYaml.CORE_SCHEMA, json: false }) ?? {}) as object;
}

export function readFrontMatter(text: string): FrontMatterResult {
  const fence = findFrontMatter(text);
  if (fence.kind === 'none') {
    return { ok: true, value: { data: {}, bodyStart: fence.bomLength, yamlLine: 0, yaml: '' } };
  }
  if (!declaresYaml(fence.language)) {
    return fail({ id: 'front-matter-not-yaml', language: fence.language }, 0, 3);
  }
  if (fence.kind === 'unclosed') {
    return fail({ id: 'front-matter-unclosed' }, 0, 0);
  }
  const yaml = text.slice(fence.contentStart, fence.contentEnd);
  // Both YAML parsers recurse per level and would exhaust the stack (slowly) on thousands of `[`.
  const deep = tooDeeplyNested(yaml);
  if (deep) return fail({ id: 'front-matter-too-deep' }, fence.contentLine + deep.line, deep.column);
  let data: unknown;
  try {
    // gray-matter sees only the block, so it and our fence finder always agree on where it ends.
    data = matter(text.slice(fence.bomLength, fence.blockEnd), GRAY_MATTER_OPTIONS).data;
  } catch (error) {
    // gray-matter hands js-yaml the text from just after the opening `---`, so js-yaml's line 0 is the
    // fence line itself (not the first YAML line).
    return yamlFailure(error, fence.contentLine - 1);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail({ id: 'front-matter-not-a-mapping' }, fence.contentLine, 0);
  }
  return { ok: true, value: { data: data as Record<string, unknown>, bodyStart: fence.blockEnd, yamlLine: fence.contentLine, yaml } };
}

function yamlFailure(error: unknown, fenceLine: number): FrontMatterResult {
  if (error instanceof RangeError) {
    // js-yaml recurses per nesting level: thousands of `[` exhaust the stack before any value is read.
    return fail({ id: 'front-matter-too-deep' }, fenceLine + 1, 0);
  }
  const e = error as { reason?: string; message?: string; mark?: { line: number; column: number } };
  const reason = e.reason ?? String(e.message ?? error).split('\n')[0];
  const line = fenceLine + (e.mark?.line ?? 1);
  // js-yaml's reason without its line: the problem is placed at its line, and reads the same in the tree and any refusal.
  // Its column of a duplicated key whose value spans lines is negative (it counts back from the value's end).
  return fail({ id: 'yaml-invalid', reason }, line, Math.max(0, e.mark?.column ?? 0));
}

function fail(message: FrontMatterReadMessage, line: number, column: number): FrontMatterResult {
  return { ok: false, problem: { message, line, column, severity: 'error', code: 'unreadable' } };
}

/** No customer note nests lists or mappings this deep; a note that does is refused before parsing. */
export const MAX_FLOW_NESTING = 100;

/** Where `[`/`{` nesting first gets deeper than MAX_FLOW_NESTING (line within the YAML, column of the line's first opener). */
export function tooDeeplyNested(yaml: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_NESTING) {
        let first = lineStart;
        while (first < i && yaml[first] !== '[' && yaml[first] !== '{') first++;
        return { line, column: first - lineStart };
      }
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return undefined;
}
