// The daily reminder in the leader's words: one notification line, `Needs contact today: Laura Bennett
// (12d overdue), Finance (5d overdue) and 3 more. Promised for today: send the roadmap (Commercial).
// Today: birthday (Ingrid Solberg).` A notification is plain text: nothing here is Markdown.
import * as vscode from 'vscode';
import type { DailyReminder } from '../../core/today/dailyReminder';
import { joinWorded, type ListWords } from '../../core/placeholders';
import { overdueDays } from './contactWords';

/** The notification's buttons, in the order shown. */
export interface ReminderButtons {
  readonly show: string;
  readonly snooze: string;
  readonly off: string;
}

export function reminderButtons(): ReminderButtons {
  return { show: vscode.l10n.t('Show'), snooze: vscode.l10n.t('Snooze…'), off: vscode.l10n.t('Don\'t remind me') };
}

export function reminderText(reminder: DailyReminder): string {
  const words: ListWords = { pair: vscode.l10n.t('{0} and {1}'), series: vscode.l10n.t('{0}, {1}') };
  const list = (items: string[], more: number) => joinWorded(more > 0 ? [...items, vscode.l10n.t('{0} more', more)] : items, words);
  const parts: string[] = [];
  if (reminder.overdue.length) {
    const who = reminder.overdue.map((c) => vscode.l10n.t('{0} ({1})', c.name, overdueDays(c.overdueDays)));
    parts.push(vscode.l10n.t('Needs contact today: {0}.', list(who, reminder.overdueMore)));
  }
  if (reminder.promises.length) {
    const what = reminder.promises.map((p) => vscode.l10n.t('{0} ({1})', p.text, p.name));
    parts.push(vscode.l10n.t('Promised for today: {0}.', list(what, reminder.promisesMore)));
  }
  if (reminder.dates.length) {
    const which = reminder.dates.map((d) => vscode.l10n.t('{0} ({1})', d.label, d.name));
    parts.push(vscode.l10n.t('Today: {0}.', list(which, reminder.datesMore)));
  }
  return parts.join(' ');
}
