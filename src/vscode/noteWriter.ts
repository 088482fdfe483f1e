// Every write to a note goes through here: computed on the editor's current text (unsaved changes
// included), applied as one WorkspaceEdit (one undo step), one write at a time per note, only inside
// a workspace folder, and saved only when the note had no unsaved changes of the leader's own.
import * as vscode from 'vscode';
import { decodeNote, MAX_NOTE_BYTES } from '../core/reading/noteLoader';
import type { Message, TextEdit } from '../core/model';
import type { EditResult } from '../core/editing/editResult';
import { fileBytes, fileSize } from './ports/noteFiles';
import { isBehindDisk } from '../core/index/openCopy';
import { wordMessage } from './words/messageWords';

export type EditPlan = { ok: true; edits: readonly TextEdit[] } | { ok: false; message: Message; line?: number };

/** Core's one edit (or its refusal) as a plan. */
export function planOf(result: EditResult): EditPlan {
  return result.ok ? { ok: true, edits: [result.edit] } : { ok: false, message: result.message, line: result.line };
}

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

/**
 * Plans edits on the note's current text and applies them. `written` names what was written: when the
 * note is not visible in an editor, the leader is told so, with a button to open it (every write is visible).
 */
export function editNote(uri: vscode.Uri, plan: (text: string) => EditPlan, written?: string): Promise<boolean> {
  return serialized(uri, async () => {
    const shown = vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString());
    const checked = await checkWritable(uri);
    const document = checked.ok ? await vscode.workspace.openTextDocument(uri) : undefined;
    const refusal = !checked.ok ? checked.reason : await staleRefusal(document!, checked.text);
    if (refusal || !document) {
      void refuse(uri, refusal ?? '');
      return false;
    }
    const wasDirty = document.isDirty;
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = document.version;
      const result = plan(document.getText());
      if (!result.ok) {
        void refuse(uri, wordMessage(result.message), result.line);
        return false;
      }
      if (result.edits.length === 0) return true;
      const edit = new vscode.WorkspaceEdit();
      for (const e of result.edits) edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
      // The document changed between reading and applying (a reload from disk, a keystroke): plan again.
      if (document.version !== version) continue;
      if (!(await vscode.workspace.applyEdit(edit))) break;
      // A save can fail (the file changed on disk meanwhile: VS Code asks the leader); the edit then
      // stays in the editor, unsaved, and nothing on disk is overwritten behind the leader's back.
      if (!wasDirty && !(await document.save())) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Rapport changed {0} in the editor but could not save it; it is unsaved.', vscode.workspace.asRelativePath(uri)));
      }
      if (written && !shown) void offerToOpen(written, uri);
      return true;
    }
    void vscode.window.showErrorMessage(vscode.l10n.t('Rapport could not change {0}: the note kept changing. Try again.', vscode.workspace.asRelativePath(uri)));
    return false;
  });
}

/** Says why a note was not changed, in the reader's own words, with a button to open it at the line. */
export function refuse(uri: vscode.Uri, reason: string, line?: number): Promise<void> {
  return withOpenButton(vscode.window.showErrorMessage, vscode.l10n.t('Rapport did not change {0}: {1}', vscode.workspace.asRelativePath(uri), reason), uri, line);
}

/** An information message with a button that opens the note. */
export function offerToOpen(message: string, uri: vscode.Uri, line?: number): Promise<void> {
  return withOpenButton(vscode.window.showInformationMessage, message, uri, line);
}

async function withOpenButton(show: (message: string, ...items: string[]) => Thenable<string | undefined>, message: string, uri: vscode.Uri, line?: number): Promise<void> {
  const open = vscode.l10n.t('Open Note');
  if ((await show(message, open)) !== open) return;
  const selection = line !== undefined ? new vscode.Range(line, 0, line, 0) : undefined;
  await vscode.window.showTextDocument(uri, { preview: false, selection });
}

/**
 * Whether `uri` may be written, with its text on disk when it may: it must lie inside the workspace
 * folder it belongs to (no `..` segments; for local files, not through a link that leads outside the
 * folder), and its bytes on disk must be a note Rapport reads (not too large, not binary, valid UTF-8),
 * so that a skipped file is never rewritten with replacement characters.
 */
export async function checkWritable(uri: vscode.Uri): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const outside = { ok: false as const, reason: vscode.l10n.t('Rapport only edits notes inside the workspace folder they belong to.') };
  if (!folder || uri.path.split('/').some((segment) => segment === '..' || segment === '.')) return outside;
  const node = uri.scheme === 'file' && folder.uri.scheme === 'file' ? await nodeModules() : undefined;
  if (node) {
    try {
      const [real, root] = await Promise.all([node.realpath(uri.fsPath), node.realpath(folder.uri.fsPath)]);
      if (!real.startsWith(root.endsWith(node.sep) ? root : root + node.sep)) return outside;
    } catch (error) {
      return { ok: false, reason: vscode.l10n.t('the note could not be found ({0}).', String((error as Error)?.message ?? error)) };
    }
  }
  try {
    const size = await fileSize(uri);
    if (size !== undefined && size > MAX_NOTE_BYTES) return { ok: false, reason: vscode.l10n.t('the file is larger than Rapport reads, so Rapport never writes it.') };
    const bytes = size === undefined ? undefined : await fileBytes(uri);
    if (!bytes) return { ok: false, reason: vscode.l10n.t('the note could not be read ({0}).', vscode.l10n.t('it is not there')) };
    const decoded = decodeNote(bytes);
    return decoded.ok ? decoded : { ok: false, reason: wordMessage(decoded.message) };
  } catch (error) {
    return { ok: false, reason: vscode.l10n.t('the note could not be read ({0}).', String((error as Error)?.message ?? error)) };
  }
}

/**
 * A document without unsaved changes must hold what is on disk: if another program just changed the
 * file, VS Code reloads it shortly; planning on the old text and saving would overwrite that change.
 */
async function staleRefusal(document: vscode.TextDocument, diskText: string): Promise<string | undefined> {
  for (let waited = 0; isBehindDisk({ text: document.getText(), dirty: document.isDirty }, diskText); waited += 50) {
    if (waited >= 2000) return vscode.l10n.t('the note changed on disk while Rapport was reading it. Try again.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

/** Node's realpath and path separator, or undefined in a web extension host (no links to follow there). */
async function nodeModules(): Promise<{ realpath: (p: string) => Promise<string>; sep: string } | undefined> {
  try {
    const [fs, path] = await Promise.all([import('fs/promises'), import('path')]);
    return typeof fs.realpath === 'function' && typeof path.sep === 'string' ? { realpath: fs.realpath, sep: path.sep } : undefined;
  } catch {
    return undefined;
  }
}
