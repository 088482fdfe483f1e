// Multi-root workspaces in a real VS Code: customers from every folder, each folder read with its own
// rapport.customerGlob and rapport.defaultCadence, and the tree grouped by folder first.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/customers/customerTree';
import { api, removeNote, waitFor, writeNote } from '../integration/helpers';

type Kind<K extends TreeNode['kind']> = Extract<TreeNode, { kind: K }>;

describe('Multi-root workspace', () => {
  after(() => vscode.commands.executeCommand('rapport.groupBy', 'none'));

  it('opens two folders', () => {
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['Sales', 'Operations']);
  });

  it('indexes customers from every folder, each with its own customerGlob', async () => {
    const rapport = await api();
    await waitFor(() => rapport.customers().some((c) => c.name === 'Plant Manager'), 'the second folder indexed', 20000);
    const names = rapport.customers().map((c) => c.name);
    for (const name of ['Acme Logistics', 'Initech Retail', 'Operations Director', 'Plant Manager']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    assert.ok(!names.includes('Outside The Glob'), "Operations' glob is people/**/*.md, so its customers/ note is not a customer");
  });

  it('applies each folder\'s defaultCadence', async () => {
    const rapport = await api();
    const byName = (name: string) => rapport.customers().find((c) => c.name === name)!;
    assert.equal(byName('Operations Director').cadenceDays, 7, 'Operations: rapport.defaultCadence 1w');
    assert.equal(byName('Operations Director').cadenceFromNote, false);
    await writeNote('customers/multi/no-cadence.md', '---\nname: No Cadence Sales\n---\n# No Cadence Sales\n');
    assert.equal(byName('No Cadence Sales').cadenceDays, 14, 'Sales: the default 2w');
    await removeNote('customers/multi/no-cadence.md');
    assert.equal(byName('Plant Manager').cadenceDays, 30, 'a cadence in the note wins');
  });

  it('groups the tree by folder first, then by the chosen grouping', async () => {
    const rapport = await api();
    await vscode.commands.executeCommand('rapport.groupBy', 'none');
    const roots = rapport.tree.getChildren();
    assert.deepEqual(roots.map((n) => n.kind), ['folder', 'folder']);
    const folders = roots as Kind<'folder'>[];
    assert.deepEqual(folders.map((f) => rapport.tree.getTreeItem(f).label), ['Sales', 'Operations']);
    assert.equal(rapport.tree.getTreeItem(folders[1]).description, '2');
    const ops = rapport.tree.getChildren(folders[1]) as Kind<'customer'>[];
    assert.deepEqual(ops.map((n) => n.kind), ['customer', 'customer']);
    assert.deepEqual(ops.map((n) => n.row.note.name).sort(), ['Operations Director', 'Plant Manager']);

    await vscode.commands.executeCommand('rapport.groupBy', 'segment');
    const salesGroups = rapport.tree.getChildren(rapport.tree.getChildren()[0]) as Kind<'group'>[];
    const opsGroups = rapport.tree.getChildren(rapport.tree.getChildren()[1]) as Kind<'group'>[];
    assert.ok(salesGroups.every((g) => g.kind === 'group') && opsGroups.every((g) => g.kind === 'group'));
    assert.deepEqual(opsGroups.map((g) => g.label), ['Manufacturing', 'Operations']);
    // The same segment in two folders: two tree items, so their ids must differ.
    const ids = [...salesGroups, ...opsGroups].map((g) => rapport.tree.getTreeItem(g).id);
    assert.equal(new Set(ids).size, ids.length, `unique ids: ${ids.join(', ')}`);
    assert.ok(salesGroups.some((g) => g.label === 'Manufacturing'), 'Globex is in Manufacturing in Sales too');
  });

  it('shows every folder\'s customers in the status bar tooltip', async () => {
    const rapport = await api();
    const tooltip = rapport.statusBar()?.tooltip ?? '';
    assert.match(tooltip, /Operations Director/);
    assert.match(tooltip, /Acme Logistics/);
  });

  it('completes [[ with the customers of the document\'s own folder only', async () => {
    const rapport = await api();
    const operations = vscode.workspace.workspaceFolders![1].uri.fsPath;
    const file = path.join(operations, 'notes', 'links.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'Met [[\n');
    try {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', vscode.Uri.file(file), new vscode.Position(0, 6), '[');
      const names = new Set(rapport.customers().map((c) => c.name));
      const offered = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).filter((label) => names.has(label));
      assert.deepEqual(offered.sort(), ['Operations Director', 'Plant Manager']);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('writes a meeting note in the folder of the first customer picked, linking one of another folder by its path', async () => {
    const rapport = await api();
    const [sales, operations] = vscode.workspace.workspaceFolders!.map((f) => f.uri);
    const plant = vscode.Uri.joinPath(operations, 'people', 'plant-manager.md').toString();
    const acme = vscode.Uri.joinPath(sales, 'customers', 'acme-logistics.md').toString();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('rapport.newMeetingNote', { customers: [plant, acme], title: 'Line walk' });
    try {
      assert.ok(uri?.fsPath.startsWith(path.join(operations.fsPath, 'meetings') + path.sep), uri?.fsPath);
      const toAcme = path.posix.relative(path.posix.dirname(uri.path), vscode.Uri.parse(acme).path);
      assert.match(fs.readFileSync(uri.fsPath, 'utf8'), new RegExp(`^With \\[\\[plant-manager\\]\\] and \\[Acme Logistics\\]\\(${toAcme.replace(/[.]/g, '\\.')}\\)\\.$`, 'm'));
      // Both links are mentions: the wiki link in its own folder, the relative one by its path.
      for (const id of [plant, acme]) {
        await waitFor(() => rapport.customers().find((c) => c.id === id)?.mentions.some((m) => m.noteId === uri.toString()) === true, `a mention of ${id}`);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      if (uri) fs.rmSync(uri.fsPath, { force: true });
      fs.rmSync(path.join(operations.fsPath, 'meetings'), { recursive: true, force: true });
    }
  });
});
