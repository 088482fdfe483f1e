// How a value is spelled in YAML when Rapport writes it: plain when that is unambiguous, quoted
// otherwise. "Unambiguous" is checked with both parsers that matter: `yaml` (used to edit) and js-yaml
// (used by gray-matter to read), so the note reads back as exactly what was written.
import * as jsYaml from 'js-yaml';
import { isMap, isScalar, parseDocument } from 'yaml';

/** A scalar spelled for YAML, and the data it reads back as. */
export interface WrittenScalar {
  readonly text: string;
  readonly data: unknown;
}

/**
 * `value` plain when it reads back as itself (a word, a date `2026-11-29`, an integer `14`, `true`),
 * else double-quoted. Numbers and booleans stay plain so that `cadence: 14` remains a number.
 */
export function plainOrQuoted(value: string): WrittenScalar {
  const data = readsBackPlain(value);
  return data === undefined ? { text: doubleQuoted(value), data: value } : { text: value, data };
}

/** The data a plain `value` means, or undefined when it cannot be written plain without changing. */
function readsBackPlain(value: string): unknown {
  // Flow indicators are fine in block context but not inside `{...}`; quoting them is always safe.
  if (value === '' || /[,[\]{}\p{Cc}\u0085\u2028\u2029\ufeff]/u.test(value)) return undefined;
  const source = `k: ${value}\n`;
  const doc = parseDocument(source, { prettyErrors: false });
  if (doc.errors.length || doc.warnings.length || !isMap(doc.contents) || doc.contents.items.length !== 1) return undefined;
  const node = doc.contents.items[0].value;
  if (!isScalar(node) || node.tag || node.anchor || node.type !== 'PLAIN') return undefined;
  const data = node.value;
  const same = typeof data === 'string' ? data === value : (typeof data === 'number' || typeof data === 'boolean') && String(data) === value;
  if (!same) return undefined;
  // js-yaml 3 still knows YAML 1.1 spellings (`1_000`, `1:20`, `014` octal): both must agree.
  try {
    const read = jsYaml.safeLoad(source, { schema: jsYaml.CORE_SCHEMA }) as { k?: unknown } | undefined;
    return read?.k === data ? data : undefined;
  } catch {
    return undefined;
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

/** The inside of a double-quoted scalar: backslash escapes for quotes, backslashes and every control or line-break character. */
export function escapeDouble(value: string): string {
  // \p{Cs}: a lone surrogate cannot be written as UTF-8 at all; escaped, it survives.
  return value.replace(/[\\"\p{Cc}\p{Cs}\u0085\u2028\u2029\ufeff]/gu, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function doubleQuoted(value: string): string {
  return `"${escapeDouble(value)}"`;
}

/** The inside of a single-quoted scalar, or undefined when single quotes cannot hold it (they have no escapes). */
export function escapeSingle(value: string): string | undefined {
  // Line breaks fold inside quotes and control characters are not allowed at all.
  if (/[\p{Cc}\u0085\u2028\u2029\ufeff]/u.test(value.replace(/\t/g, ''))) return undefined;
  return value.replace(/'/g, "''");
}
