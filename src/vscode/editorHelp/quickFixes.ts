// Quick fixes for the problems Rapport reports in a customer note. Each fix is one minimal edit computed
// by core's front matter editor on the editor's current text, so it keeps formatting and undoes in one step.
import * as vscode from 'vscode';
import { renameFrontMatterKey } from '../../core/frontMatter/edit';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

class RapportQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      if (diagnostic.code === 'future-date') {
        const rename = renameFrontMatterKey(document.getText(), 'last_contacted', 'next_contact');
        if (!rename.ok) continue;
        const action = new vscode.CodeAction(vscode.l10n.t('Move it to next_contact (a planned contact)'), vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, new vscode.Range(document.positionAt(rename.edit.start), document.positionAt(rename.edit.end)), rename.edit.text);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerQuickFixes(): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new RapportQuickFixes(), { providedCodeActionKinds: RapportQuickFixes.kinds });
}
