// Quick fixes for the problems Rapport reports in a customer note. Core finds the problems again on the
// editor's current text and computes each fix as one minimal edit with the front matter editor of Log
// Contact, so it keeps formatting and undoes in one step; this only matches them to the diagnostics.
import * as vscode from 'vscode';
import { fixableProblems, type FixableProblem } from '../../core/editorHelp/quickFixes';
import type { QuickFix } from '../../core/editorHelp/quickFix';
import type { TodayState } from '../todayState';
import { wordMessage } from '../words/messageWords';
import { quickFixTitle } from '../words/quickFixWords';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

class RapportQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly today: TodayState) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    // The light bulb asks on every move of the cursor: nothing is read unless one of ours is there.
    if (ours.length === 0) return [];
    const problems = fixableProblems(document.getText(), this.today.date);
    return ours.flatMap((diagnostic) => {
      const problem = problems.find((p) => matches(p, diagnostic));
      return problem ? problem.fixes().map((fix) => action(document, diagnostic, fix)) : [];
    });
  }
}

/** The same problem: a diagnostic made from an older text, or for another key on the line, is not. */
function matches(problem: FixableProblem, diagnostic: vscode.Diagnostic): boolean {
  return problem.code === diagnostic.code && problem.line === diagnostic.range.start.line && wordMessage(problem.message) === diagnostic.message;
}

function action(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: QuickFix): vscode.CodeAction {
  const action = new vscode.CodeAction(quickFixTitle(fix.title), vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(document.positionAt(fix.edit.start), document.positionAt(fix.edit.end));
  action.edit.replace(document.uri, range, fix.edit.text);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred;
  return action;
}

export function registerQuickFixes(today: TodayState): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new RapportQuickFixes(today), { providedCodeActionKinds: RapportQuickFixes.kinds });
}
