// Keeps one store of notes in step with the workspace: a full scan at start (in batches, yielding so
// the host never stalls), then one file at a time from the watchers, debounced, plus the unsaved text
// of open notes so the views follow what the leader is typing. With an index cache, the scan at start
// reads only the files whose size or modification time changed since the cache was written (see
// cache/noteCache.ts). One indexer per kind of note (customer notes; every Markdown note for its links).
// Runs wherever its ports do: in the extension host, in the unit tests on an in-memory workspace, in the
// benchmark on Node fs.
import { Disposable, disposeAll, toDisposable, type IDisposable } from '../disposable';
import { MAX_NOTE_BYTES } from '../reading/noteLoader';
import { globBase } from './glob';
import type { NoteKind, NoteStore } from './noteKind';
import { unsavedText } from './openCopy';
import { yieldToHost } from './yieldToHost';
import type { FileStamp, Logger, NoteWorkspace, Settings } from './ports';
import type { NoteFolder } from '../model';
import type { CachedNote } from './cache/cacheFile';
import { NoteCache, type IndexCacheOptions } from './cache/noteCache';

export interface IndexerTiming {
  /** Quiet time after a file event before the burst is read. */
  readonly watchDebounceMs: number;
  /** Quiet time after a keystroke before the unsaved text is parsed. */
  readonly typingDebounceMs: number;
  /** Files read at once between two yields to the host. */
  readonly readBatch: number;
}

export const defaultTiming: IndexerTiming = { watchDebounceMs: 150, typingDebounceMs: 300, readBatch: 32 };

/** What the last full scan did. */
export interface ScanCount {
  /** Notes of this kind found. */
  readonly found: number;
  /** Files read (and parsed). */
  readonly read: number;
  /** Notes taken from the index cache: their files unchanged since it was written. */
  readonly fromCache: number;
  readonly ms: number;
}

/** A note with the stamp its file had: taken from the cache, read from the file, or made from the size alone (too large). */
interface Loaded<T> {
  readonly note: T;
  readonly stamp: FileStamp;
  readonly from: 'cache' | 'file' | 'size';
}

const NO_CACHE: ReadonlyMap<string, never> = new Map<string, never>();
/** A stat costs a few microseconds: many go between two yields to the host. */
const STATS_PER_READ = 8;

/** `fromCache`: a note whose file is as the index cache saw it is taken from the cache, not read. */
export interface ScanOptions {
  readonly fromCache?: boolean;
}

export class NoteIndexer<T extends { readonly id: string }> extends Disposable {
  private watchers: IDisposable[] = [];
  private readonly pending = new Set<string>();
  private readonly createdFolders = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private scanning: Promise<void> | undefined;
  private scanGeneration = 0;
  private readonly cache: NoteCache<T> | undefined;
  /** What the last full scan did, once one has completed. */
  lastScan: ScanCount | undefined;

  constructor(
    private readonly index: NoteStore<T>,
    private readonly kind: NoteKind<T>,
    private readonly workspace: NoteWorkspace,
    private readonly settings: Settings,
    private readonly log: Logger,
    private readonly timing: IndexerTiming = defaultTiming,
    cache?: IndexCacheOptions,
  ) {
    super();
    this.cache = cache && new NoteCache(kind, index, workspace, settings, log, cache);
    this.register(toDisposable(() => {
      this.cache?.dispose();
      clearTimeout(this.flushTimer);
      for (const timer of this.typingTimers.values()) clearTimeout(timer);
      disposeAll(this.watchers);
    }));
  }

  /**
   * Scans every folder; resolves when the store holds every note of its kind. `fromCache`: a note whose
   * file has the size and modification time the index cache noted is taken from the cache, not read
   * (at start); otherwise every file is read, and the cache written anew.
   */
  rescan(options: ScanOptions = {}): Promise<void> {
    const generation = ++this.scanGeneration;
    this.watch();
    this.scanning = this.scan(generation, options.fromCache === true).catch((error) => this.log.error(`Scan failed: ${error}`));
    return this.scanning;
  }

  /** Writes the index cache now if a write is waiting; resolves once it is written. */
  flushCache(): Promise<void> {
    return this.cache?.flush() ?? Promise.resolve();
  }

  /** Resolves once the current scan and every queued file update are in the index. */
  async idle(): Promise<void> {
    await this.scanning;
    while (this.flushTimer !== undefined || this.pending.size > 0) {
      await new Promise((r) => setTimeout(r, this.timing.watchDebounceMs));
      await this.flushing;
    }
    await this.flushing;
    await this.index.settled?.();
  }

  /** Whether `id` is a note of this kind: in the store, or an open document its folder's glob matches. */
  isNote(id: string): boolean {
    return this.index.get(id) !== undefined || this.workspace.isNote(id, this.glob(this.workspace.folderOf(id)));
  }

  /** The text of an open note changed (typed, saved, reverted). */
  editorChanged(id: string): void {
    if (!this.isNote(id)) return;
    clearTimeout(this.typingTimers.get(id));
    this.typingTimers.set(id, setTimeout(() => {
      this.typingTimers.delete(id);
      // Unsaved text wins while it is unsaved; once saved or reverted, the file on disk is the truth.
      const unsaved = this.unsavedNote(id);
      if (unsaved) {
        this.cache?.shadow(id, this.index.get(id));
        this.index.set(unsaved);
      } else this.queue(id);
    }, this.timing.typingDebounceMs));
  }

  /** An editor closed: if it held unsaved text, what is on disk is the truth again. */
  editorClosed(id: string): void {
    if (this.index.get(id)) this.queue(id);
  }

  private async scan(generation: number, fromCache: boolean): Promise<void> {
    const started = Date.now();
    // Read while the folders are searched: in the extension host the search is another process's work.
    const reading = fromCache && this.cache ? this.cache.read() : Promise.resolve(NO_CACHE);
    const found: Loaded<T>[] = [];
    let cached: ReadonlyMap<string, CachedNote<T>> = NO_CACHE;
    for (const folder of this.workspace.folders()) {
      const ids = await this.workspace.find(folder, this.glob(folder));
      cached = await reading;
      const toRead = await this.takeFromCache(ids, cached, found, generation);
      if (!toRead || !(await this.readInto(toRead, found, generation))) return; // a newer scan superseded this one
    }
    const stamps = new Map<string, FileStamp>();
    const shadowed = new Map<string, T>();
    const merged = found.map(({ note, stamp }) => {
      stamps.set(note.id, stamp);
      const unsaved = this.unsavedNote(note.id);
      if (unsaved) shadowed.set(note.id, note);
      return unsaved ?? note;
    });
    this.index.replaceAll(merged);
    await this.index.settled?.();
    const fromCacheCount = found.filter((l) => l.from === 'cache').length;
    // Every note from the cache, and every note it holds found: the file would be written as it is.
    this.cache?.replaced(stamps, shadowed, fromCacheCount === found.length && fromCacheCount === cached.size);
    const read = found.filter((l) => l.from === 'file').length;
    const ms = Date.now() - started;
    this.lastScan = { found: merged.length, read, fromCache: fromCacheCount, ms };
    const how = fromCache && this.cache ? ` (${fromCacheCount} from the index cache, ${read} read)` : '';
    this.log.info(`Indexed ${merged.length} ${this.kind.plural} in ${ms} ms${how}.`);
  }

  /**
   * Every file's stamp: a note whose file has the size and modification time the cache noted joins
   * `found`; the others are returned, to be read. Undefined when a newer scan superseded this one.
   */
  private async takeFromCache(ids: readonly string[], cached: ReadonlyMap<string, CachedNote<T>>, found: Loaded<T>[], generation: number): Promise<Array<[string, FileStamp]> | undefined> {
    const toRead: Array<[string, FileStamp]> = [];
    const statBatch = this.timing.readBatch * STATS_PER_READ;
    for (let i = 0; i < ids.length; i += statBatch) {
      const batch = ids.slice(i, i + statBatch);
      const stamps = await Promise.all(batch.map((id) => this.workspace.stat(id)));
      batch.forEach((id, j) => {
        const stamp = stamps[j];
        if (!stamp) return; // gone since it was found
        const hit = cached.get(id);
        if (hit && hit.stamp.size === stamp.size && hit.stamp.mtime === stamp.mtime) found.push({ note: hit.note, stamp, from: 'cache' });
        else toRead.push([id, stamp]);
      });
      if (generation !== this.scanGeneration) return undefined;
      await yieldToHost();
    }
    return toRead;
  }

  /** Reads the files into `found`, in batches; false when a newer scan superseded this one. */
  private async readInto(toRead: ReadonlyArray<[string, FileStamp]>, found: Loaded<T>[], generation: number): Promise<boolean> {
    for (let i = 0; i < toRead.length; i += this.timing.readBatch) {
      const loaded = await Promise.all(toRead.slice(i, i + this.timing.readBatch).map(([id, stamp]) => this.load(id, stamp)));
      for (const l of loaded) if (l) found.push(l);
      if (generation !== this.scanGeneration) return false;
      await yieldToHost();
    }
    return true;
  }

  private watch(): void {
    disposeAll(this.watchers);
    this.watchers = this.workspace.folders().map((folder) => this.workspace.watch(folder, this.glob(folder), {
      noteChanged: (id) => this.queue(id),
      created: (id) => !/\.md$/i.test(id) && this.folderCreated(folder, id),
      deleted: (id) => this.folderDeleted(id),
    }));
  }

  private queue(id: string): void {
    this.pending.add(id);
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      // One failed update must never stop the ones after it.
      this.flushing = this.flushing.then(() => this.flush()).catch((error) => this.log.error(`File update failed: ${(error as Error)?.stack ?? error}`));
    }, this.timing.watchDebounceMs);
  }

  /** A folder event reports only the folder, never the notes written into it before the watcher saw it. */
  private folderCreated(folder: NoteFolder, id: string): void {
    // Only folders that can hold these notes: a build writing thousands of files elsewhere costs nothing.
    const base = globBase(this.glob(folder));
    if (base && !`${decoded(id)}/`.startsWith(`${decoded(folder.uri)}/${base}/`)) return;
    this.createdFolders.add(id);
    this.queue(id);
  }

  private folderDeleted(id: string): void {
    const prefix = `${id}/`;
    for (const note of this.index.all()) if (note.id.startsWith(prefix)) this.queue(note.id);
  }

  /** Notes under folders created since the last flush, found by the same glob as the full scan. */
  private async notesInCreatedFolders(): Promise<string[]> {
    const created = [...this.createdFolders];
    this.createdFolders.clear();
    const found: string[] = [];
    for (const folder of this.workspace.folders()) {
      const prefixes = created.filter((c) => c.startsWith(`${folder.uri}/`)).map((c) => `${c}/`);
      if (prefixes.length === 0) continue;
      const ids = await this.workspace.find(folder, this.glob(folder));
      found.push(...ids.filter((id) => prefixes.some((prefix) => id.startsWith(prefix))));
    }
    return found;
  }

  /** Applies a burst of file events as one index update, so the views refresh once per burst. */
  private async flush(): Promise<void> {
    const folders = new Set(this.createdFolders);
    for (const id of await this.notesInCreatedFolders()) this.pending.add(id);
    const ids = [...this.pending].filter((id) => !folders.has(id));
    this.pending.clear();
    const updates: Array<Loaded<T> | string> = [];
    for (let i = 0; i < ids.length; i += this.timing.readBatch) {
      const batch = ids.slice(i, i + this.timing.readBatch);
      updates.push(...(await Promise.all(batch.map(async (id) => (await this.load(id)) ?? id))));
      await yieldToHost();
    }
    this.index.batch(() => {
      for (const update of updates) {
        if (typeof update === 'string') {
          this.index.delete(update);
          this.cache?.forget(update);
        } else {
          const unsaved = this.unsavedNote(update.note.id);
          this.index.set(unsaved ?? update.note);
          this.cache?.remember(update.note.id, update.stamp, unsaved && update.note);
        }
      }
    });
    if (updates.length) this.cache?.changed();
    this.log.info(`Updated ${updates.length} of the ${this.kind.plural} from file changes.`);
  }

  private glob(folder: NoteFolder | undefined): string {
    return this.kind.glob(this.settings.folder(folder));
  }

  /**
   * Reads and parses one note (`known`: its file's stamp, when just asked); undefined when the file no
   * longer exists (or is too large for a kind that then keeps nothing).
   */
  private async load(id: string, known?: FileStamp): Promise<Loaded<T> | undefined> {
    const settings = this.settings.folder(this.workspace.folderOf(id));
    const stamp = known ?? (await this.workspace.stat(id));
    if (stamp === undefined) return undefined;
    if (stamp.size > MAX_NOTE_BYTES) {
      this.log.warn(`Skipped ${id}: ${stamp.size} bytes is over the size limit.`);
      const note = this.kind.tooLarge(id, stamp.size, settings);
      return note && { note, stamp, from: 'size' };
    }
    const bytes = await this.workspace.read(id);
    if (!bytes) return undefined;
    const note = this.kind.load(id, bytes, settings);
    const warning = this.kind.warning(note);
    if (warning) this.log.warn(`Skipped ${id}: ${warning}`);
    return { note, stamp, from: 'file' };
  }

  /** The note as its editor's unsaved text says, when an editor has unsaved changes. */
  private unsavedNote(id: string): T | undefined {
    const text = unsavedText(this.workspace.openCopy(id));
    return text === undefined ? undefined : this.kind.parse(id, text, this.settings.folder(this.workspace.folderOf(id)));
  }
}

const isLoaded = <T>(note: T | undefined): note is T => note !== undefined;

function decoded(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
