// Durations in the form the contact-log headings use: `45m`, `1h`, `1h30m`.
import * as vscode from 'vscode';
import { hoursAndMinutes } from '../../core/reading/timeGoal';

export function minutesWords(total: number): string {
  const { hours, minutes } = hoursAndMinutes(total);
  if (hours && minutes) return vscode.l10n.t('{0}h{1}m', hours, minutes);
  return hours ? vscode.l10n.t('{0}h', hours) : vscode.l10n.t('{0}m', minutes);
}
