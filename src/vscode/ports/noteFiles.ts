// Reads note files through vscode.workspace.fs (remote and virtual workspaces work), with a faster
// Node path for local `file:` URIs. Callers ask for the size first, so a 50 MB file is never read whole.
import * as vscode from 'vscode';
import type { FileStamp } from '../../core/index/ports';

type NodeFs = typeof import('fs');
let nodeFs: NodeFs | undefined | null;

function localFs(uri: vscode.Uri): NodeFs | undefined {
  if (uri.scheme !== 'file') return undefined;
  if (nodeFs === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      nodeFs = require('fs') as NodeFs;
      if (typeof nodeFs?.readFileSync !== 'function') nodeFs = null;
    } catch {
      nodeFs = null; // a web extension host has no Node
    }
  }
  return nodeFs ?? undefined;
}

// Synchronous on purpose for local files: a note is a few KB (the size is checked first), and four awaited
// calls per file (open, stat, read, close) cost five times the read itself. Callers yield between batches.

/** The size and modification time of a file; undefined when there is no such file, or it is a folder. */
export async function fileStamp(uri: vscode.Uri): Promise<FileStamp | undefined> {
  return missingAsUndefined(async () => {
    const fs = localFs(uri);
    if (fs) {
      const stat = fs.statSync(uri.fsPath);
      return stat.isFile() ? { size: stat.size, mtime: stat.mtimeMs } : undefined;
    }
    const stat = await vscode.workspace.fs.stat(uri);
    return stat.type & vscode.FileType.Directory ? undefined : { size: stat.size, mtime: stat.mtime };
  });
}

/** The size of a file in bytes; undefined when there is no such file, or it is a folder. */
export async function fileSize(uri: vscode.Uri): Promise<number | undefined> {
  return (await fileStamp(uri))?.size;
}

/** The bytes of a file; undefined when there is no such file. */
export async function fileBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  return missingAsUndefined(async () => localFs(uri)?.readFileSync(uri.fsPath) ?? (await vscode.workspace.fs.readFile(uri)));
}

async function missingAsUndefined<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof vscode.FileSystemError || code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
