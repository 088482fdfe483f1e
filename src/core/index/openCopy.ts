// Which copy of a note is true, decided in one place for the reader and the writer alike: an editor's
// unsaved text while it is unsaved, otherwise what is on disk.
import type { OpenCopy } from './ports';

/** The text that is true for the note: the editor's while it has unsaved changes, else undefined (the disk's). */
export function unsavedText(open: OpenCopy | undefined): string | undefined {
  return open?.dirty ? open.text : undefined;
}

/**
 * An editor without unsaved changes must hold what is on disk; when it does not, another program just
 * changed the file and VS Code has yet to reload it: planning on the editor's text would undo that change.
 * VS Code holds the text without a BOM and with one line-break style, whatever the file mixes.
 */
export function isBehindDisk(open: OpenCopy, diskText: string): boolean {
  return !open.dirty && normal(open.text) !== normal(diskText);
}

const normal = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
