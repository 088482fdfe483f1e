// How a value is spelled in YAML when Rapport writes it, the one rule for every value it writes (the
// front matter editor and a new customer note alike): plain when that is unambiguous, double-quoted
// otherwise. "Unambiguous" is checked with the parsers that read the note: `yaml` (used to edit) and
// js-yaml (which reads the notes); a name is also checked with the YAML 1.1 readers other tools use.
import * as jsYaml from 'js-yaml';
import { isMap, isScalar, parseDocument } from './lazyYaml';

/** A scalar spelled for YAML, and the data it reads back as. */
export interface WrittenScalar {
  readonly text: string;
  readonly data: unknown;
}

/**
 * What a written value must read back as. `value`: itself or its plain meaning in Rapport's own parsers,
 * so that `cadence: 14` stays a number and `last_contacted: 2026-11-29` a plain date. `text`: exactly
 * this string in every common YAML reader, 1.1 (`yes`, `on`, dates) as much as 1.2: for a name.
 */
export type ReadBack = 'value' | 'text';

/** `value` plain when it reads back as `readBack` asks (a word, a date, `14`, `true`), else double-quoted. */
export function plainOrQuoted(value: string, readBack: ReadBack = 'value'): WrittenScalar {
  const plain = readsBackPlain(value, readBack);
  return plain ? { text: value, data: plain.data } : { text: doubleQuoted(value), data: value };
}

/** `value` spelled so that every YAML reader reads back exactly this string: a customer's name. */
export function yamlString(value: string): string {
  return plainOrQuoted(value, 'text').text;
}

type Reader = (source: string) => unknown;

const readWithJsYamlCore: Reader = (source) => jsYaml.safeLoad(source, { schema: jsYaml.CORE_SCHEMA });
const readers: Record<ReadBack, readonly Reader[]> = {
  // js-yaml 3 still knows YAML 1.1 spellings (`1_000`, `1:20`, `014` octal): it must agree with `yaml`.
  value: [readWithJsYamlCore],
  // The readers of other tools: js-yaml with dates, and YAML 1.1 (`yes`, `on`, `y` are booleans there).
  text: [readWithJsYamlCore, (source) => jsYaml.safeLoad(source), (source) => parseDocument(source, { version: '1.1' }).toJS()],
};

/** The data a plain `value` means when every reader agrees on it, or undefined when it must be quoted. */
function readsBackPlain(value: string, readBack: ReadBack): { data: unknown } | undefined {
  // Flow indicators are fine in block context but not inside `{...}`; a plain quote or backslash would
  // look like quoting or an escape to a person. Quoting them is always safe.
  if (value === '' || /[,[\]{}"\\\p{Cc}\u0085\u2028\u2029\ufeff]/u.test(value)) return undefined;
  const source = `k: ${value}\n`;
  const doc = parseDocument(source, { prettyErrors: false });
  if (doc.errors.length || doc.warnings.length || !isMap(doc.contents) || doc.contents.items.length !== 1) return undefined;
  const node = doc.contents.items[0].value;
  if (!isScalar(node) || node.tag || node.anchor || node.type !== 'PLAIN') return undefined;
  const data = node.value;
  const meaning = readBack === 'value' && (typeof data === 'number' || typeof data === 'boolean') && String(data) === value;
  if (data !== value && !meaning) return undefined;
  try {
    return readers[readBack].every((read) => (read(source) as { k?: unknown } | undefined)?.k === data) ? { data } : undefined;
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

function doubleQuoted(value: string): string {
  return `"${escapeDouble(value)}"`;
}

/** The inside of a single-quoted scalar, or undefined when single quotes cannot hold it (they have no escapes). */
export function escapeSingle(value: string): string | undefined {
  // Line breaks fold inside quotes and control characters are not allowed at all.
  if (/[\p{Cc}\u0085\u2028\u2029\ufeff]/u.test(value.replace(/\t/g, ''))) return undefined;
  return value.replace(/'/g, "''");
}
