// The logger port on VS Code: the "Rapport" output channel. It logs what Rapport did (indexing, skips,
// errors), never note content.
import * as vscode from 'vscode';
import type { Logger } from '../../core/index/ports';

export function createLogger(): vscode.LogOutputChannel & Logger {
  return vscode.window.createOutputChannel('Rapport', { log: true });
}
