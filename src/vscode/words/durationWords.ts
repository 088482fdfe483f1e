// Durations in the leader's words, in the form the contact-log headings use (`45m`, `1h`, `1h30m`):
// the units worded here, the one formatter core's (the dashboard gets the same units).
import * as vscode from 'vscode';
import { formatMinutes, type DurationUnits } from '../../core/reading/timeGoal';

/** Templates with `{0}` and `{1}`: vscode.l10n.t leaves a placeholder it has no value for as it is. */
export function durationUnits(): DurationUnits {
  return { hours: vscode.l10n.t('{0}h'), minutes: vscode.l10n.t('{0}m'), hoursMinutes: vscode.l10n.t('{0}h{1}m') };
}

export function minutesWords(total: number): string {
  return formatMinutes(total, durationUnits());
}
