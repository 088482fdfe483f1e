// Workspace folders both ways: VS Code's folder of a core folder, and a core folder of VS Code's.
import * as vscode from 'vscode';
import type { NoteFolder } from '../../core/model';

/** The VS Code folder of a core folder; undefined once it is no longer open. */
export function workspaceFolderOf(folder: NoteFolder): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === folder.uri);
}

export function workspaceFolder(folder: NoteFolder): vscode.WorkspaceFolder {
  const found = workspaceFolderOf(folder);
  if (!found) throw new Error(`${folder.name} is no longer a workspace folder.`);
  return found;
}

export function noteFolder(folder: vscode.WorkspaceFolder): NoteFolder {
  return { uri: folder.uri.toString(), name: folder.name };
}
