// Multi-root workspaces: which workspace folder a note belongs to, and the tree's top level when more
// than one folder is open (one group per folder that holds customers, in the workspace's folder order).
import type { NoteFolder } from '../model';
import type { CustomerRow } from './customerList';

export interface FolderGroup {
  /** undefined for notes outside every folder (not expected; kept so no customer is ever hidden). */
  readonly folder: NoteFolder | undefined;
  readonly rows: readonly CustomerRow[];
}

/** The innermost folder that contains the note `id` (a URI string); nested folders win over outer ones. */
export function folderOfNote(id: string, folders: readonly NoteFolder[]): NoteFolder | undefined {
  let best: NoteFolder | undefined;
  for (const folder of folders) {
    const prefix = folder.uri.endsWith('/') ? folder.uri : `${folder.uri}/`;
    if (id.startsWith(prefix) && (!best || folder.uri.length > best.uri.length)) best = folder;
  }
  return best;
}

/** Splits rows by folder, keeping the rows' order inside each group and the folders' order between them. */
export function groupRowsByFolder(rows: readonly CustomerRow[], folders: readonly NoteFolder[]): FolderGroup[] {
  const byFolder = new Map<NoteFolder | undefined, CustomerRow[]>();
  for (const row of rows) {
    const folder = folderOfNote(row.note.id, folders);
    (byFolder.get(folder) ?? byFolder.set(folder, []).get(folder)!).push(row);
  }
  const groups: FolderGroup[] = [];
  for (const folder of folders) {
    const inFolder = byFolder.get(folder);
    if (inFolder) groups.push({ folder, rows: inFolder });
  }
  const outside = byFolder.get(undefined);
  if (outside) groups.push({ folder: undefined, rows: outside });
  return groups;
}
