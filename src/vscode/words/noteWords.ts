// Notes and rows as the leader reads them: the reason a note cannot be read, in words. What the API
// hands the integration tests, so they check what a person sees.
import type { CustomerRow } from '../../core/today/customerList';
import { wordMessage } from './messageWords';
import { type CustomerNote } from '../../core/model';

export type ShownNote = Omit<CustomerNote, 'brokenReason'> & { readonly brokenReason?: string };
export type ShownRow = Omit<CustomerRow, 'note'> & { readonly note: ShownNote };

export function shownNote(note: CustomerNote): ShownNote {
  return note.brokenReason ? { ...note, brokenReason: wordMessage(note.brokenReason) } : (note as ShownNote);
}

export function shownRow(row: CustomerRow): ShownRow {
  return row.note.brokenReason ? { ...row, note: shownNote(row.note) } : (row as ShownRow);
}
