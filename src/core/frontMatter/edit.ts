// Minimal, format-preserving edits of a note's front matter: one value, or one key's name. Each returns
// a single TextEdit (offsets in the whole text, BOM and fences included) so that everything outside the
// changed characters stays byte for byte: comments, quoting, key order, CRLF. The YAML is parsed once,
// with `yaml` (it only parses: custom tags stay inert text); then the reader reads the result back.
import { isMap, isScalar, visit, type Alias, type Document, type Pair } from './lazyYaml';
import { declaresYaml, findFrontMatter, type FrontMatterBlock } from './block';
import { parseYamlDocument, placesOfKey } from './keyPlace';
import { MAX_FLOW_NESTING, readFrontMatter, tooDeeplyNested } from './read';
import { readsBackAsMeant, type Data } from './readBack';
import { plainOrQuoted } from './scalar';
import { valueReplacement } from './valueReplacement';
import { refusalAt, refusalOf, type EditResult } from '../editing/editResult';
import { type FrontMatterEditMessage, type TextEdit, type YamlInvalid } from '../model';

/** An edit worked out from the editor's parse, not yet read back; `doc` is undefined when there was no front matter. */
type Planned = { ok: true; edit: TextEdit; doc?: Document } | (EditResult & { ok: false });

/** Sets top-level `key` to `value` (written plain when unambiguous, else double-quoted); refuses broken front matter. */
export function setFrontMatterValue(text: string, key: string, value: string): EditResult {
  const written = plainOrQuoted(value);
  const planned = planValue(text, key, value, written.text);
  if (!planned.ok) return planned;
  // The new value reads back as text, or as its plain meaning (`14`) unless the user's quotes were kept.
  const expected = (before: Data) => [{ ...before, [key]: value }, { ...before, [key]: written.data }];
  return readsBackAsMeant(text, planned.edit, planned.doc, expected, { id: 'set-changes-others', key });
}

function planValue(text: string, key: string, value: string, written: string): Planned {
  const fence = findFrontMatter(text);
  if (fence.kind === 'none') {
    const { eol } = fence;
    return planned(fence.bomLength, fence.bomLength, `---${eol}${plainOrQuoted(key).text}: ${written}${eol}---${eol}`);
  }
  if (!declaresYaml(fence.language)) {
    return refusalAt(text, fence.bomLength + 3, { id: 'edit-not-yaml', language: fence.language });
  }
  if (fence.kind === 'unclosed') return refusalAt(text, fence.bomLength, { id: 'edit-unclosed' });
  const parsed = parseBlock(text, fence);
  if (!parsed.ok) return parsed;
  const { doc, yaml } = parsed;
  const base = fence.contentStart;
  const map = doc.contents;
  if (map === null) return appendKey(doc, fence, yaml, '', key, written);
  if (!isMap(map)) return refusalAt(text, base + (map.range?.[0] ?? 0), { id: 'front-matter-not-a-mapping' });

  const places = placesOfKey(doc, key);
  if (places.length > 1) return refusalAt(text, base + places[1].keyStart, { id: 'duplicate-key', key });
  if (places.length === 0) {
    if (map.flow) return refusalAt(text, base + (map.range?.[0] ?? 0), { id: 'flow-mapping', key });
    return appendKey(doc, fence, yaml, ' '.repeat(map.srcToken?.indent ?? 0), key, written);
  }
  const [place] = places;
  const anchor = place.value?.anchor;
  if (anchor && isAliased(doc, anchor)) {
    return refusalAt(text, base + place.value!.range![0], { id: 'aliased-anchor', key, anchor });
  }
  const replace = valueReplacement(yaml, place, value, written);
  return planned(base + replace.start, base + replace.end, replace.text, doc);
}

/**
 * Renames top-level key `from` to `to`, keeping its value, comment and place: only the key's own text
 * changes. Refused when `to` is already there (the note would lose one of the two values).
 */
export function renameFrontMatterKey(text: string, from: string, to: string): EditResult {
  const planned = planRename(text, from, to);
  // A refusal gives the reader's reason first, as the tree shows it, when the reader refuses the note.
  if (!planned.ok) return readerRefusal(text) ?? planned;
  const expected = (before: Data) => {
    const renamed: Record<string, unknown> = { ...before, [to]: before[from] };
    delete renamed[from];
    return [renamed];
  };
  return readsBackAsMeant(text, planned.edit, planned.doc, expected, { id: 'rename-changes-others', key: from });
}

function planRename(text: string, from: string, to: string): Planned {
  const fence = findFrontMatter(text);
  const missing: FrontMatterEditMessage = { id: 'no-such-key', key: from };
  if (fence.kind !== 'block' || !declaresYaml(fence.language)) return refusalAt(text, 0, missing);
  const parsed = parseBlock(text, fence);
  const base = fence.contentStart;
  if (!parsed.ok || !isMap(parsed.doc.contents)) return refusalAt(text, base, missing);
  const { doc } = parsed;
  const [place] = placesOfKey(doc, from);
  if (!place) return refusalAt(text, base, missing);
  const [taken] = placesOfKey(doc, to);
  if (taken) return refusalAt(text, base + taken.keyStart, { id: 'key-taken', key: to });
  return planned(base + place.keyStart, base + place.keyEnd, plainOrQuoted(to).text, doc);
}

/**
 * The block's YAML parsed once with `yaml`, or a refusal where it cannot be. `allowDuplicates`: a
 * duplicated key is no refusal (the edit that removes one is how such a note is mended).
 */
export function parseBlock(text: string, fence: FrontMatterBlock, allowDuplicates = false): { ok: true; doc: Document.Parsed; yaml: string } | (EditResult & { ok: false }) {
  const yaml = text.slice(fence.contentStart, fence.contentEnd);
  // `yaml` recurses per level and would exhaust the stack (slowly) on thousands of `[`.
  const deep = tooDeeplyNested(yaml);
  if (deep) return { ok: false, message: { id: 'edit-too-deep', levels: MAX_FLOW_NESTING }, line: fence.contentLine + deep.line, column: deep.column };
  const doc = parseYamlDocument(yaml);
  const [error] = doc.errors.filter((e) => !(allowDuplicates && e.code === 'DUPLICATE_KEY'));
  if (!error) return { ok: true, doc, yaml };
  const duplicate = error.code === 'DUPLICATE_KEY' ? keyAt(doc, error.pos[0]) : undefined;
  const invalid: YamlInvalid = duplicate ? { id: 'yaml-invalid', reason: error.message, key: duplicate } : { id: 'yaml-invalid', reason: error.message };
  return refusalAt(text, fence.contentStart + error.pos[0], invalid);
}

/** The name of the key whose node starts at `offset`, at any depth. */
function keyAt(doc: Document, offset: number): string | undefined {
  let name: string | undefined;
  visit(doc, {
    Pair: (_k, pair: Pair) => {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      name = String(pair.key.value);
      return visit.BREAK;
    },
  });
  return name;
}

function appendKey(doc: Document, fence: FrontMatterBlock, yaml: string, indent: string, key: string, written: string): Planned {
  const newline = yaml === '' || yaml.endsWith('\n') ? '' : fence.eol;
  return planned(fence.contentEnd, fence.contentEnd, `${newline}${indent}${plainOrQuoted(key).text}: ${written}${fence.eol}`, doc);
}

function isAliased(doc: Document, anchor: string): boolean {
  let found = false;
  visit(doc, { Alias: (_k, alias: Alias) => { if (alias.source === anchor) { found = true; return visit.BREAK; } } });
  return found;
}

export function readerRefusal(text: string): (EditResult & { ok: false }) | undefined {
  const read = readFrontMatter(text);
  return read.ok ? undefined : refusalOf(read.problem);
}

function planned(start: number, end: number, text: string, doc?: Document): Planned {
  return { ok: true, edit: { start, end, text }, doc };
}
