// Reads note files through vscode.workspace.fs (remote and virtual workspaces work), with a faster
// Node path for local `file:` URIs. Sizes are checked first, so a 50 MB file is never read whole.
import * as vscode from 'vscode';
import { MAX_NOTE_BYTES } from '../core/noteLoader';

/** The bytes of a note, or only its size when it is too large to read. */
export type NoteBytes = { bytes: Uint8Array } | { tooLarge: number };

type NodeFs = typeof import('fs/promises');
let nodeFs: NodeFs | undefined | null;

function localFs(): NodeFs | undefined {
  if (nodeFs === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      nodeFs = require('fs/promises') as NodeFs;
    } catch {
      nodeFs = null; // a web extension host has no Node
    }
  }
  return nodeFs ?? undefined;
}

export async function readNoteBytes(uri: vscode.Uri, limit = MAX_NOTE_BYTES): Promise<NoteBytes> {
  const fs = uri.scheme === 'file' ? localFs() : undefined;
  if (fs) {
    const handle = await fs.open(uri.fsPath, 'r');
    try {
      const { size } = await handle.stat();
      if (size > limit) return { tooLarge: size };
      const bytes = new Uint8Array(size);
      const { bytesRead } = await handle.read(bytes, 0, size, 0);
      return { bytes: bytes.subarray(0, bytesRead) };
    } finally {
      await handle.close();
    }
  }
  const { size } = await vscode.workspace.fs.stat(uri);
  if (size > limit) return { tooLarge: size };
  return { bytes: await vscode.workspace.fs.readFile(uri) };
}
