// Every write to a note goes through here: computed on the editor's current text (unsaved changes
// included), applied as one WorkspaceEdit (one undo step), one write at a time per note, only inside
// a workspace folder, and saved only when the note had no unsaved changes of the leader's own.
import * as vscode from 'vscode';
import type { TextEdit } from '../core/types';

export type EditPlan = { ok: true; edits: readonly TextEdit[] } | { ok: false; message: string; line?: number };

const queues = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier write to the same note has finished (no interleaved edits). */
function serialized<T>(uri: vscode.Uri, task: () => Promise<T>): Promise<T> {
  const key = uri.toString();
  const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => queues.get(key) === tail && queues.delete(key));
  return run;
}

export function editNote(uri: vscode.Uri, plan: (text: string) => EditPlan): Promise<boolean> {
  return serialized(uri, async () => {
    if (!vscode.workspace.getWorkspaceFolder(uri)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Rapport only edits notes inside an open workspace folder.'));
      return false;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const wasDirty = document.isDirty;
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = document.version;
      const result = plan(document.getText());
      if (!result.ok) {
        const where = result.line !== undefined ? vscode.l10n.t(' (line {0})', result.line + 1) : '';
        void vscode.window.showErrorMessage(vscode.l10n.t('Rapport did not change {0}: {1}{2}', vscode.workspace.asRelativePath(uri), result.message, where));
        return false;
      }
      if (result.edits.length === 0) return true;
      const edit = new vscode.WorkspaceEdit();
      for (const e of result.edits) edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
      // The document changed between reading and applying (a reload from disk, a keystroke): plan again.
      if (document.version !== version) continue;
      if (!(await vscode.workspace.applyEdit(edit))) break;
      if (!wasDirty) await document.save();
      return true;
    }
    void vscode.window.showErrorMessage(vscode.l10n.t('Rapport could not change {0}: the note kept changing. Try again.', vscode.workspace.asRelativePath(uri)));
    return false;
  });
}
