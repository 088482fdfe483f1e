// How a command is declared: one object per command, registered together by `registerCommands`.
import * as vscode from 'vscode';

export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

export function registerCommands(commands: readonly Command[]): vscode.Disposable {
  return vscode.Disposable.from(...commands.map((command) => vscode.commands.registerCommand(command.id, command.execute, command)));
}
