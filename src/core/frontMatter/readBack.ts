// The safety net of every front matter edit: once edited, the note must read (with the reader the tree
// uses) as the edit meant, every other key unchanged, or nothing is written.
import type { Document } from './lazyYaml';
import { readFrontMatter } from './read';
import { type FrontMatterEditMessage, type TextEdit } from '../model';
import { applyEdit, refusalAt, refusalOf, type EditResult } from '../editing/editResult';

export type Data = Readonly<Record<string, unknown>>;

/**
 * `edit` when the edited note reads as one of `expected(before)`, else a refusal saying `message`.
 * `doc` is the editor's own parse of the YAML (undefined when the note has none): its data stands
 * for the note before the edit, so on the common path the reader reads the edited note only.
 */
export function readsBackAsMeant(text: string, edit: TextEdit, doc: Document | undefined, expected: (before: Data) => readonly Data[], message: FrontMatterEditMessage): EditResult {
  const editors = editorsReading(doc);
  const after = editors === 'too many aliases' ? undefined : readFrontMatter(applyEdit(text, edit));
  const meant = (before: Data) => after?.ok === true && expected(before).some((data) => sameData(after.value.data, data));
  if (typeof editors === 'object' && meant(editors)) return { ok: true, edit };
  // Off the common path: the reader refuses the note, `yaml` met a tag it cannot resolve (the reader
  // refuses those), or the two parsers read another value differently (`014`, `10:30`). The reader then
  // reads the note as it is, so a refusal gives the tree's reason and it is compared with itself.
  const before = readFrontMatter(text);
  if (!before.ok) return refusalOf(before.problem);
  if (meant(before.value.data)) return { ok: true, edit };
  return refusalAt(text, edit.start, message);
}

/** `yaml`'s data for the note before the edit, or why it cannot stand for the reader's. */
function editorsReading(doc: Document | undefined): Data | 'unresolved tag' | 'too many aliases' {
  if (!doc) return {};
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    return 'too many aliases'; // an expansion that large is not worth the risk of comparing
  }
  if (doc.warnings.length) return 'unresolved tag';
  return data as Data;
}

function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData(ra[k], rb[k]));
}
