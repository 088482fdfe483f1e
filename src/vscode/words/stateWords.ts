// Where a customer stands, in the leader's words and language: the one list of state labels, said alike
// by the dashboard and (capitalized) by the tree's state groups.
import * as vscode from 'vscode';
import type { ContactState } from '../../core/model';
import { capitalized } from './capitalized';

// A function, not a constant: vscode.l10n.t must see literal keys and run after activation.
const labels = (): Record<ContactState, string> => ({
  overdue: vscode.l10n.t('overdue'),
  never: vscode.l10n.t('never contacted'),
  'due-soon': vscode.l10n.t('due soon'),
  ok: vscode.l10n.t('in touch'),
  unknown: vscode.l10n.t('unreadable'),
  snoozed: vscode.l10n.t('snoozed'),
  archived: vscode.l10n.t('archived'),
});

export function stateWords(state: ContactState): string {
  return labels()[state];
}

/** The same words as a heading: "Overdue", "Never contacted". */
export function stateHeading(state: ContactState): string {
  return capitalized(stateWords(state));
}
