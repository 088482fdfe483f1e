// Whether an event's title names a customer: its name or an alias as whole words (`Riverside Plant
// sync` names Riverside Plant; `Finances` does not name Finance), case- and accent-insensitive as links
// are (names.ts).
import { foldName } from '../names';

const WORD = /[\p{L}\p{N}]/u;

/** Folded once per customer: the import tests every title against every name. */
export function foldedNames(names: readonly string[]): { readonly name: string; readonly folded: string }[] {
  return names
    .map((name) => ({ name, folded: foldName(name) }))
    // A one-letter alias would match every `a`; longest first, so the fullest name is the one reported.
    .filter((n) => n.folded.length >= 2)
    .sort((a, b) => b.folded.length - a.folded.length);
}

/** The first of the names the folded title holds as whole words. */
export function nameInTitle(foldedTitle: string, names: readonly { readonly name: string; readonly folded: string }[]): string | undefined {
  for (const { name, folded } of names) if (holdsWords(foldedTitle, folded)) return name;
  return undefined;
}

function holdsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + words.length] ?? '';
    // A name that starts or ends with punctuation (`Acme, Inc.`) needs no boundary on that side.
    const open = !WORD.test(words[0]) || !WORD.test(before);
    const close = !WORD.test(words[words.length - 1]) || !WORD.test(after);
    if (open && close) return true;
  }
  return false;
}
