// Today's rows kept in step with the index: the account map, the view's rows and the status bar's (most
// overdue first, archived hidden; the same list in the default view). Changed notes are noted as the
// index announces them and re-placed when the rows are next read; a burst of many (the mentions joined at
// startup) is computed again in full, which is then cheaper. A day, a setting or a view option of its own
// is a new TodayRows.
//
// Accounts: a person's contact rolls up into its account's row, so a changed person re-places its account
// too. A note added or deleted, or one whose name, aliases or `account:` changed, may change which notes
// are whose people (by name, for other notes as well): the account map is then made again (one pass over
// the notes, no sort) and every account whose people differ is re-placed as well. A status is not among
// them: an archived person still counts for its account, as in customerRows.
import { accountMap, type AccountMap, type NameResolver } from '../accounts/accountMap';
import { RowList, type NoteSource } from './rowList';
import { isListed, type CustomerRow, type ListOptions } from './customerList';
import type { CustomerNote, LocalDate } from '../model';

/** The status bar's order: most overdue first, archived never. */
const URGENT = { sortBy: 'overdue', showArchived: false } as const;

/**
 * More changed notes than this share of all (or this many) are computed again in full. At 10,000 notes,
 * re-placing 256 rows took 2 ms and a full computation 9 ms (the day's summaries kept); they cost the
 * same near 1,000.
 */
const FULL_SHARE = 0.1;
const FULL_AT_MOST = 256;

export class TodayRows {
  private accountsNow!: AccountMap;
  private view!: RowList;
  private urgent!: RowList;
  /** The notes the view leaves out (archived ones, unless shown), as last seen; the others are in the view's rows. */
  private readonly hidden = new Map<string, CustomerNote>();
  /** Notes with an `account:`, the only ones whose account can differ when the map is made again; found at the first such change. */
  private people: Set<string> | undefined;
  private readonly pending = new Set<string>();

  constructor(private readonly notes: NoteSource, private readonly today: LocalDate, private readonly options: ListOptions, private readonly resolve: NameResolver) {
    this.computeAll();
  }

  /** Notes the index says changed (added, changed or deleted); applied when the rows are next read. */
  changed(ids: readonly string[]): void {
    for (const id of ids) this.pending.add(id);
  }

  /** The view's rows, in its order. */
  rows(): CustomerRow[] {
    this.apply();
    return this.view.rows;
  }

  /** Most overdue first, never archived. */
  urgentRows(): CustomerRow[] {
    this.apply();
    return this.urgent.rows;
  }

  /** A customer's row, unless the view leaves it out. */
  row(id: string): CustomerRow | undefined {
    this.apply();
    return this.view.row(id);
  }

  accounts(): AccountMap {
    this.apply();
    return this.accountsNow;
  }

  private computeAll(): void {
    const all = this.notes.all();
    this.hidden.clear();
    this.people = undefined;
    for (const note of all) if (!isListed(note, this.options)) this.hidden.set(note.id, note);
    this.accountsNow = accountMap(all, this.resolve);
    this.view = new RowList(all, this.today, this.options, this.accountsNow);
    const sameOrder = this.options.sortBy === URGENT.sortBy && this.options.showArchived === URGENT.showArchived;
    this.urgent = sameOrder ? this.view : new RowList(all, this.today, { ...this.options, ...URGENT }, this.accountsNow);
  }

  private apply(): void {
    if (this.pending.size === 0) return;
    const ids = [...this.pending];
    this.pending.clear();
    if (ids.length > Math.min(FULL_AT_MOST, Math.max(1, (this.view.rows.length + this.hidden.size) * FULL_SHARE))) return this.computeAll();
    const touched = new Set(ids);
    if (ids.some((id) => !sameAccountFacts(this.seenNote(id), this.notes.get(id)))) this.remakeAccounts(ids, touched);
    // A person's contact counts for its account.
    for (const id of ids) addIf(touched, this.accountsNow.accountOf(id));
    for (const id of ids) {
      const note = this.notes.get(id);
      if (note && !isListed(note, this.options)) this.hidden.set(id, note);
      else this.hidden.delete(id);
    }
    this.view.update(touched, this.notes, this.accountsNow);
    if (this.urgent !== this.view) this.urgent.update(touched, this.notes, this.accountsNow);
  }

  /** Makes the account map again; every account that gained or lost a person is re-placed too. */
  private remakeAccounts(ids: readonly string[], touched: Set<string>): void {
    const before = this.accountsNow;
    const after = (this.accountsNow = accountMap(this.notes.all(), this.resolve));
    const people = (this.people ??= this.seenPeople());
    for (const id of ids) if (this.notes.get(id)?.account !== undefined) people.add(id);
    for (const id of people) {
      const was = before.accountOf(id);
      const is = after.accountOf(id);
      if (was === is) continue;
      addIf(touched, was);
      addIf(touched, is);
    }
    for (const id of ids) if (this.notes.get(id)?.account === undefined) people.delete(id);
  }

  /** The note as the rows were last computed from (before the changes being applied). */
  private seenNote(id: string): CustomerNote | undefined {
    return this.view.row(id)?.note ?? this.hidden.get(id);
  }

  private seenPeople(): Set<string> {
    const people = new Set<string>();
    for (const row of this.view.rows) if (row.note.account !== undefined) people.add(row.note.id);
    for (const note of this.hidden.values()) if (note.account !== undefined) people.add(note.id);
    return people;
  }
}

/** Whether the account map would be made the same from `after` as from `before`: what names and links it. */
function sameAccountFacts(before: CustomerNote | undefined, after: CustomerNote | undefined): boolean {
  if (!before || !after) return false;
  if (before.name !== after.name || before.account !== after.account) return false;
  if (before.aliases.length !== after.aliases.length || before.aliases.some((a, i) => a !== after.aliases[i])) return false;
  // A problem with `account:` is shown at its line.
  return before.account === undefined || before.accountLine === after.accountLine;
}

function addIf(ids: Set<string>, id: string | undefined): void {
  if (id !== undefined) ids.add(id);
}
