// The rows of one day in one order, kept sorted as notes change: a changed note's row is taken out where
// it was and put back where it now belongs, found by binary search in the order customerRows sorts by.
// That order is total (names tie on the note's id), so the list is exactly the one a full sort gives,
// ties included, and one change costs a few comparisons instead of a summary and a sort of every row.
import type { AccountMap } from '../accounts/accountMap';
import { customerRow, isListed, rowOrder, sortedRow, sortedRows, type CustomerRow, type ListOptions, type SortedRow } from './customerList';
import type { CustomerNote, LocalDate } from '../model';

/** Where the notes are read from: the index. */
export interface NoteSource {
  get(id: string): CustomerNote | undefined;
  all(): CustomerNote[];
}

export class RowList {
  /** The rows with their name keys, searched; `list` holds the same rows, handed out. */
  private sorted: SortedRow[];
  private list: CustomerRow[];
  /** Made when first asked (a tooltip, or the first change), not with every day's first rows. */
  private byId: Map<string, SortedRow> | undefined;
  private readonly order: (a: SortedRow, b: SortedRow) => number;

  constructor(notes: readonly CustomerNote[], private readonly today: LocalDate, private readonly options: ListOptions, accounts: AccountMap | undefined) {
    this.order = rowOrder(options.sortBy);
    this.sorted = sortedRows(notes, today, options, accounts);
    this.list = this.sorted.map((s) => s.row);
  }

  /** The rows, sorted. An update makes a new array: one handed out never changes under its holder. */
  get rows(): CustomerRow[] {
    return this.list;
  }

  /** A note's row, unless these options leave it out. */
  row(id: string): CustomerRow | undefined {
    return this.rowsById().get(id)?.row;
  }

  /** Computes the rows of these notes again (a deleted or no longer listed one leaves) and re-places them. */
  update(ids: Iterable<string>, notes: NoteSource, accounts: AccountMap | undefined): void {
    const byId = this.rowsById();
    const sorted = this.sorted.slice();
    const list = this.list.slice();
    const noteOf = (id: string) => notes.get(id);
    for (const id of ids) {
      const before = byId.get(id);
      if (before) {
        const at = this.placeOf(sorted, before);
        sorted.splice(at, 1);
        list.splice(at, 1);
      }
      const note = notes.get(id);
      if (!note || !isListed(note, this.options)) {
        byId.delete(id);
        continue;
      }
      const row = sortedRow(customerRow(note, this.today, this.options.dueSoonDays, accounts, noteOf));
      const at = this.insertionPoint(sorted, row);
      sorted.splice(at, 0, row);
      list.splice(at, 0, row.row);
      byId.set(id, row);
    }
    this.sorted = sorted;
    this.list = list;
  }

  private rowsById(): Map<string, SortedRow> {
    return (this.byId ??= new Map(this.sorted.map((s) => [s.row.note.id, s])));
  }

  /** Where a row of the list is: its one place in the order. */
  private placeOf(sorted: readonly SortedRow[], row: SortedRow): number {
    const at = this.insertionPoint(sorted, row);
    if (sorted[at] === row) return at;
    // Only if the order were not total; never silently drop the wrong row.
    const found = sorted.indexOf(row);
    if (found < 0) throw new Error(`RowList: no row for ${row.row.note.id}`);
    return found;
  }

  /** The first place whose row does not sort before `row`. */
  private insertionPoint(sorted: readonly SortedRow[], row: SortedRow): number {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.order(sorted[mid], row) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
