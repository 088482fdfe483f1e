// Log Contact in the real extension host: only the value changes on disk, undo restores the note,
// an editor's unsaved text is respected, a broken note is refused, quick repeats do not interleave.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, day, readNote, removeNote, waitFor, writeNote } from './helpers';

const NOTE = 'customers/log-contact/crlf-note.md';
const ORIGINAL = [
  '\uFEFF---',
  '# relationship note',
  'name: "Log Contact Co"   # quoted on purpose',
  'cadence: 2w',
  "last_contacted: '2026-01-05'  # old",
  'tags: [erp,  strategic]',
  '---',
  '# Log Contact Co',
  '',
  '## Contact log',
  '',
  '### 2026-01-05 Kick-off (30m)',
  '',
].join('\r\n');

describe('rapport.logContact', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeNote(NOTE);
  });

  it('changes only last_contacted, byte for byte, keeping CRLF, BOM, quotes and comments', async () => {
    const uri = await writeNote(NOTE, ORIGINAL);
    const done = await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(0), entry: false });
    assert.equal(done, true);
    assert.equal(readNote(NOTE), ORIGINAL.replace("'2026-01-05'  # old", `'${day(0)}'  # old`));
    const rapport = await api();
    await waitFor(() => rapport.rows().find((r) => r.note.id === uri.toString())?.summary.daysSince === 0, 'the tree shows 0 days');
  });

  it('adds a dated contact-log entry in the same edit', async () => {
    const uri = await writeNote(NOTE, ORIGINAL);
    await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(0), entry: 'Steering call (45m)' });
    const text = readNote(NOTE);
    assert.ok(text.endsWith(`### 2026-01-05 Kick-off (30m)\r\n\r\n### ${day(0)} Steering call (45m)\r\n`), JSON.stringify(text.slice(-120)));
    assert.ok(!/[^\r]\n/.test(text), 'every line break is still CRLF');
  });

  it('is one undoable edit', async () => {
    const uri = await writeNote(NOTE, ORIGINAL);
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(0), entry: 'Call' });
    assert.notEqual(editor.document.getText(), ORIGINAL);
    await vscode.commands.executeCommand('undo');
    // The editor holds the text without the byte order mark; saving writes the mark back.
    assert.equal(editor.document.getText(), ORIGINAL.slice(1));
    await editor.document.save();
    assert.equal(readNote(NOTE), ORIGINAL);
  });

  it('works on the unsaved text of a dirty editor and leaves it unsaved', async () => {
    const uri = await writeNote(NOTE, ORIGINAL);
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, 'typing, not saved'));
    await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(-1), entry: false });
    assert.equal(editor.document.isDirty, true, 'the leader decides when to save');
    assert.ok(editor.document.getText().includes(`'${day(-1)}'`));
    assert.ok(editor.document.getText().endsWith('typing, not saved'));
    assert.equal(readNote(NOTE), ORIGINAL, 'nothing written behind the editor');
  });

  it('refuses a note whose front matter is broken and writes nothing', async () => {
    const broken = '---\nname: "Broken\ncadence: [\n---\n# Broken\n';
    const uri = await writeNote(NOTE, broken);
    const done = await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(0), entry: 'Call' });
    assert.equal(done, false);
    assert.equal(readNote(NOTE), broken);
  });

  it('serialises two quick runs on the same note', async () => {
    const uri = await writeNote(NOTE, ORIGINAL);
    await Promise.all([
      vscode.commands.executeCommand('rapport.logContact', uri, { date: day(-2), entry: 'First' }),
      vscode.commands.executeCommand('rapport.logContact', uri, { date: day(-1), entry: 'Second' }),
    ]);
    const text = readNote(NOTE);
    assert.ok(text.includes(`last_contacted: '${day(-1)}'  # old`), text);
    assert.equal(text.match(/### \d{4}-\d{2}-\d{2} (First|Second)/g)?.length, 2, text);
    assert.ok(text.indexOf('First') < text.indexOf('Second'));
  });
});
