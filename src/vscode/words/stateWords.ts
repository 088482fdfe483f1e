// The contact states in the leader's words: the one list of state labels (tree groups, dashboard).
import * as vscode from 'vscode';
import type { ContactState } from '../../core/model';

// A function, not a constant: vscode.l10n.t must see literal keys and run after activation.
const labels = (): Record<ContactState, string> => ({
  overdue: vscode.l10n.t('Overdue'),
  unknown: vscode.l10n.t('Unreadable'),
  never: vscode.l10n.t('Never contacted'),
  'due-soon': vscode.l10n.t('Due soon'),
  ok: vscode.l10n.t('In touch'),
  archived: vscode.l10n.t('Archived'),
});

export function stateWords(state: ContactState): string {
  return labels()[state];
}
