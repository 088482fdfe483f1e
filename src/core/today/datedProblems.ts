// Problems that depend on the day: a `last_contacted` in the future cannot be true (yet). The note is
// parsed once; these are added when the day's view is built, so they appear and vanish with the date.
import { trueLastContacted } from './contactState';
import { type CustomerNote, type LocalDate, type Message, type NoteProblem } from '../model';

export function problemsOn(note: CustomerNote, today: LocalDate): readonly NoteProblem[] {
  if (!note.lastContacted || trueLastContacted(note, today)) return note.problems;
  const future: NoteProblem = {
    message: { id: 'future-last-contacted', date: note.lastContacted },
    line: note.lastContactedLine ?? 0, column: 0, severity: 'warning', code: 'future-date', key: 'last_contacted',
  };
  return [...note.problems, future];
}
