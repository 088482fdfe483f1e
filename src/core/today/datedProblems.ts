// Problems that depend on the day: a `last_contacted` in the future cannot be true (yet). The note is
// parsed once; these are added when the day's view is built, so they appear and vanish with the date.
import { trueLastContacted } from './contactState';
import type { CustomerNote } from '../reading/customerNote';
import { formatDate } from '../time/dates';
import type { LocalDate, NoteProblem } from '../model';

export function problemsOn(note: CustomerNote, today: LocalDate): readonly NoteProblem[] {
  if (!note.lastContacted || trueLastContacted(note, today)) return note.problems;
  const future: NoteProblem = {
    message: `last_contacted ${formatDate(note.lastContacted)} is in the future, so it is not counted; a planned contact belongs in next_contact.`,
    line: note.lastContactedLine ?? 0, column: 0, severity: 'warning', code: 'future-date', key: 'last_contacted',
  };
  return [...note.problems, future];
}
