// The index's note workspace on Node fs, for the benchmark: the same ports the extension implements on
// VS Code (src/vscode/ports/noteWorkspace.ts), with every folder listed and every file read counted so
// the benchmark can prove which files were touched. Reads are synchronous like the extension's `file:`
// path (size first, then the bytes).
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch = require('picomatch');
import type { IDisposable } from '../src/core/disposable';
import { globBase } from '../src/core/index/glob';
import type { FileStamp, NoteWorkspace, OpenCopy, WatchEvents } from '../src/core/index/ports';
import { yieldToHost } from '../src/core/index/yieldToHost';
import type { NoteFolder } from '../src/core/model';

const EXCLUDED_DIRS = new Set(['node_modules', '.git']);

export interface Counters {
  /** Every directory listed, relative to the workspace folder. */
  dirsListed: string[];
  /** Every file read, as a path. */
  opened: string[];
  /** Time spent finding notes (walking the glob's folder), in ms. */
  findMs: number;
}

export class NodeWorkspace implements NoteWorkspace {
  readonly counters: Counters = { dirsListed: [], opened: [], findMs: 0 };
  readonly folder: NoteFolder;
  private readonly watchers = new Set<WatchEvents>();

  constructor(readonly root: string) {
    this.folder = { uri: pathToFileURL(root).href, name: path.basename(root) };
  }

  reset(): void {
    this.counters.dirsListed = [];
    this.counters.opened = [];
    this.counters.findMs = 0;
  }

  folders(): readonly NoteFolder[] {
    return [this.folder];
  }

  folderOf(id: string): NoteFolder | undefined {
    return id.startsWith(`${this.folder.uri}/`) ? this.folder : undefined;
  }

  /** Walks only the glob's fixed folder (`customers/` for `customers/**\/*.md`), as a search service would. */
  async find(folder: NoteFolder, glob: string): Promise<readonly string[]> {
    const started = performance.now();
    const isMatch = picomatch(glob);
    const found: string[] = [];
    const walk = async (rel: string): Promise<void> => {
      let entries: fs.Dirent[];
      try {
        entries = await fsp.readdir(path.join(this.root, rel), { withFileTypes: true });
      } catch {
        return; // no such folder: no notes
      }
      this.counters.dirsListed.push(rel);
      let sinceTurn = 0;
      for (const e of entries) {
        // VS Code's search runs in another process: a folder of 20,000 notes must not hold this one's loop.
        if (++sinceTurn === 1_000) {
          sinceTurn = 0;
          await yieldToHost();
        }
        const childRel = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!EXCLUDED_DIRS.has(e.name)) await walk(childRel);
        } else if (e.isFile() && isMatch(childRel)) found.push(this.idOf(path.join(this.root, childRel)));
      }
    };
    await walk(globBase(glob));
    this.counters.findMs += performance.now() - started;
    return found.sort();
  }

  isNote(id: string, _glob: string): boolean {
    return this.folderOf(id) !== undefined && id.endsWith('.md');
  }

  async stat(id: string): Promise<FileStamp | undefined> {
    try {
      const stat = fs.statSync(fileURLToPath(id));
      return stat.isFile() ? { size: stat.size, mtime: stat.mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  }

  async read(id: string): Promise<Uint8Array | undefined> {
    const file = fileURLToPath(id);
    this.counters.opened.push(file);
    try {
      return fs.readFileSync(file);
    } catch {
      return undefined;
    }
  }

  watch(_folder: NoteFolder, _glob: string, events: WatchEvents): IDisposable {
    this.watchers.add(events);
    return { dispose: () => this.watchers.delete(events) };
  }

  openCopy(): OpenCopy | undefined {
    return undefined; // no editors in the benchmark
  }

  /** Tells the indexer a note file changed, as a file-system watcher would. */
  changed(file: string): void {
    for (const events of this.watchers) events.noteChanged(this.idOf(file));
  }

  /** The URI string the extension uses as a note's id. */
  idOf(file: string): string {
    return pathToFileURL(file).href;
  }

  relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }
}
