// A front matter key one slip away from a key Rapport reads (`cadance`, `last_contact`, `Status`): its
// value is ignored, so the editor hints at the key that was meant. A hint, not a problem: the note is
// a good note, and an unknown key of the leader's own (`amount`, `date`) must never look like a fault.
import type { KeyLines } from '../frontMatter/keyPlace';
import type { MisspeltKey } from '../model';
import { detach } from '../reading/noteBody';
import { KNOWN_KEYS, knownKey } from './frontMatterKeys';
import { spellingDistance } from './spelling';

/**
 * The known key that `key` was likely meant to be: it differs only in case, in `-` or a space for `_`,
 * in a plural `s` (`tag`, `owners`), or by one slip (two in a key of eight letters or more, where two
 * slips still leave it unmistakable). A key under four letters is no slip otherwise (`id`, `cc`: too
 * many short words are one slip from `name` or `role`), nor one that two known keys are equally near.
 */
export function meantKey(key: string): string | undefined {
  if (knownKey(key)) return undefined;
  const typed = key.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (OTHER_NOTES_KEYS.has(typed)) return undefined;
  let best: { key: string; score: number } | undefined;
  let tie = false;
  for (const { key: known } of KNOWN_KEYS) {
    const score = slips(typed, known);
    if (score === undefined || (best && score > best.score)) continue;
    tie = best?.score === score;
    if (!tie) best = { key: known, score };
  }
  return tie ? undefined : best?.key;
}

// What Rapport reads in a meeting note (`date:`, `customers:`) is meant as written, never a slip for `dates`.
const OTHER_NOTES_KEYS = new Set(['date', 'customers']);

function slips(typed: string, known: string): number | undefined {
  if (typed === known) return 0;
  if (typed.length >= 3 && (typed + 's' === known || typed + 'es' === known || known + 's' === typed)) return 1;
  if (typed.length < 4) return undefined;
  const allowed = known.length >= 8 ? 2 : 1;
  const distance = spellingDistance(typed, known, allowed);
  return distance <= allowed ? distance : undefined;
}

/** The misspelt keys among a note's top-level keys, each where it is written. */
export function misspeltKeys(keys: readonly string[], lines: KeyLines): MisspeltKey[] {
  const found: MisspeltKey[] = [];
  for (const key of keys) {
    const meant = meantKey(key);
    const span = meant && lines.spanOf(key);
    if (span) found.push({ key: detach(key), meant: meant!, ...span });
  }
  return found;
}
