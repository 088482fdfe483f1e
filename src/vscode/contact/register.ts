// The contact feature: Log Contact, and Mark Commitment Kept on a commitment in the tree.
import type * as vscode from 'vscode';
import { registerCommands, type TreeServices } from '../commands';
import { logContactCommand } from './logContact';
import { markPromiseKeptCommand } from './markPromiseKept';

export function registerContact(services: TreeServices): vscode.Disposable {
  return registerCommands([logContactCommand(services), markPromiseKeptCommand(services)]);
}
