// An important date coming up, in the leader's words: `renewal in 5 days (Tue 8 Dec)`, `birthday today
// (Wed 3 Dec)`. The label is the leader's own, as written in the note.
import * as vscode from 'vscode';
import type { LocalDate } from '../../core/model';
import { weekdayDayMonth } from './dateWords';
import { daysFromToday } from './dayWords';

export function upcomingWords(date: { readonly label: string; readonly date: LocalDate; readonly daysUntil: number }): string {
  return vscode.l10n.t('{0} {1} ({2})', date.label, daysFromToday(date.daysUntil), weekdayDayMonth(date.date));
}
