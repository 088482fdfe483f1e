// The values other customer notes already use for a key, most used first: a leader who writes the same
// owner or tag the same way keeps the tree's groups whole. Accounts are offered by what names them alone.
import type { CustomerNote } from '../model';
import { foldName } from '../names';

export interface UsedValue {
  /** As first written (values that differ only by case or accents are one value). */
  readonly value: string;
  /** How many notes use it. */
  readonly uses: number;
}

/** Keys whose values the notes carry as read: one text, or a list of them. */
const READ: Record<string, (note: CustomerNote) => readonly (string | undefined)[]> = {
  organization: (note) => [note.organization],
  owner: (note) => [note.owner],
  segment: (note) => [note.segment],
  role: (note) => [note.role],
  tags: (note) => note.tags,
};

export function usedValues(key: string, notes: readonly CustomerNote[]): UsedValue[] {
  const read = READ[key];
  if (!read) return [];
  const found = new Map<string, { value: string; uses: number }>();
  for (const note of notes) {
    // A note that lists a tag twice uses it once.
    const inNote = new Set<string>();
    for (const value of read(note)) {
      const fold = value === undefined ? '' : foldName(value);
      if (fold === '' || inNote.has(fold)) continue;
      inNote.add(fold);
      const seen = found.get(fold);
      if (seen) seen.uses++;
      else found.set(fold, { value: value!.trim(), uses: 1 });
    }
  }
  return [...found.entries()].sort(([a, x], [b, y]) => y.uses - x.uses || byText(a, b)).map(([, v]) => v);
}

export interface UsedAccount {
  /** What `account:` names it by, as links are matched (its file name, where that names it alone). */
  readonly value: string;
  readonly name: string;
  /** How many people name it as their account. */
  readonly people: number;
}

/** The notes that are accounts (people name them), most people first: every `account:` in use names one of them. */
export function usedAccounts(notes: readonly CustomerNote[], peopleOf: (id: string) => number, targetOf: (note: CustomerNote) => string | undefined): UsedAccount[] {
  const accounts: UsedAccount[] = [];
  for (const note of notes) {
    const people = peopleOf(note.id);
    const value = people > 0 ? targetOf(note) : undefined;
    if (value !== undefined) accounts.push({ value, name: note.name, people });
  }
  return accounts.sort((a, b) => b.people - a.people || byText(foldName(a.name), foldName(b.name)));
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
