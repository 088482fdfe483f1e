// The contact feature: Log Contact, and Mark Commitment Kept on a commitment in the tree.
import type * as vscode from 'vscode';
import { registerCommands } from '../commands';
import type { TreeServices } from '../services';
import { logContactCommand } from './logContact';
import { markPromiseKeptCommand } from './markPromiseKept';

export function registerContact(services: TreeServices): vscode.Disposable {
  return registerCommands([logContactCommand(services), markPromiseKeptCommand(services)]);
}
