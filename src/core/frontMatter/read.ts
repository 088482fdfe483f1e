// Reads a note's front matter with js-yaml, so that nothing in a note can ever run: only a block our own
// fence finder (block.ts) takes for YAML is read, with js-yaml's CORE schema (no custom tags, no
// `!!js/function`, and no timestamps either: dates stay text so that we read them as local days
// ourselves). gray-matter did this before; it added a third to the cost of reading and nothing we used.
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
    data = parseYaml(yaml);
  } catch (error) {
    return yamlFailure(error, fence.contentLine);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail({ id: 'front-matter-not-a-mapping' }, fence.contentLine, 0);
  }
  return { ok: true, value: { data: data as Record<string, unknown>, bodyStart: fence.blockEnd, yamlLine: fence.contentLine, yaml } };
}

/** js-yaml's error as a problem; `firstLine` is the line of the file js-yaml's line 0 is. */
function yamlFailure(error: unknown, firstLine: number): FrontMatterResult {
  if (error instanceof RangeError) {
    // js-yaml recurses per nesting level: thousands of `[` exhaust the stack before any value is read.
    return fail({ id: 'front-matter-too-deep' }, firstLine, 0);
  }
  const e = error as { reason?: string; message?: string; mark?: { line: number; column: number } };
  const reason = e.reason ?? String(e.message ?? error).split('\n')[0];
  const line = firstLine + (e.mark?.line ?? 0);
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
