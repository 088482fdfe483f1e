// The values completion offers for a known key: every status, common cadences with the days they mean,
// today and yesterday for a date (the leader's local day, handed in: core never reads the clock), and
// for owners, segments, tags and accounts what the other notes of the workspace folder already use.
import { STATUSES, type CustomerNote, type LocalDate } from '../model';
import { foldName } from '../names';
import { plainOrQuoted, yamlString } from '../frontMatter/scalar';
import { parseCadence } from '../reading/cadence';
import { addDays, formatDate } from '../time/dates';
import type { ValueSpot } from './completionSpot';
import type { KnownKey } from './frontMatterKeys';
import { usedAccounts, usedValues } from './usedValues';

/** What a value is, for the words shown beside it. */
export type ValueAbout =
  | { readonly kind: 'status' }
  | { readonly kind: 'cadence'; readonly days: number }
  | { readonly kind: 'date'; readonly day: 'today' | 'yesterday' }
  | { readonly kind: 'used'; readonly uses: number }
  | { readonly kind: 'account'; readonly name: string; readonly people: number };

export interface ValueOffer {
  /** The value as the leader reads it. */
  readonly value: string;
  /** What is written at the spot: spelled for YAML (or escaped inside the quotes typed), after a space when one is missing. */
  readonly insert: string;
  readonly about: ValueAbout;
}

/** What the workspace folder's other customer notes offer; asked only for a key that uses it. */
export interface WorkspaceValues {
  /** The other customer notes of the note's workspace folder (the note itself left out). */
  readonly others: readonly CustomerNote[];
  /** How many people name a note as their account. */
  readonly peopleOf: (id: string) => number;
  /** What `account:` names a note by, as links are matched from this note; undefined when nothing names it alone. */
  readonly accountTarget: (note: CustomerNote) => string | undefined;
}

/** The cadences a leader picks most, in the order of their length: weeks and months, then plain days. */
export const COMMON_CADENCES: readonly string[] = ['1w', '2w', '1m', '3m', '7', '14', '30'];

/** Enough for any team's owners or tags; the parsers that check each spelling are not run for thousands. */
const MAX_USED = 100;

type Offered = { readonly value: string; readonly about: ValueAbout; readonly name?: boolean };

export function valueOffers(key: KnownKey, spot: ValueSpot, today: LocalDate, workspace: () => WorkspaceValues): ValueOffer[] {
  const taken = new Set(spot.siblings.map(foldName));
  return offered(key, today, workspace)
    .filter((o) => !taken.has(foldName(o.value)))
    .map((o) => ({ value: o.value, insert: spelled(o, spot), about: o.about }));
}

function offered(key: KnownKey, today: LocalDate, workspace: () => WorkspaceValues): Offered[] {
  switch (key.value) {
    case 'status':
      return STATUSES.map((value) => ({ value, about: { kind: 'status' } }));
    case 'cadence':
      return COMMON_CADENCES.map((value) => {
        const read = parseCadence(value);
        return { value, about: { kind: 'cadence', days: read.ok ? read.days : 0 } };
      });
    case 'date':
      return [
        { value: formatDate(today), about: { kind: 'date', day: 'today' } },
        { value: formatDate(addDays(today, -1)), about: { kind: 'date', day: 'yesterday' } },
      ];
    default:
      if (!key.offersUsedValues) return [];
      if (key.value === 'account') {
        const { others, peopleOf, accountTarget } = workspace();
        return usedAccounts(others, peopleOf, accountTarget).slice(0, MAX_USED).map((a) => ({ value: a.value, about: { kind: 'account', name: a.name, people: a.people }, name: true }));
      }
      return usedValues(key.key, workspace().others).slice(0, MAX_USED).map((u) => ({ value: u.value, about: { kind: 'used', uses: u.uses }, name: true }));
  }
}

// A name must read back as that very text in every YAML reader (`yes`, `1:20`, `a, b` in a list);
// Rapport's own values read back as they are meant (`14` a number of days, a date as a date).
function spelled(offer: Offered, spot: ValueSpot): string {
  const { value } = offer;
  const text = spot.quote === '"' ? value.replace(/[\\"]/g, '\\$&')
    : spot.quote === "'" ? value.replace(/'/g, "''")
    : offer.name ? nameSpelled(value) : plainOrQuoted(value).text;
  return spot.needsSpace ? ` ${text}` : text;
}

// Checking a spelling runs three YAML readers; the same owners and tags are offered on every request.
const SPELLED_NAMES = new Map<string, string>();
const MAX_SPELLED = 2000;

function nameSpelled(value: string): string {
  let text = SPELLED_NAMES.get(value);
  if (text === undefined) {
    if (SPELLED_NAMES.size >= MAX_SPELLED) SPELLED_NAMES.clear();
    SPELLED_NAMES.set(value, (text = yamlString(value)));
  }
  return text;
}
