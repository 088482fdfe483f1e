// The three habits in the leader's words, localized: the one list of habit labels. Functions, not
// constants: vscode.l10n.t must see literal keys and run after activation.
import * as vscode from 'vscode';
import { type Habit } from '../../core/model';

/** The short label (tree tooltips, decorations, the reflection picker, the dashboard). */
export function habitWords(habit: Habit): string {
  return { understand: vscode.l10n.t('understand deeply'), vulnerability: vscode.l10n.t('mutual vulnerability'), time: vscode.l10n.t('invest time') }[habit];
}

/** The habit said in full, as the weekly review asks it of the leader. */
export function habitInFull(habit: Habit): string {
  return { understand: vscode.l10n.t('understand the customer deeply'), vulnerability: vscode.l10n.t('be mutually vulnerable'), time: vscode.l10n.t('invest time') }[habit];
}
