// The "Rapport" output channel. It logs what Rapport did (indexing, skips, errors), never note content.
import * as vscode from 'vscode';

export type Logger = Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error'>;

export function createLogger(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Rapport', { log: true });
}
