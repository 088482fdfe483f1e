// Help in the editor: Problems entries for values Rapport cannot use, the quick fixes that mend them, and
// `[[` completing a link to a customer.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerDiagnostics } from './diagnostics';
import { registerLinkCompletion } from './linkCompletion';
import { registerQuickFixes } from './quickFixes';

export function registerEditorHelp(services: Services): vscode.Disposable {
  return vscode.Disposable.from(registerDiagnostics(services.index, services.mentions, services.today), registerQuickFixes(services.today), registerLinkCompletion(services.index, services.mentions));
}
