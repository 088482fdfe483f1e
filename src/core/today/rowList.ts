// The rows of one day in one order, kept sorted as notes change: a changed note's row is taken out where
// it was and put back where it now belongs, found by binary search in the order customerRows sorts by.
// That order is total (names tie on the note's id), so the list is exactly the one a full sort gives,
// ties included, and one change costs a few comparisons instead of a summary and a sort of every row.
import type { AccountMap } from '../accounts/accountMap';
import { customerRow, customerRows, isListed, rowOrder, type CustomerRow, type ListOptions } from './customerList';
import type { CustomerNote, LocalDate } from '../model';

/** Where the notes are read from: the index. */
export interface NoteSource {
  get(id: string): CustomerNote | undefined;
  all(): CustomerNote[];
}

export class RowList {
  private list: CustomerRow[];
  private readonly byId = new Map<string, CustomerRow>();
  private readonly order: (a: CustomerRow, b: CustomerRow) => number;

  constructor(notes: readonly CustomerNote[], private readonly today: LocalDate, private readonly options: ListOptions, accounts: AccountMap | undefined) {
    this.order = rowOrder(options.sortBy);
    this.list = customerRows(notes, today, options, accounts);
    for (const row of this.list) this.byId.set(row.note.id, row);
  }

  /** The rows, sorted. An update makes a new array: one handed out never changes under its holder. */
  get rows(): CustomerRow[] {
    return this.list;
  }

  /** A note's row, unless these options leave it out. */
  row(id: string): CustomerRow | undefined {
    return this.byId.get(id);
  }

  /** Computes the rows of these notes again (a deleted or no longer listed one leaves) and re-places them. */
  update(ids: Iterable<string>, notes: NoteSource, accounts: AccountMap | undefined): void {
    const list = this.list.slice();
    const noteOf = (id: string) => notes.get(id);
    for (const id of ids) {
      const before = this.byId.get(id);
      if (before) list.splice(this.placeOf(list, before), 1);
      const note = notes.get(id);
      if (!note || !isListed(note, this.options)) {
        this.byId.delete(id);
        continue;
      }
      const row = customerRow(note, this.today, this.options.dueSoonDays, accounts, noteOf);
      list.splice(this.insertionPoint(list, row), 0, row);
      this.byId.set(id, row);
    }
    this.list = list;
  }

  /** Where a row of the list is: its one place in the order. */
  private placeOf(list: readonly CustomerRow[], row: CustomerRow): number {
    const at = this.insertionPoint(list, row);
    if (list[at] === row) return at;
    // Only if the order were not total; never silently drop the wrong row.
    const found = list.indexOf(row);
    if (found < 0) throw new Error(`RowList: no row for ${row.note.id}`);
    return found;
  }

  /** The first place whose row does not sort before `row`. */
  private insertionPoint(list: readonly CustomerRow[], row: CustomerRow): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.order(list[mid], row) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
