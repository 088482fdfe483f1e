// What the index needs from its host, as small ports: the VS Code adapters implement them in the
// extension (src/vscode/ports/), the unit tests with an in-memory workspace, the benchmark on Node fs.
// A note's id is its URI as text.
import type { IDisposable } from '../disposable';
import type { NoteFolder, ParseSettings } from '../model';

/** The settings that decide which files are customer notes, how they read, and which notes may mention them. */
export interface FolderSettings extends ParseSettings {
  readonly customerGlob: string;
  /** Every Markdown note read for its links to customers (`**\/*.md`). */
  readonly notesGlob: string;
}

/** What the index hears of one folder: note files, and any path created or deleted (folders too). */
export interface WatchEvents {
  /** A file the watched glob matches was created, changed or deleted. */
  noteChanged(id: string): void;
  /** Anything was created under the folder: a folder's notes may have been written before it was seen. */
  created(id: string): void;
  /** Anything was deleted under the folder: a deleted folder takes its notes along. */
  deleted(id: string): void;
}

/** What a file's stat says of it: enough to tell that it changed since it was read. */
export interface FileStamp {
  readonly size: number;
  /** Modification time, in milliseconds since the epoch (as the file system reports it). */
  readonly mtime: number;
}

/** A copy of a note open in an editor. */
export interface OpenCopy {
  readonly text: string;
  /** It has changes the leader has not saved. */
  readonly dirty: boolean;
}

export interface NoteWorkspace {
  folders(): readonly NoteFolder[];
  /** The folder that holds `id`, if any. */
  folderOf(id: string): NoteFolder | undefined;
  /** Every file of `folder` the glob matches (relative to the folder), outside node_modules and .git. */
  find(folder: NoteFolder, glob: string): Promise<readonly string[]>;
  /** Whether `id` is open in an editor as Markdown and `glob` (of its folder) matches it. */
  isNote(id: string, glob: string): boolean;
  /** The size and modification time of a file; undefined when there is no such file (deleted, or a folder). */
  stat(id: string): Promise<FileStamp | undefined>;
  /** The bytes of a file; undefined when there is no such file. */
  read(id: string): Promise<Uint8Array | undefined>;
  watch(folder: NoteFolder, glob: string, events: WatchEvents): IDisposable;
  /** The copy of the note open in an editor, if it is open. */
  openCopy(id: string): OpenCopy | undefined;
}

/**
 * Where the index keeps its copy between sessions: the extension's own storage for the workspace, never
 * the workspace itself. Whole files by name.
 */
export interface IndexStorage {
  /** The text of a file; undefined when there is none. */
  read(name: string): Promise<string | undefined>;
  /** Replaces a file at once: a later read sees the old text or the new, never a part of either. */
  write(name: string, text: string): Promise<void>;
}

export interface Settings {
  folder(folder: NoteFolder | undefined): FolderSettings;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
