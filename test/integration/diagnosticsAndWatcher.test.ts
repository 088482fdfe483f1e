// Files changed behind VS Code's back (another program, a git checkout): the watcher keeps the index
// right, and a broken note shows in the tree and in the Problems panel until it is fixed.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, notePath, noteUri, removeNote, waitFor, writeNote } from './helpers';

describe('watcher and diagnostics', () => {
  it('picks up a note created, changed and deleted on disk', async () => {
    const rapport = await api();
    const uri = await writeNote('customers/watched/initech.md', '---\nname: Initech Watch\n---\n');
    fs.writeFileSync(notePath('customers/watched/initech.md'), '---\nname: Initech Renamed\n---\n');
    await waitFor(() => rapport.customers().some((c) => c.id === uri.toString() && c.name === 'Initech Renamed'), 'the change');
    await removeNote('customers/watched/initech.md');
    assert.ok(!rapport.customers().some((c) => c.id === uri.toString()));
  });

  it('keeps a broken note in the tree with a warning and shows the error at its line', async () => {
    const rapport = await api();
    const uri = await writeNote('customers/watched/broken.md', '---\nname: Broken Co\ncadence: 2w\nstatus: [active\n---\n# Broken Co\n');
    const note = rapport.customers().find((c) => c.id === uri.toString())!;
    assert.ok(note.brokenReason?.startsWith('Front matter is not valid YAML'), note.brokenReason);
    const node = rapport.customerNode(uri.toString())!;
    await rapport.treeView().reveal(node, { select: false, focus: false });
    const item = rapport.tree.getTreeItem(node);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.equal(item.contextValue, 'customer.unknown', 'no Log Contact button on a note Rapport cannot read');
    assert.equal(item.description, `⚠ ${note.brokenReason}`);
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 1, 'a diagnostic');
    const [diagnostic] = vscode.languages.getDiagnostics(uri);
    // A warning, as in the tree, with the same words.
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.message, note.brokenReason);
    assert.ok(diagnostic.range.start.line >= 3 && diagnostic.range.start.line <= 4, `line ${diagnostic.range.start.line}`);
    fs.writeFileSync(notePath('customers/watched/broken.md'), '---\nname: Broken Co\nstatus: active\n---\n');
    await waitFor(() => vscode.languages.getDiagnostics(noteUri('customers/watched/broken.md')).length === 0, 'the diagnostic cleared');
    await removeNote('customers/watched/broken.md');
  });

  it('warns at the line of a wrong value and keeps the rest', async () => {
    const rapport = await api();
    const uri = await writeNote('customers/watched/wrong.md', '---\nname: Wrong Co\ncadence: 0\nlast_contacted: 2026-02-30\n---\n');
    const note = rapport.customers().find((c) => c.id === uri.toString())!;
    assert.equal(note.name, 'Wrong Co');
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 2, 'two warnings');
    assert.deepEqual(vscode.languages.getDiagnostics(uri).map((d) => d.range.start.line).sort(), [2, 3]);
    await removeNote('customers/watched/wrong.md');
  });
});
