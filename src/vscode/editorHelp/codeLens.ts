// The CodeLens above a customer note's first line: where contact stands, then Log Contact, Insert
// Reflection, Prepare for Meeting and Snooze…. It follows the index, which reads an open editor's unsaved text, so
// the count changes as the note is typed. `rapport.codeLens` turns it off.
import * as vscode from 'vscode';
import type { TodayState } from '../todayState';
import { lensWords } from '../words/lensWords';

class CustomerCodeLens implements vscode.CodeLensProvider {
  constructor(private readonly today: TodayState) {}

  get onDidChangeCodeLenses(): vscode.Event<void> {
    return this.today.onDidChange;
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration('rapport', document.uri).get<boolean>('codeLens', true)) return [];
    const row = this.today.anyRow(document.uri.toString());
    if (!row) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    const lens = (title: string, command: string, tooltip: string, args: unknown[] = [document.uri]) => new vscode.CodeLens(top, { title, command, tooltip, arguments: args });
    return [
      // Where contact stands is read, not clicked: a lens without a command is plain text.
      lens(lensWords(row), '', vscode.l10n.t('Days since the last contact with {0}, against the cadence', row.note.name)),
      lens(vscode.l10n.t('Log Contact'), 'rapport.logContact', vscode.l10n.t('Record a contact with {0}', row.note.name)),
      lens(vscode.l10n.t('Insert Reflection'), 'rapport.insertReflection', vscode.l10n.t('Insert a reflection template at the cursor'), []),
      lens(vscode.l10n.t('Prepare for Meeting'), 'rapport.prepareMeeting', vscode.l10n.t('Open the meeting brief of {0}', row.note.name)),
      lens(vscode.l10n.t('Snooze…'), 'rapport.snooze', vscode.l10n.t('No reminder about {0} for a while', row.note.name)),
    ];
  }
}

export function registerCodeLens(today: TodayState): vscode.Disposable {
  return vscode.languages.registerCodeLensProvider({ language: 'markdown' }, new CustomerCodeLens(today));
}
