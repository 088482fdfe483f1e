// Small workspace helpers shared by the commands that create notes.
import * as vscode from 'vscode';
import { relativeFolderSegments } from '../core/editing/relativeFolder';
import { noteFolderSetting, type NoteFolderSetting } from './ports/settings';

/** The folder to create a note in: the only one, or the leader's pick; undefined (with a message) when none is open. */
export async function pickFolder(noFolderMessage: string, placeHolder: string): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage(noFolderMessage);
    return undefined;
  }
  return folders.length === 1 ? folders[0] : vscode.window.showWorkspaceFolderPick({ placeHolder });
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder a setting names inside the workspace folder (`rapport.reviewFolder`, `rapport.meetingFolder`);
 * undefined, after showing `refusal` (worded with the setting's value), when it would lead outside.
 */
export function settingFolder(folder: vscode.WorkspaceFolder, key: NoteFolderSetting, refusal: (value: string) => string): vscode.Uri | undefined {
  const setting = noteFolderSetting(folder, key);
  const segments = relativeFolderSegments(setting);
  if (!segments) {
    void vscode.window.showErrorMessage(refusal(setting));
    return undefined;
  }
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Throws unless `uri` lies inside `folder`: the last guard before a write, whatever changes upstream. */
export function assertInside(uri: vscode.Uri, folder: vscode.Uri): void {
  if (!uri.path.startsWith(`${folder.path.replace(/\/$/, '')}/`)) throw new Error(`refusing to write outside ${folder.toString()}`);
}
