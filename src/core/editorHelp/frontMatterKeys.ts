// Every front matter key Rapport reads in a customer note, with the kind of value it takes and an example.
// Completion offers them, a hover explains them, and a key one slip away from one of them is reported
// as a likely typo. What each key means is worded in the vscode layer (words/keyWords.ts).

/** The kind of value a key takes: it decides which values completion offers and what a hover says. */
export type KeyValueKind = 'text' | 'list' | 'date' | 'cadence' | 'status' | 'time-goal' | 'account' | 'mapping';

export interface KnownKey {
  readonly key: string;
  readonly value: KeyValueKind;
  /** A value as a leader would write it, shown with the key's meaning. */
  readonly example: string;
  /** Completion also offers the values other customer notes of the workspace already use for this key. */
  readonly offersUsedValues: boolean;
}

const key = (key: string, value: KeyValueKind, example: string, offersUsedValues = false): KnownKey => ({ key, value, example, offersUsedValues });

/** In the order a profile is written: who, whose, how often, when, and the rest. */
export const KNOWN_KEYS: readonly KnownKey[] = [
  key('name', 'text', 'Acme Logistics'),
  key('organization', 'text', 'Acme Group', true),
  key('owner', 'text', 'Dana (infrastructure)', true),
  key('segment', 'text', 'Operations', true),
  key('tags', 'list', '[erp, strategic]', true),
  key('cadence', 'cadence', '2w'),
  key('last_contacted', 'date', '2026-11-20'),
  key('next_contact', 'date', '2026-12-01'),
  key('snooze_until', 'date', '2026-12-15'),
  key('dates', 'mapping', '{ renewal: 2027-03-31, birthday: 06-02 }'),
  key('status', 'status', 'active'),
  key('time_goal', 'time-goal', '2h/month'),
  key('aliases', 'list', '[Acme]'),
  key('emails', 'list', '[dana@acme.example]'),
  key('account', 'account', 'acme-group', true),
  key('role', 'text', 'CFO', true),
  key('aspirations', 'text', 'Wants to lead the group finance shared service'),
];

const BY_NAME = new Map(KNOWN_KEYS.map((k) => [k.key, k]));

export function knownKey(name: string): KnownKey | undefined {
  return BY_NAME.get(name);
}
