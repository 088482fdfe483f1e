// The reflections feature: Insert Reflection, and the quiet-habit mark on customer notes.
import * as vscode from 'vscode';
import { registerCommands } from '../commands';
import type { TreeServices } from '../services';
import { registerHabitDecorations } from './habitDecorations';
import { insertReflectionCommand } from './insertReflection';

export function registerReflections(services: TreeServices): vscode.Disposable & { readonly decorations: vscode.FileDecorationProvider } {
  const decorations = registerHabitDecorations(services.index, services.today);
  const disposable = vscode.Disposable.from(decorations, registerCommands([insertReflectionCommand(services)]));
  return Object.assign(disposable, { decorations: decorations.provider });
}
