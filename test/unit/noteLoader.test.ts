import * as assert from 'node:assert/strict';
import { decodeNote, fileNameOf, loadNote, MAX_NOTE_BYTES, skipped, tooLarge } from '../../src/core/reading/noteLoader';
import { type FileMessage, type Message } from '../../src/core/model';
import { day } from './helpers';

const SETTINGS = { defaultCadenceDays: 21 };
const ID = 'file:///ws/customers/acme%20logistics.md';
const utf8 = (text: string) => new TextEncoder().encode(text);

function assertSkipped(note: ReturnType<typeof loadNote>, why: FileMessage) {
  const reason: Message = { id: 'skipped', reason: why };
  assert.equal(note.id, ID);
  assert.equal(note.name, 'acme logistics');
  assert.equal(note.nameSource, 'file name');
  assert.deepEqual(note.brokenReason, reason);
  assert.deepEqual(note.problems, [{ message: reason, line: 0, column: 0, severity: 'error', code: 'unreadable' }]);
  assert.equal(note.cadenceDays, 21);
  assert.equal(note.status, 'active');
  assert.deepEqual(note.entries, []);
}

describe('noteLoader', () => {
  it('parses a valid note', () => {
    const note = loadNote(ID, utf8('---\nname: Acme Logistics\nlast_contacted: 2026-11-20\n---\n# Acme\n\n### 2026-11-20 Review (45m)\n'), SETTINGS);
    assert.equal(note.name, 'Acme Logistics');
    assert.deepEqual(note.lastContacted, day(2026, 11, 20));
    assert.deepEqual(note.entries, [{ date: day(2026, 11, 20), title: 'Review', line: 6, minutes: 45 }]);
    assert.equal(note.brokenReason, undefined);
    assert.deepEqual(note.problems, []);
  });

  it('handles a BOM before the front matter', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('---\r\nname: Société Générale\r\n---\r\n# SG\r\n')]);
    const note = loadNote(ID, bytes, SETTINGS);
    assert.equal(note.name, 'Société Générale');
    assert.equal(note.title, 'SG');
    assert.deepEqual(note.problems, []);
  });

  it('handles a BOM before a heading with no front matter', () => {
    const note = loadNote(ID, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Heading Name\n')]), SETTINGS);
    assert.equal(note.name, 'Heading Name');
    assert.equal(note.nameSource, 'heading');
  });

  it('skips a note over 2 MB, with the reason, without parsing it', () => {
    const bytes = new Uint8Array(MAX_NOTE_BYTES + 1).fill(0x61);
    assert.equal(MAX_NOTE_BYTES, 2 * 1024 * 1024);
    assertSkipped(loadNote(ID, bytes, SETTINGS), { id: 'file-too-large', bytes: MAX_NOTE_BYTES + 1, limitBytes: MAX_NOTE_BYTES });
    assertSkipped(tooLarge(ID, 50 * 1024 * 1024, SETTINGS), { id: 'file-too-large', bytes: 50 * 1024 * 1024, limitBytes: MAX_NOTE_BYTES });
  });

  it('reads a note of exactly 2 MB', () => {
    const head = utf8('---\nname: Big\n---\n');
    const bytes = new Uint8Array(MAX_NOTE_BYTES).fill(0x61);
    bytes.set(head, 0);
    bytes[head.length] = 0x0a;
    const note = loadNote(ID, bytes, SETTINGS);
    assert.equal(note.name, 'Big');
    assert.equal(note.brokenReason, undefined);
  });

  it('skips a binary file (NUL bytes)', () => {
    assertSkipped(loadNote(ID, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), SETTINGS), { id: 'file-binary' });
    assertSkipped(loadNote(ID, utf8('---\nname: A\n---\n\u0000\n'), SETTINGS), { id: 'file-binary' });
  });

  it('skips invalid UTF-8', () => {
    assertSkipped(loadNote(ID, new Uint8Array([...utf8('---\nname: Soci'), 0xe9, ...utf8('t\n---\n')]), SETTINGS), { id: 'file-not-utf8' });
    assertSkipped(loadNote(ID, new Uint8Array([0xff, 0xfe, 0x23, 0x20]), SETTINGS), { id: 'file-not-utf8' });
  });

  it('keeps a note with broken front matter as a customer', () => {
    const note = loadNote(ID, utf8('---\nname: [\n---\n# Heading\n'), SETTINGS);
    assert.equal(note.name, 'Heading');
    assert.equal(note.brokenReason?.id, 'yaml-invalid');
  });

  it('reads an empty file as a customer named after the file', () => {
    const note = loadNote(ID, new Uint8Array(0), SETTINGS);
    assert.equal(note.name, 'acme logistics');
    assert.deepEqual(note.problems, []);
  });

  it('names files from their URI, tolerating bad escapes', () => {
    assert.equal(fileNameOf('file:///ws/customers/emea/initech%20retail.md'), 'initech retail.md');
    assert.equal(fileNameOf('vscode-vfs://github/x/customers/a.md?ref=main#frag'), 'a.md');
    assert.throws(() => fileNameOf('file:///ws/bad%E0%A4%A.md'));
    const note = loadNote('file:///ws/bad%E0%A4%A.md', utf8(''), SETTINGS);
    assert.equal(note.name, 'bad%E0%A4%A');
  });

  it('decodes text or says why it will not', () => {
    assert.deepEqual(decodeNote(utf8('# Société\n')), { ok: true, text: '# Société\n' });
    assert.deepEqual(decodeNote(new Uint8Array([0xef, 0xbb, 0xbf, 0x23])), { ok: true, text: '\ufeff#' });
    assert.deepEqual(decodeNote(new Uint8Array([0x23, 0x00])), { ok: false, message: { id: 'file-binary' } });
    assert.deepEqual(decodeNote(new Uint8Array([0xc3, 0x28])), { ok: false, message: { id: 'file-not-utf8' } });
  });

  it('builds a skipped note directly', () => {
    const why: Message = { id: 'skipped', reason: { id: 'file-binary' } };
    const s = skipped('file:///x/Y.MD', 'Y.MD', SETTINGS, why);
    assert.equal(s.name, 'Y');
    assert.deepEqual(s.brokenReason, why);
  });
});
