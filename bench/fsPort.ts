// The benchmark's file-system port: what the extension gets from `vscode.workspace.findFiles` and
// `readNoteBytes`, backed by Node fs, with every directory listing and every file open counted so the
// benchmark can prove which files were touched.
//
// - findFiles(root, glob): walks only the glob's static folder (`customers/` for `customers/**\/*.md`),
//   skipping `node_modules` and `.git` like the extension's exclude, and keeps the files the glob matches.
// - read(path): the extension's own reading code (src/vscode/noteFiles.ts `readNoteBytes`, fs/promises
//   open + stat + read + close), called with a `file:` URI.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as vscode from 'vscode';
import { readNoteBytes, type NoteBytes } from '../src/vscode/ports/noteFiles';

const EXCLUDED_DIRS = new Set(['node_modules', '.git']);

/** A small glob matcher: `**` (any folders), `*`, `?`, `{a,b}`, `[abc]`; paths use `/`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += `(?:${glob.slice(i + 1, end).split(',').map(escapeRe).join('|')})`;
      i = end;
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      re += `[${glob.slice(i + 1, end).replace(/^!/, '^')}]`;
      i = end;
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

const escapeRe = (s: string) => s.replace(/[.+^$()|\\\]\[{}*?]/g, '\\$&');

/** The leading folders of a glob that hold no wildcard: the only place a match can be. */
export function staticPrefix(glob: string): string {
  const parts = glob.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?{[]/.test(part)) break;
    fixed.push(part);
  }
  return fixed.join('/');
}

export interface PortCounters {
  readdirs: number;
  /** Every directory listed, relative to the workspace root. */
  dirsListed: string[];
  /** Every file read by the reading code (counted at fs `readFileSync`, below readNoteBytes). */
  opened: string[];
}

export class NodeFsPort {
  readonly counters: PortCounters = { readdirs: 0, dirsListed: [], opened: [] };
  private root = '';

  constructor() {
    // Count at the lowest level the extension's read path touches: noteFiles.ts calls
    // `require('fs').readFileSync` for each `file:` URI it reads.
    const fs = require('fs') as typeof import('node:fs') & { __benchCounted?: boolean };
    if (!fs.__benchCounted) {
      const readFileSync = fs.readFileSync;
      (fs as { readFileSync: unknown }).readFileSync = function countedRead(this: unknown, file: unknown, ...rest: unknown[]) {
        activePort?.counters.opened.push(String(file));
        return (readFileSync as (...a: unknown[]) => unknown).call(this, file, ...rest);
      };
      fs.__benchCounted = true;
    }
    activePort = this;
  }

  reset(): void {
    this.counters.readdirs = 0;
    this.counters.dirsListed = [];
    this.counters.opened = [];
    activePort = this;
  }

  /** Absolute paths of the files under `root` matched by `glob`, as the extension's findFiles returns them. */
  async findFiles(root: string, glob: string): Promise<string[]> {
    this.root = root;
    const matcher = globToRegExp(glob);
    const start = staticPrefix(glob);
    const found: string[] = [];
    const walk = async (rel: string): Promise<void> => {
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fsp.readdir(path.join(root, rel), { withFileTypes: true });
      } catch {
        return; // no such folder: no notes
      }
      this.counters.readdirs++;
      this.counters.dirsListed.push(rel);
      for (const e of entries) {
        const childRel = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!EXCLUDED_DIRS.has(e.name)) await walk(childRel);
        } else if (e.isFile() && matcher.test(childRel)) found.push(path.join(root, childRel));
      }
    };
    await walk(start);
    return found.sort();
  }

  /** The extension's read of one note (size check first, then the bytes). */
  read(file: string): Promise<NoteBytes> {
    const uri = { scheme: 'file', fsPath: file } as unknown as vscode.Uri;
    return readNoteBytes(uri);
  }

  /** The URI string the extension uses as a note's id. */
  idOf(file: string): string {
    return pathToFileURL(file).href;
  }

  relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }
}

let activePort: NodeFsPort | undefined;
