// What the tree and the status bar show, computed from the index for one day: rows with their state,
// filtered, sorted and grouped. Pure; one row and the order are also given on their own, so that
// rowList.ts can keep a day's rows sorted as notes change, one row at a time.
import { compareUrgency, describeContact, isOverdue, STATE_ORDER, summarizeContact, type ContactDescription, type ContactSummary } from './contactState';
import type { AccountMap } from '../accounts/accountMap';
import { compareDates, formatDate, ordinal } from '../time/dates';
import { foldName } from '../names';
import { type ContactState, type CustomerNote, type LocalDate } from '../model';

export type GroupBy = 'none' | 'segment' | 'owner' | 'state' | 'tag' | 'account';
export type SortBy = 'overdue' | 'name' | 'due';
export const GROUP_BY_VALUES: readonly GroupBy[] = ['none', 'segment', 'owner', 'state', 'tag', 'account'];
export const SORT_BY_VALUES: readonly SortBy[] = ['overdue', 'name', 'due'];

export interface ListOptions {
  readonly sortBy: SortBy;
  readonly showArchived: boolean;
  readonly dueSoonDays: number;
}

export interface CustomerRow {
  readonly note: CustomerNote;
  readonly summary: ContactSummary;
  readonly description: ContactDescription;
}

/** What a group is called: everyone (no grouping), a state, a value from the notes, or "(no segment)". */
export type GroupName =
  | { readonly kind: 'all' }
  | { readonly kind: 'state'; readonly state: ContactState }
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'missing'; readonly groupBy: Exclude<GroupBy, 'none' | 'state'> };

export interface RowGroup {
  readonly name: GroupName;
  readonly rows: readonly CustomerRow[];
}

// Names compare by a key computed once per note (accents and case folded), with plain string order:
// ICU collation per comparison costs ~10 µs, which is most of the time at 10,000 customers.
const nameKeys = new WeakMap<CustomerNote, string>();
function nameKey(note: CustomerNote): string {
  let key = nameKeys.get(note);
  if (key === undefined) {
    key = foldName(note.name);
    nameKeys.set(note, key);
  }
  return key;
}
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byNoteName = (a: CustomerNote, b: CustomerNote) => byKey(nameKey(a), nameKey(b)) || byKey(a.id, b.id);

/** A row with its name's key beside it, the form rows are sorted in: a comparison then reads two strings, not two WeakMap entries. */
export interface SortedRow {
  readonly row: CustomerRow;
  readonly name: string;
}

export function sortedRow(row: CustomerRow): SortedRow {
  return { row, name: nameKey(row.note) };
}

const byName = (a: SortedRow, b: SortedRow) => byKey(a.name, b.name) || byKey(a.row.note.id, b.row.note.id);
// Archived customers never nag: whatever the order, they come last.
const archivedLast = (a: SortedRow, b: SortedRow) => Number(a.row.summary.state === 'archived') - Number(b.row.summary.state === 'archived');
const SORTERS: Record<SortBy, (a: SortedRow, b: SortedRow) => number> = {
  overdue: (a, b) => compareUrgency(a.row.summary, b.row.summary) || byName(a, b),
  name: (a, b) => archivedLast(a, b) || byName(a, b),
  due: (a, b) => archivedLast(a, b) || compareDue(a.row.summary.dueDate, b.row.summary.dueDate) || byName(a, b),
};

/** Every note by name, archived ones last: the order of pickers and completions, which need no day. */
export function notesByName(notes: Iterable<CustomerNote>): CustomerNote[] {
  return [...notes].sort((a, b) => Number(a.status === 'archived') - Number(b.status === 'archived') || byNoteName(a, b));
}

function compareDue(a: LocalDate | undefined, b: LocalDate | undefined): number {
  if (a && b) return compareDates(a, b);
  return a ? -1 : b ? 1 : 0;
}

/** The order rows of `sortBy` are in: a total order (names tie on the note's id), so every row has one place. */
export function rowOrder(sortBy: SortBy): (a: SortedRow, b: SortedRow) => number {
  return SORTERS[sortBy];
}

/** Whether a note has a row in a list of these options (archived ones only when shown). */
export function isListed(note: CustomerNote, options: ListOptions): boolean {
  return note.status !== 'archived' || options.showArchived;
}

export function customerRows(notes: Iterable<CustomerNote>, today: LocalDate, options: ListOptions, accounts?: AccountMap): CustomerRow[] {
  return sortedRows(notes, today, options, accounts).map((s) => s.row);
}

/** customerRows, each row with its name's key. */
export function sortedRows(notes: Iterable<CustomerNote>, today: LocalDate, options: ListOptions, accounts?: AccountMap): SortedRow[] {
  const day = ordinal(today);
  const all = [...notes];
  // By id only once an account has people: a person's row may be one the filter leaves out (archived).
  let byId: Map<string, CustomerNote> | undefined;
  const noteOf = (id: string) => (byId ??= new Map(all.map((n) => [n.id, n]))).get(id);
  const rows: SortedRow[] = [];
  for (const note of all) if (isListed(note, options)) rows.push(sortedRow(rowWithPeople(note, day, today, options.dueSoonDays, accounts, noteOf)));
  return rows.sort(SORTERS[options.sortBy]);
}

/** One customer's row, as customerRows makes it: an account's rolled up from its people (`noteOf` finds them). */
export function customerRow(note: CustomerNote, today: LocalDate, dueSoonDays: number, accounts: AccountMap | undefined, noteOf: (id: string) => CustomerNote | undefined): CustomerRow {
  return rowWithPeople(note, ordinal(today), today, dueSoonDays, accounts, noteOf);
}

function rowWithPeople(note: CustomerNote, day: number, today: LocalDate, dueSoonDays: number, accounts: AccountMap | undefined, noteOf: (id: string) => CustomerNote | undefined): CustomerRow {
  const row = rowOf(note, day, today, dueSoonDays);
  const people = accounts?.peopleOf(note.id) ?? [];
  if (!people.length) return row;
  return rolledUp(row, people.map((id) => {
    const person = noteOf(id);
    return person && rowOf(person, day, today, dueSoonDays);
  }), day, today, dueSoonDays);
}

// A note is immutable and its row depends only on the day: after one note changes, the others reuse theirs.
const rowCache = new WeakMap<CustomerNote, { day: number; dueSoonDays: number; row: CustomerRow }>();

function rowOf(note: CustomerNote, day: number, today: LocalDate, dueSoonDays: number): CustomerRow {
  const cached = rowCache.get(note);
  if (cached && cached.day === day && cached.dueSoonDays === dueSoonDays) return cached.row;
  const summary = summarizeContact(note, today, dueSoonDays);
  const row = { note, summary, description: describeContact(summary, note.cadenceDays) };
  rowCache.set(note, { day, dueSoonDays, row });
  return row;
}

// An account's row also depends on its people's newest contact: cached by it too.
const rolledCache = new WeakMap<CustomerNote, { day: number; dueSoonDays: number; person: string; row: CustomerRow }>();

/** An account's row: its last contact is the latest of its own and its people's (any of them talking to IT is contact). */
function rolledUp(row: CustomerRow, people: readonly (CustomerRow | undefined)[], day: number, today: LocalDate, dueSoonDays: number): CustomerRow {
  let newest: CustomerRow | undefined;
  for (const person of people) {
    const date = person?.summary.lastContact;
    if (date && (!newest || compareDates(date, newest.summary.lastContact!) > 0)) newest = person;
  }
  const own = row.summary.lastContact;
  if (!newest || (own && compareDates(own, newest.summary.lastContact!) >= 0)) return row;
  const person = `${newest.note.id}\n${formatDate(newest.summary.lastContact!)}`;
  const cached = rolledCache.get(row.note);
  if (cached && cached.day === day && cached.dueSoonDays === dueSoonDays && cached.person === person) return cached.row;
  const summary = summarizeContact(row.note, today, dueSoonDays, { date: newest.summary.lastContact!, personId: newest.note.id });
  const rolled = { note: row.note, summary, description: describeContact(summary, row.note.cadenceDays) };
  rolledCache.set(row.note, { day, dueSoonDays, person, row: rolled });
  return rolled;
}

/** Groups rows that are already sorted; a row with several tags appears under each; "(none)" last. */
export function groupRows(rows: readonly CustomerRow[], groupBy: GroupBy, accountNameOf: (row: CustomerRow) => string | undefined = () => undefined): RowGroup[] {
  if (groupBy === 'none') return [{ name: { kind: 'all' }, rows }];
  // Keys match case-insensitively ("Operations" and "operations" are one group, labelled as first seen).
  const groups = new Map<string, CustomerRow[]>();
  const labelOf = new Map<string, string>();
  const add = (label: string, row: CustomerRow) => {
    const key = label.toLocaleLowerCase();
    if (!labelOf.has(key)) labelOf.set(key, label);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(row);
  };
  for (const row of rows) {
    const keys = [...new Set(groupKeys(row, groupBy, accountNameOf))];
    for (const key of keys.length ? keys : ['']) if (!groups.get(key.toLocaleLowerCase())?.includes(row)) add(key, row);
  }
  const labels = [...groups.keys()].sort((a, b) =>
    groupBy === 'state'
      ? STATE_ORDER.indexOf(a as ContactState) - STATE_ORDER.indexOf(b as ContactState)
      : (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || a.localeCompare(b, undefined, { sensitivity: 'base' }),
  );
  return labels.map((key) => ({ name: groupName(groupBy, key, labelOf.get(key)!), rows: groups.get(key)! }));
}

function groupName(groupBy: Exclude<GroupBy, 'none'>, key: string, label: string): GroupName {
  if (groupBy === 'state') return { kind: 'state', state: key as ContactState };
  return label ? { kind: 'value', value: label } : { kind: 'missing', groupBy };
}

function groupKeys(row: CustomerRow, groupBy: Exclude<GroupBy, 'none'>, accountNameOf: (row: CustomerRow) => string | undefined): string[] {
  switch (groupBy) {
    case 'account': {
      const account = accountNameOf(row);
      return account ? [account] : [];
    }
    case 'segment':
      return row.note.segment ? [row.note.segment] : [];
    case 'owner':
      return row.note.owner ? [row.note.owner] : [];
    case 'state':
      return [row.summary.state];
    case 'tag':
      return [...new Set(row.note.tags)];
  }
}

export function countOverdue(rows: readonly CustomerRow[]): number {
  return rows.reduce((n, r) => n + (isOverdue(r.summary) ? 1 : 0), 0);
}

/** The short count shown after a name: days since contact, `never`, or `unreadable` for a note that cannot be read. */
export type DaysShown = number | 'never' | 'unreadable';

export function daysShown(summary: ContactSummary): DaysShown {
  if (summary.state === 'unknown') return 'unreadable';
  return summary.daysSince ?? 'never';
}
