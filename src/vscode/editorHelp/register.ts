// Help in the editor: Problems entries for values Rapport cannot use, the quick fixes that mend them,
// `[[` completing a link to a customer, completion and hovers in a customer note's front matter, and
// the CodeLens above a customer note.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerCodeLens } from './codeLens';
import { registerDiagnostics } from './diagnostics';
import { registerFrontMatterCompletion } from './frontMatterCompletion';
import { registerFrontMatterHover } from './frontMatterHover';
import { registerLinkCompletion } from './linkCompletion';
import { registerQuickFixes } from './quickFixes';

export function registerEditorHelp(services: Services): vscode.Disposable {
  return vscode.Disposable.from(
    registerDiagnostics(services.index, services.mentions, services.today),
    registerQuickFixes(services.today),
    registerLinkCompletion(services.index, services.mentions),
    registerFrontMatterCompletion(services),
    registerFrontMatterHover(services),
    registerCodeLens(services.today),
  );
}
