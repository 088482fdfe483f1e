// Counts of days in the leader's words and language, with the singular where it belongs
// ("1 day", never "1 days"). Literal l10n keys, so the export tool finds them.
import * as vscode from 'vscode';

export function dayCount(days: number): string {
  return days === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', days);
}

export function daysAgo(days: number): string {
  if (days === 0) return vscode.l10n.t('today');
  if (days === 1) return vscode.l10n.t('yesterday');
  return vscode.l10n.t('{0} days ago', days);
}

export function everyDays(days: number): string {
  return days === 1 ? vscode.l10n.t('every day') : vscode.l10n.t('every {0} days', days);
}

/** Days from today, back or ahead: `12 days ago`, `yesterday`, `today`, `tomorrow`, `in 3 days`. */
export function daysFromToday(days: number): string {
  if (days <= 0) return daysAgo(-days);
  return days === 1 ? vscode.l10n.t('tomorrow') : vscode.l10n.t('in {0} days', days);
}
