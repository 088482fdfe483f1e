// The index cache of one kind of note, as the indexer keeps it: for each note in the store, the size and
// modification time its file had when it was read (a note whose file still has them need not be read
// again), read back at start, written again a few seconds after the store changes. What the store holds
// from an editor's unsaved text never goes in: the note as read from its file is kept aside for the cache.
import type { NoteKind, NoteStore } from '../noteKind';
import type { FileStamp, IndexStorage, Logger, NoteWorkspace, Settings } from '../ports';
import { readCacheFile, writeCacheFile, type CachedNote, type CacheEntry } from './cacheFile';
import { yieldToHost } from '../yieldToHost';

export interface IndexCacheOptions {
  readonly storage: IndexStorage;
  /** The build of Rapport: a cache another build wrote may hold notes read another way, and is not read. */
  readonly version: string | PromiseLike<string>;
  /** Quiet time after the store changed before the cache is written. */
  readonly writeDelayMs?: number;
  /**
   * A file modified this recently when it was read may change again within the same tick of a coarse
   * clock (some file systems count whole seconds) without its stamp changing: it is not cached.
   */
  readonly settleMs?: number;
  readonly now?: () => number;
}

const NONE: ReadonlyMap<string, never> = new Map<string, never>();

/** The name of the file in which the index cache keeps notes of one kind. */
export function cacheFileName(kind: Pick<NoteKind<never>, 'cacheName'>): string {
  return `${kind.cacheName}.index.jsonl`;
}

export class NoteCache<T extends { readonly id: string }> {
  /** By id: the stamp of the file the store's note was read from. */
  private stamps = new Map<string, FileStamp>();
  /** By id: the note as read from its file, while the store holds an editor's unsaved text instead. */
  private shadowed = new Map<string, T>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly fileName: string;

  constructor(
    private readonly kind: NoteKind<T>,
    private readonly store: NoteStore<T>,
    private readonly workspace: NoteWorkspace,
    private readonly settings: Settings,
    private readonly log: Logger,
    private readonly options: IndexCacheOptions,
  ) {
    this.fileName = cacheFileName(kind);
  }

  /** The notes the cache holds for the open folders as they are set now; none when it cannot be trusted. */
  async read(): Promise<ReadonlyMap<string, CachedNote<T>>> {
    const what = `the index cache of ${this.kind.plural}`;
    let file: string | undefined;
    try {
      file = await this.options.storage.read(this.fileName);
    } catch (error) {
      this.log.warn(`Could not read ${what} (${error}); reading every note.`);
      return NONE;
    }
    if (file === undefined) {
      this.log.info(`No index cache of ${this.kind.plural} yet; reading every note.`);
      return NONE;
    }
    const folders = new Map(this.workspace.folders().map((f) => [f.uri, f]));
    const current = (uri: string) => (folders.has(uri) ? this.settings.folder(folders.get(uri)) : undefined);
    const read = await readCacheFile(file, await this.identity(), current, this.kind.codec, yieldToHost);
    if (!read.ok) {
      this.log.warn(`Discarded ${what} (${read.reason}); reading every note.`);
      return NONE;
    }
    for (const uri of read.otherSettings) this.log.info(`The index cache of ${this.kind.plural} was written for other settings of ${uri}; reading its notes.`);
    return read.notes;
  }

  /** A full scan's notes are in the store, read from files with these stamps (the shadowed ones as read). */
  replaced(stamps: Map<string, FileStamp>, shadowed: Map<string, T>, unchanged: boolean): void {
    for (const [id, stamp] of stamps) if (!this.settled(stamp)) stamps.delete(id);
    this.stamps = stamps;
    this.shadowed = shadowed;
    if (!unchanged) this.changed();
  }

  /** The store holds the note as read from a file with `stamp`, or that file's unsaved text in an editor (`shadowed`: the note as read). */
  remember(id: string, stamp: FileStamp, shadowed?: T): void {
    this.forget(id);
    if (!this.settled(stamp)) return;
    this.stamps.set(id, stamp);
    if (shadowed) this.shadowed.set(id, shadowed);
  }

  /** The store is about to hold an editor's unsaved text for `id`, in place of `current`. */
  shadow(id: string, current: T | undefined): void {
    if (current && this.stamps.has(id) && !this.shadowed.has(id)) this.shadowed.set(id, current);
  }

  forget(id: string): void {
    this.stamps.delete(id);
    this.shadowed.delete(id);
  }

  /** The store changed: the cache is written once it has been quiet for a while. */
  changed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.writeNow();
    }, this.options.writeDelayMs ?? 3000);
    (this.timer as { unref?: () => void }).unref?.();
  }

  /** Writes now what is waiting to be written; resolves once the file is written. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      return this.writeNow();
    }
    return this.writing;
  }

  /** Stops waiting to write; a write under way still completes. */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private writeNow(): Promise<void> {
    // Taken at once, so that what the store holds and the stamps it was read with stay one pair.
    const entries = this.snapshot();
    const folders = this.workspace.folders().map((f) => ({ uri: f.uri, settings: this.settings.folder(f) }));
    this.writing = this.writing.then(async () => {
      const { text, written } = await writeCacheFile(await this.identity(), folders, entries, this.kind.codec, yieldToHost);
      await this.options.storage.write(this.fileName, text);
      this.logged('info', `Wrote the index cache of ${written} ${this.kind.plural} (${Math.ceil(text.length / 1024)} KB).`);
    }).catch((error) => this.logged('warn', `Could not write the index cache of ${this.kind.plural}: ${error}`));
    return this.writing;
  }

  private snapshot(): CacheEntry<T>[] {
    const entries: CacheEntry<T>[] = [];
    for (const [id, stamp] of this.stamps) {
      const note = this.shadowed.get(id) ?? this.store.get(id);
      if (note) entries.push({ id, stamp, note });
    }
    return entries;
  }

  private async identity() {
    return { kind: this.kind.cacheName, version: await this.options.version };
  }

  /** The last write runs as the window closes, when the log may be gone already. */
  private logged(level: 'info' | 'warn', message: string): void {
    try {
      this.log[level](message);
    } catch {
      // nowhere left to say it
    }
  }

  /** Whether the stamp tells this file's changes apart: some virtual file systems give no modification time (0). */
  private settled(stamp: FileStamp): boolean {
    return stamp.mtime > 0 && (this.options.now ?? Date.now)() - stamp.mtime >= (this.options.settleMs ?? 2000);
  }
}
