// The smallest replacement inside the YAML text that gives one top-level pair a new value: the user's
// quotes kept when they can hold it, an empty value filled where it would start, anything else (a
// block scalar, a collection, an alias, a tagged value) replaced by the plain value on the key's line.
import { isScalar } from './lazyYaml';
import type { KeyPlace } from './keyPlace';
import type { TextEdit } from '../model';
import { escapeDouble, escapeSingle } from './scalar';

/** Offsets in the YAML text; `written` is `value` as plainOrQuoted spells it. */
export function valueReplacement(yaml: string, place: KeyPlace, value: string, written: string): TextEdit {
  const { afterColon: colon, value: node } = place;
  const simple = isScalar(node) && !node.tag;
  if (simple && node.range && node.range[0] < node.range[1]) {
    const [start, end] = node.range;
    // Keep the user's quotes when they can hold the value; the quotes themselves are not touched.
    if (node.type === 'QUOTE_DOUBLE') return { start: start + 1, end: end - 1, text: escapeDouble(value) };
    const single = node.type === 'QUOTE_SINGLE' ? escapeSingle(value) : undefined;
    if (single !== undefined) return { start: start + 1, end: end - 1, text: single };
    if (node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE') return { start, end, text: written };
  }
  if (!node || (simple && node.range![0] === node.range![1])) {
    // `key:` with nothing after it but maybe an anchor or a comment: write where the value would start,
    // with one space after `key:` and one before a `#`.
    const at = node ? node.range![0] : colon;
    const space = yaml[at - 1] === ' ' || yaml[at - 1] === '\t' ? '' : ' ';
    return { start: at, end: at, text: `${space}${written}${yaml[at] === '#' ? ' ' : ''}` };
  }
  // A block scalar, a collection, an alias or a tagged value: replace the whole node (and its props)
  // with the plain value on the key's line, but never swallow a comment that sits before it.
  const nodeStart = node.range![0];
  const end = nodeStart + yaml.slice(nodeStart, node.range![1]).trimEnd().length;
  const gap = yaml.slice(colon, nodeStart);
  if (gap.includes('#')) return { start: nodeStart, end, text: written };
  const sameLine = !/[\r\n]/.test(gap);
  const start = sameLine ? colon + gap.length - gap.trimStart().length : colon;
  return { start, end, text: sameLine && start > colon ? written : ` ${written}` };
}
