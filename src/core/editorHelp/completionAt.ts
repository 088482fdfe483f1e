// What completion offers at an offset of a customer note: the known keys not written yet at the start of
// a front matter line, a known key's values in its value; nothing in the body or anywhere else.
import type { LocalDate } from '../model';
import { completionSpotAt, type Replaced } from './completionSpot';
import { KNOWN_KEYS, knownKey, type KnownKey } from './frontMatterKeys';
import { valueOffers, type ValueOffer, type WorkspaceValues } from './valueOffers';

export type FrontMatterCompletion =
  | (Replaced & { readonly kind: 'keys'; readonly keys: readonly KnownKey[]; readonly colonFollows: boolean })
  | (Replaced & { readonly kind: 'values'; readonly key: KnownKey; readonly values: readonly ValueOffer[] });

/** `text` may be the note's beginning only, as long as it holds the whole front matter. */
export function completionAt(text: string, offset: number, today: LocalDate, workspace: () => WorkspaceValues): FrontMatterCompletion | undefined {
  const spot = completionSpotAt(text, offset);
  if (!spot) return undefined;
  const { start, end } = spot;
  if (spot.kind === 'key') {
    const keys = KNOWN_KEYS.filter((k) => !spot.written.has(k.key));
    return keys.length ? { kind: 'keys', start, end, keys, colonFollows: spot.colonFollows } : undefined;
  }
  const key = knownKey(spot.key);
  const values = key ? valueOffers(key, spot, today, workspace) : [];
  return key && values.length ? { kind: 'values', start, end, key, values } : undefined;
}
