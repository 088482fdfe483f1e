// What the indexer needs to know of one kind of note: which files are of that kind, how their bytes
// read, and where the parsed notes are kept. Customer notes are one kind; every Markdown note, read for
// its links to customers, is the other (src/core/index/noteKinds.ts).
import type { Days } from './cache/shapes';
import type { FolderSettings } from './ports';

export interface NoteKind<T extends { readonly id: string }> {
  /** What the log calls these notes: `customer notes`. */
  readonly plural: string;
  /** The glob of a folder's notes of this kind. */
  glob(settings: FolderSettings): string;
  /** A note from its file's bytes (any bytes: too large, binary and not UTF-8 are the kind's to handle). */
  load(id: string, bytes: Uint8Array, settings: FolderSettings): T;
  /** A note from the text of an editor. */
  parse(id: string, text: string, settings: FolderSettings): T;
  /** A note whose file is over the size limit, never read; undefined when the kind then keeps nothing. */
  tooLarge(id: string, bytes: number, settings: FolderSettings): T | undefined;
  /** What the log says of a note that could not be read, if anything. */
  warning(note: T): string | undefined;
  /** The name of the index cache's file of these notes (src/core/index/cache/). */
  readonly cacheName: string;
  readonly codec: NoteCodec<T>;
}

/** How the index cache keeps a note of one kind between sessions. */
export interface NoteCodec<T extends { readonly id: string }> {
  /**
   * What the cache writes for the note: plain JSON data of the note's own parse, never what the index
   * joins into it. Throws a CacheShapeError for a note whose data would not read back (it is not written).
   */
  encode(note: T): unknown;
  /** The note back from what `encode` wrote, every value checked; throws a CacheShapeError for anything else. */
  decode(id: string, data: unknown, days: Days): T;
}

/** Where the indexer keeps the parsed notes of one kind, updated one file at a time. */
export interface NoteStore<T extends { readonly id: string }> {
  get(id: string): T | undefined;
  all(): T[];
  set(note: T): void;
  delete(id: string): void;
  /** Replaces the whole content (a full rescan). */
  replaceAll(notes: Iterable<T>): void;
  /** Runs several updates and tells listeners once. */
  batch(update: () => void): void;
  /** Resolves once what the store was given is in, for a store that takes large changes in pieces. */
  settled?(): Promise<void>;
}
