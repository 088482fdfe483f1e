// Fixes that move, remove or rename a key rather than change a value: a future `last_contacted`, the
// later of two pairs of one key, a key one slip from a known one.
import { isMap, isScalar } from '../frontMatter/lazyYaml';
import { findFrontMatter, positionAt } from '../frontMatter/block';
import { renameFrontMatterKey } from '../frontMatter/edit';
import { parseYamlDocument } from '../frontMatter/keyPlace';
import { tooDeeplyNested } from '../frontMatter/read';
import { removeFrontMatterKey } from '../frontMatter/removeKey';
import { compareDates } from '../time/dates';
import type { CustomerNote, MisspeltKey } from '../model';
import type { QuickFix } from './quickFix';

/**
 * A future `last_contacted` is a planned contact: renamed to `next_contact`. When `next_contact` is
 * already there, the note holds two plans: on the same day the repeat is removed; on another day no
 * fix is offered, since only the leader knows which plan holds (nor is `last_contacted` set to today:
 * that would claim a contact that did not happen).
 */
export function futureDateFixes(text: string, note: CustomerNote): QuickFix[] {
  const date = note.lastContacted;
  if (!date) return [];
  if (note.nextContact && compareDates(note.nextContact, date) === 0) {
    const removal = removeFrontMatterKey(text, 'last_contacted');
    return removal.ok ? [{ title: { id: 'remove-repeated-plan', date }, edit: removal.edit, preferred: true }] : [];
  }
  const rename = renameFrontMatterKey(text, 'last_contacted', 'next_contact');
  return rename.ok ? [{ title: { id: 'move-to-next-contact' }, edit: rename.edit, preferred: true }] : [];
}

/** The later pair of the first top-level key written twice; a key nested deeper is left to the leader. */
export function duplicateKeyFixes(text: string): QuickFix[] {
  const key = duplicatedKey(text);
  const removal = key === undefined ? undefined : removeFrontMatterKey(text, key);
  if (!removal?.ok) return [];
  const line = positionAt(text, removal.edit.start).line + 1;
  return [{ title: { id: 'remove-later-duplicate', key: key!, line }, edit: removal.edit, preferred: true }];
}

function duplicatedKey(text: string): string | undefined {
  const fence = findFrontMatter(text);
  if (fence.kind !== 'block') return undefined;
  const yaml = text.slice(fence.contentStart, fence.contentEnd);
  // Thousands of `[` would exhaust the parser's stack; such a note has its own reason.
  if (tooDeeplyNested(yaml)) return undefined;
  const map = parseYamlDocument(yaml).contents;
  if (!isMap(map)) return undefined;
  const seen = new Set<string>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}

/** The key renamed to the one meant; none when that key is already there (one of two values would go). */
export function misspeltKeyFixes(text: string, misspelt: MisspeltKey): QuickFix[] {
  const rename = renameFrontMatterKey(text, misspelt.key, misspelt.meant);
  return rename.ok ? [{ title: { id: 'rename-key', from: misspelt.key, to: misspelt.meant }, edit: rename.edit, preferred: true }] : [];
}
