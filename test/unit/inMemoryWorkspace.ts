// A note workspace held in memory, for driving the core indexer in plain Node: files by URI with a
// modification time (a clock of its own, well in the past, a second per write), open editors with or
// without unsaved text, and watchers that hear what the test writes or deletes.
import picomatch = require('picomatch');
import type { IDisposable } from '../../src/core/disposable';
import type { FileStamp, FolderSettings, IndexStorage, Logger, NoteWorkspace, OpenCopy, Settings, WatchEvents } from '../../src/core/index/ports';
import type { NoteFolder } from '../../src/core/model';

const EXCLUDED = /(^|\/)(node_modules|\.git)\//;
/** 2026-01-01: files written by a test look long settled to anything that asks how recent they are. */
const EPOCH = Date.UTC(2026, 0, 1);

export class InMemoryWorkspace implements NoteWorkspace {
  readonly files = new Map<string, Uint8Array>();
  readonly mtimes = new Map<string, number>();
  private clock = EPOCH;
  readonly editors = new Map<string, OpenCopy>();
  /** Every file read, in order (tests prove which files were touched). */
  readonly reads: string[] = [];
  /** Every search for notes, by folder. */
  readonly finds: string[] = [];
  private readonly watchers = new Set<{ folder: NoteFolder; matches: (id: string) => boolean; events: WatchEvents }>();

  constructor(private readonly roots: NoteFolder[], readonly settings: Settings = settingsWith({})) {}

  folders(): readonly NoteFolder[] {
    return this.roots;
  }

  folderOf(id: string): NoteFolder | undefined {
    return this.roots.find((f) => id.startsWith(`${f.uri}/`));
  }

  async find(folder: NoteFolder, glob: string): Promise<readonly string[]> {
    this.finds.push(folder.uri);
    const matches = matcher(folder, glob);
    return [...this.files.keys()].filter(matches).sort();
  }

  isNote(id: string, glob: string): boolean {
    const folder = this.folderOf(id);
    return !!folder && matcher(folder, glob)(id);
  }

  async stat(id: string): Promise<FileStamp | undefined> {
    const bytes = this.files.get(id);
    return bytes && { size: bytes.byteLength, mtime: this.mtimes.get(id) ?? EPOCH };
  }

  async read(id: string): Promise<Uint8Array | undefined> {
    this.reads.push(id);
    return this.files.get(id);
  }

  watch(folder: NoteFolder, glob: string, events: WatchEvents): IDisposable {
    const watcher = { folder, matches: matcher(folder, glob), events };
    this.watchers.add(watcher);
    return { dispose: () => this.watchers.delete(watcher) };
  }

  openCopy(id: string): OpenCopy | undefined {
    return this.editors.get(id);
  }

  /** Writes a file as another program would, and tells the watchers. */
  write(id: string, text: string | Uint8Array): void {
    const created = !this.files.has(id);
    this.put(id, typeof text === 'string' ? new TextEncoder().encode(text) : text);
    this.tell(id, created ? 'created' : undefined);
  }

  /** Writes files without telling anyone: what lands in a folder before its watcher sees it (or while no window is open). */
  writeUnseen(id: string, text: string): void {
    this.put(id, new TextEncoder().encode(text));
  }

  /** Gives a file a new modification time and nothing else, unseen (as `touch` or a checkout would). */
  touch(id: string): void {
    this.mtimes.set(id, (this.clock += 1000));
  }

  /** Deletes a file, or a folder with everything in it (one event for the folder, as VS Code reports). */
  delete(id: string): void {
    const inside = [...this.files.keys()].filter((f) => f === id || f.startsWith(`${id}/`));
    for (const f of inside) {
      this.files.delete(f);
      this.mtimes.delete(f);
    }
    this.tell(id, 'deleted');
  }

  /** Reports a created folder (its notes were written before: see writeUnseen). */
  createdFolder(id: string): void {
    for (const w of this.watchers) if (id.startsWith(`${w.folder.uri}/`)) w.events.created(id);
  }

  get watcherCount(): number {
    return this.watchers.size;
  }

  private put(id: string, bytes: Uint8Array): void {
    this.files.set(id, bytes);
    this.touch(id);
  }

  private tell(id: string, what: 'created' | 'deleted' | undefined): void {
    for (const w of this.watchers) {
      if (!id.startsWith(`${w.folder.uri}/`)) continue;
      if (w.matches(id)) w.events.noteChanged(id);
      if (what === 'created') w.events.created(id);
      if (what === 'deleted') w.events.deleted(id);
    }
  }
}

/** The index cache's storage in memory: files by name, and how many times one was written. */
export class InMemoryStorage implements IndexStorage {
  readonly files = new Map<string, string>();
  writes = 0;

  async read(name: string): Promise<string | undefined> {
    return this.files.get(name);
  }

  async write(name: string, text: string): Promise<void> {
    this.files.set(name, text);
    this.writes++;
  }
}

/** Every log line, as `info …`, `warn …`, `error …`. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  info = (m: string) => void this.lines.push(`info ${m}`);
  warn = (m: string) => void this.lines.push(`warn ${m}`);
  error = (m: string) => void this.lines.push(`error ${m}`);
}

export function settingsWith(byFolder: Record<string, Partial<FolderSettings>>): Settings {
  return { folder: (folder) => ({ customerGlob: 'customers/**/*.md', notesGlob: '**/*.md', defaultCadenceDays: 14, ...(folder ? byFolder[folder.uri] : {}) }) };
}

function matcher(folder: NoteFolder, glob: string): (id: string) => boolean {
  const isMatch = picomatch(glob, { dot: false });
  return (id) => {
    if (!id.startsWith(`${folder.uri}/`)) return false;
    const relative = decodeURIComponent(id.slice(folder.uri.length + 1));
    return !EXCLUDED.test(relative) && isMatch(relative);
  };
}
