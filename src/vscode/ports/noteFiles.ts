// Reads note files through vscode.workspace.fs (remote and virtual workspaces work), with a faster
// Node path for local `file:` URIs. Sizes are checked first, so a 50 MB file is never read whole.
import * as vscode from 'vscode';
import { MAX_NOTE_BYTES } from '../../core/reading/noteLoader';

/** The bytes of a note, or only its size when it is too large to read. */
export type NoteBytes = { bytes: Uint8Array } | { tooLarge: number };

type NodeFs = typeof import('fs');
let nodeFs: NodeFs | undefined | null;

function localFs(): NodeFs | undefined {
  if (nodeFs === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      nodeFs = require('fs') as NodeFs;
    } catch {
      nodeFs = null; // a web extension host has no Node
    }
  }
  return nodeFs ?? undefined;
}

export async function readNoteBytes(uri: vscode.Uri, limit = MAX_NOTE_BYTES): Promise<NoteBytes> {
  const fs = uri.scheme === 'file' ? localFs() : undefined;
  if (fs?.readFileSync) {
    // Synchronous on purpose: a note is a few KB (at most `limit`), and four awaited calls per file
    // (open, stat, read, close) cost five times the read itself. Callers yield between batches.
    const { size } = fs.statSync(uri.fsPath);
    if (size > limit) return { tooLarge: size };
    return { bytes: fs.readFileSync(uri.fsPath) };
  }
  const { size } = await vscode.workspace.fs.stat(uri);
  if (size > limit) return { tooLarge: size };
  return { bytes: await vscode.workspace.fs.readFile(uri) };
}
