// The index's ports on VS Code: workspace folders, findFiles, the file-system watchers, the files and
// the open editors. The logic that uses them is core's (src/core/index/noteIndexer.ts).
import * as vscode from 'vscode';
import type { NoteWorkspace, OpenCopy, WatchEvents } from '../../core/index/ports';
import { noteFolder, workspaceFolder } from './folders';
import { fileBytes, fileStamp } from './noteFiles';

const EXCLUDE = '**/{node_modules,.git}/**';

export const vscodeNoteWorkspace: NoteWorkspace = {
  folders: () => (vscode.workspace.workspaceFolders ?? []).map(noteFolder),
  folderOf(id) {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(id));
    return folder && noteFolder(folder);
  },
  async find(folder, glob) {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(workspaceFolder(folder), glob), EXCLUDE);
    return uris.map(String);
  },
  isNote(id, glob) {
    const document = openDocument(id);
    const folder = document && vscode.workspace.getWorkspaceFolder(document.uri);
    if (!document || !folder || document.languageId !== 'markdown') return false;
    return vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0;
  },
  stat: (id) => fileStamp(vscode.Uri.parse(id)),
  read: (id) => fileBytes(vscode.Uri.parse(id)),
  watch(folder, glob, events: WatchEvents) {
    const base = workspaceFolder(folder);
    const notes = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, glob));
    const noteChanged = (uri: vscode.Uri) => events.noteChanged(uri.toString());
    // A folder event reports only the folder, never the notes inside it: the indexer looks inside.
    const paths = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, '**'), false, true, false);
    return vscode.Disposable.from(
      notes, paths,
      notes.onDidCreate(noteChanged), notes.onDidChange(noteChanged), notes.onDidDelete(noteChanged),
      paths.onDidCreate((uri) => events.created(uri.toString())),
      paths.onDidDelete((uri) => events.deleted(uri.toString())),
    );
  },
  openCopy(id): OpenCopy | undefined {
    const document = openDocument(id);
    // The text is taken only when asked for: most open notes have no unsaved changes.
    return document && { dirty: document.isDirty, get text() { return document.getText(); } };
  },
};

function openDocument(id: string): vscode.TextDocument | undefined {
  return openDocuments().get(id);
}

/** The URI of the workspace folder a note is in ('' outside any), by prefix, not a URI parse: it runs for every note. */
export function folderUriOf(id: string): string {
  return folderUris().find((uri) => id.startsWith(`${uri}/`)) ?? '';
}

// A scan asks for each of 30,000 notes; no editor opens or closes and no folder changes within one
// synchronous run of the extension host, so each list is made once per run (dropped at its end).
const openDocuments = perRun(() => new Map(vscode.workspace.textDocuments.filter((d) => !d.isClosed).map((d) => [d.uri.toString(), d])));
const folderUris = perRun(() => vscodeNoteWorkspace.folders().map((f) => f.uri));

function perRun<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    if (made === undefined) {
      made = make();
      queueMicrotask(() => (made = undefined));
    }
    return made;
  };
}
