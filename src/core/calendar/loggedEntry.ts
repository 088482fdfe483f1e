// When a calendar event is already in a customer's record: an entry (or a dated mention, a meeting note
// that links them) on the same local day with the same title, whatever its case, accents or spacing.
// Then it is never written again: the import cannot count one meeting twice.
import { compareDates } from '../time/dates';
import { foldName } from '../names';
import type { LocalDate } from '../model';

export interface DatedTitle {
  readonly date?: LocalDate;
  readonly title: string;
}

/** Whether `entry` is the same contact as one of `logged`. */
export function isLogged(entry: { readonly date: LocalDate; readonly title: string }, logged: Iterable<DatedTitle>): boolean {
  const title = sameTitle(entry.title);
  for (const other of logged) if (other.date && compareDates(other.date, entry.date) === 0 && sameTitle(other.title) === title) return true;
  return false;
}

/** A meeting note's title may start with its date (`2026-11-25 Carrier review`, its file name). */
export function sameTitle(title: string): string {
  return foldName(title.replace(/^\d{4}-\d{2}-\d{2}\b[\s_-]*/, ''));
}
