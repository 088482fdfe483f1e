// Where a customer stands, in the leader's words and language: the tree's state groups (capitalized) and
// the dashboard say it alike. Literal l10n keys, so the export tool finds them.
import * as vscode from 'vscode';
import type { ContactState } from '../../core/model';

export function stateWords(state: ContactState): string {
  switch (state) {
    case 'overdue': return vscode.l10n.t('overdue');
    case 'never': return vscode.l10n.t('never contacted');
    case 'due-soon': return vscode.l10n.t('due soon');
    case 'ok': return vscode.l10n.t('in touch');
    case 'unknown': return vscode.l10n.t('unreadable');
    case 'archived': return vscode.l10n.t('archived');
  }
}

/** The same words as a heading: "Overdue", "Never contacted". */
export function stateHeading(state: ContactState): string {
  const words = stateWords(state);
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
