// The index cache's file: JSON Lines, read and checked one line at a time (yielding between chunks, so
// the host never stalls), where a cut anywhere shows. A header says what wrote it and for which settings,
// one line per note follows with the size and modification time its file had when it was read, and an
// end line counts them:
//
//   {"cache":"rapport-index","schema":1,"kind":"customers","version":"0.1.0","folders":[{"uri":"file:///ws","settings":{…}}]}
//   [0,"customers/acme.md",4123,1732100000000.5,{…the note, see customerCodec.ts…}]
//   {"end":1}
//
// Anything else (not JSON, cut short, another schema, kind or version, a note of the wrong shape) means
// the file is not what the cache wrote: all of it is discarded. A folder cached with other settings
// only loses its own notes.
import type { FileStamp, FolderSettings } from '../ports';
import type { NoteCodec } from '../noteKind';
import { CacheShapeError, Days, record, text, whole, wrong } from './shapes';

/** Bump when what the file holds changes: the layout here or what a codec writes. */
export const SCHEMA = 1;
const MARK = 'rapport-index';
const HEADER_KEYS: ReadonlySet<string> = new Set(['cache', 'schema', 'kind', 'version', 'folders']);
const FOLDER_KEYS: ReadonlySet<string> = new Set(['uri', 'settings']);
const END_KEYS: ReadonlySet<string> = new Set(['end']);
/** How long reading or writing runs before it yields to the host. */
const SLICE_MS = 8;

/** What the file must have been written by and for. */
export interface CacheIdentity {
  /** The kind's cacheName. */
  readonly kind: string;
  /** The build of Rapport that wrote it: another build may read notes another way. */
  readonly version: string;
}

export interface CachedNote<T> {
  readonly stamp: FileStamp;
  readonly note: T;
}

/** One note to write: where it lives, the stamp its file had when read, the note as read from it. */
export interface CacheEntry<T> {
  readonly id: string;
  readonly stamp: FileStamp;
  readonly note: T;
}

export type CacheRead<T> =
  | { readonly ok: true; readonly notes: ReadonlyMap<string, CachedNote<T>>; readonly otherSettings: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** The settings as written in a header: one text, whatever the order of the keys. */
export function settingsKey(settings: FolderSettings): string {
  return JSON.stringify(Object.fromEntries(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/**
 * The file's text for `entries`, grouped by the folder (innermost first) each note's id lies in; an
 * entry in none of `folders`, or whose note the codec cannot write faithfully, is left out.
 */
export async function writeCacheFile<T extends { readonly id: string }>(
  identity: CacheIdentity, folders: ReadonlyArray<{ readonly uri: string; readonly settings: FolderSettings }>,
  entries: readonly CacheEntry<T>[], codec: NoteCodec<T>, pause: () => Promise<void>,
): Promise<{ text: string; written: number }> {
  const innermostFirst = folders.map((f, index) => ({ prefix: `${f.uri}/`, index })).sort((a, b) => b.prefix.length - a.prefix.length);
  const header = { cache: MARK, schema: SCHEMA, kind: identity.kind, version: identity.version, folders: folders.map((f) => ({ uri: f.uri, settings: JSON.parse(settingsKey(f.settings)) })) };
  const lines = [JSON.stringify(header)];
  let sliceStart = Date.now();
  for (const { id, stamp, note } of entries) {
    const folder = innermostFirst.find((f) => id.startsWith(f.prefix));
    if (!folder) continue;
    let data: unknown;
    try {
      data = codec.encode(note);
    } catch (error) {
      if (error instanceof CacheShapeError) continue;
      throw error;
    }
    lines.push(JSON.stringify([folder.index, id.slice(folder.prefix.length), stamp.size, stamp.mtime, data]));
    if (Date.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = Date.now();
    }
  }
  lines.push(JSON.stringify({ end: lines.length - 1 }));
  return { text: `${lines.join('\n')}\n`, written: lines.length - 2 };
}

/**
 * The notes of a cache file, checked; `currentSettings` gives an open folder's settings now (undefined
 * for a folder no longer open, whose notes are left out like those of a folder with other settings).
 */
export async function readCacheFile<T extends { readonly id: string }>(
  file: string, identity: CacheIdentity, currentSettings: (uri: string) => FolderSettings | undefined,
  codec: NoteCodec<T>, pause: () => Promise<void>,
): Promise<CacheRead<T>> {
  let lineNumber = 1;
  try {
    if (file === '') return { ok: false, reason: 'empty' };
    let end = file.indexOf('\n');
    const folders = header(parseLine(file.slice(0, end === -1 ? file.length : end), lineNumber), identity);
    if (end === -1) return { ok: false, reason: 'truncated: no end line' };
    // Per folder: the prefix of its notes' ids, or undefined when its notes are not to be used.
    const usable = folders.map((f) => (equalSettings(f.settings, currentSettings(f.uri)) ? `${f.uri}/` : undefined));
    const otherSettings = folders.filter((f, i) => usable[i] === undefined && currentSettings(f.uri) !== undefined).map((f) => f.uri);
    const notes = new Map<string, CachedNote<T>>();
    const days = new Days();
    let entries = 0;
    let sliceStart = Date.now();
    for (let start = end + 1; ; start = end + 1) {
      lineNumber++;
      end = file.indexOf('\n', start);
      const line = file.slice(start, end === -1 ? file.length : end);
      if (end === -1 && line === '') return { ok: false, reason: 'truncated: no end line' };
      const value = parseLine(line, lineNumber);
      if (!Array.isArray(value)) {
        const count = whole(record(value, END_KEYS, 'the end line').end, 'the end line');
        if (count !== entries) wrong(`the end line counts ${count} notes, the file holds ${entries}`);
        if (end !== -1 && end + 1 < file.length) wrong('lines after the end line');
        return { ok: true, notes, otherSettings };
      }
      entries++;
      const [folderIndex, relative, size, mtime, data] = value.length === 5 ? value : wrong('an entry of the wrong length');
      const folder = whole(folderIndex, 'folder');
      if (folder >= folders.length) wrong('folder');
      const prefix = usable[folder];
      const stamp = { size: whole(size, 'size'), mtime: typeof mtime === 'number' && Number.isFinite(mtime) ? mtime : wrong('mtime') };
      const path = text(relative, 'path');
      if (prefix === undefined) continue;
      const id = prefix + path;
      if (notes.has(id)) wrong(`${path} twice`);
      notes.set(id, { stamp, note: codec.decode(id, data, days) });
      if (Date.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = Date.now();
      }
    }
  } catch (error) {
    if (error instanceof CacheShapeError) return { ok: false, reason: `line ${lineNumber}: ${error.message}` };
    throw error;
  }
}

function parseLine(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return wrong(lineNumber === 1 ? 'not an index cache' : 'not JSON');
  }
}

function header(value: unknown, identity: CacheIdentity): Array<{ uri: string; settings: unknown }> {
  const h = record(value, HEADER_KEYS, 'not an index cache');
  if (h.cache !== MARK) wrong('not an index cache');
  if (h.schema !== SCHEMA) wrong(`schema ${JSON.stringify(h.schema)}, not ${SCHEMA}`);
  if (h.kind !== identity.kind) wrong(`a cache of ${JSON.stringify(h.kind)}, not ${JSON.stringify(identity.kind)}`);
  if (h.version !== identity.version) wrong(`written by version ${JSON.stringify(h.version)}, not ${JSON.stringify(identity.version)}`);
  if (!Array.isArray(h.folders)) wrong('folders');
  return h.folders.map((f) => {
    const folder = record(f, FOLDER_KEYS, 'folder');
    return { uri: text(folder.uri, 'folder'), settings: folder.settings };
  });
}

function equalSettings(cached: unknown, current: FolderSettings | undefined): boolean {
  return current !== undefined && typeof cached === 'object' && cached !== null && JSON.stringify(cached) === settingsKey(current);
}
