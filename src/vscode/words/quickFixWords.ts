// The title of each quick fix core offers, in the leader's language. Literal l10n keys, so the export
// tool finds them.
import * as vscode from 'vscode';
import type { QuickFixTitle } from '../../core/editorHelp/quickFix';
import { formatDate } from '../../core/time/dates';

export function quickFixTitle(t: QuickFixTitle): string {
  switch (t.id) {
    case 'set-value': return vscode.l10n.t('Change {0} to {1}', t.key, t.value);
    case 'set-nearest-date': return vscode.l10n.t('Change {0} to {1}, the nearest real date', t.key, t.value);
    case 'set-today': return vscode.l10n.t('Change {0} to today ({1})', t.key, t.value);
    case 'move-to-next-contact': return vscode.l10n.t('Move it to next_contact (a planned contact)');
    case 'remove-repeated-plan': return vscode.l10n.t('Remove last_contacted: next_contact already plans {0}', formatDate(t.date));
    case 'remove-later-duplicate': return vscode.l10n.t('Remove the later {0} (line {1})', t.key, t.line);
    case 'rename-key': return vscode.l10n.t('Rename {0} to {1}', t.from, t.to);
  }
}
