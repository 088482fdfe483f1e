// The contact feature: Log Contact, Snooze…, and Mark Promise Kept on a promise in the tree.
import type * as vscode from 'vscode';
import { registerCommands } from '../commands';
import type { TreeServices } from '../services';
import { logContactCommand } from './logContact';
import { markPromiseKeptCommand } from './markPromiseKept';
import { snoozeCommand } from './snooze';

export function registerContact(services: TreeServices): vscode.Disposable {
  return registerCommands([logContactCommand(services), markPromiseKeptCommand(services), snoozeCommand(services)]);
}
