// Small workspace helpers shared by the commands that create notes.
import * as vscode from 'vscode';

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
