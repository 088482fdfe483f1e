// The two kinds of note the index keeps: customer notes (the customer glob), and every Markdown note
// (the notes glob), read only for its links to customers.
import { parseCustomerNote } from '../reading/customerNote';
import { fileNameOf, loadNote, tooLarge } from '../reading/noteLoader';
import { loadLinkingNote, parseNoteLinks } from '../mentions/noteLinks';
import type { CustomerNote, LinkingNote } from '../model';
import type { NoteKind } from './noteKind';
import { customerCodec } from './cache/customerCodec';
import { linkingCodec } from './cache/linkingCodec';

export const customerNotes: NoteKind<CustomerNote> = {
  plural: 'customer notes',
  glob: (settings) => settings.customerGlob,
  load: loadNote,
  parse: (id, text, settings) => parseCustomerNote(id, fileNameOf(id), text, settings),
  tooLarge,
  // A log line: the reason as data.
  warning: (note) => (note.brokenReason ? JSON.stringify(note.brokenReason) : undefined),
  cacheName: 'customers',
  codec: customerCodec,
};

export const linkingNotes: NoteKind<LinkingNote> = {
  plural: 'Markdown notes (for mentions)',
  glob: (settings) => settings.notesGlob,
  load: (id, bytes) => loadLinkingNote(id, bytes),
  parse: (id, text) => parseNoteLinks(id, text),
  // A note too large to be read mentions no one; it is not kept at all.
  tooLarge: () => undefined,
  warning: () => undefined,
  cacheName: 'notes',
  codec: linkingCodec,
};
