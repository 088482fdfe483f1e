// Snooze in the real extension host: from a row of the Customers tree, one edit of `snooze_until` that
// takes the customer out of overdue (tree, badge count, status bar) and undoes in one step; ending it
// takes the line out again; the picker offers the lengths and, for a snoozed customer, the end.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/customers/customerTree';
import { api, closeAllEditors, day, noteUri, readNote, removeNote, waitFor, writeNote } from './helpers';

const NOTE = 'customers/snooze/snooze-co.md';
const TEXT = `---\nname: Snooze Co   # overdue on purpose\ncadence: 1w\nlast_contacted: ${day(-30)}\n---\n# Snooze Co\n`;

async function rowOf(name: string) {
  const rapport = await api();
  return rapport.rows().find((r) => r.note.name === name);
}

async function treeNodeOf(name: string): Promise<TreeNode> {
  const rapport = await api();
  const find = (nodes: TreeNode[]): TreeNode | undefined => {
    for (const n of nodes) {
      if (n.kind === 'customer' && n.row.note.name === name) return n;
      const inner = n.kind === 'group' || n.kind === 'folder' || n.kind === 'customer' ? find(rapport.tree.getChildren(n) as TreeNode[]) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const node = find(rapport.tree.getChildren() as TreeNode[]);
  assert.ok(node, `${name} in the tree`);
  return node;
}

describe('snooze', () => {
  before(async () => {
    await writeNote(NOTE, TEXT);
  });
  after(async () => {
    await closeAllEditors();
    await removeNote(NOTE);
  });

  it('from the tree: snooze_until written alone, the customer no longer overdue anywhere, one undo', async () => {
    assert.equal((await rowOf('Snooze Co'))?.summary.state, 'overdue');
    const rapport = await api();
    const overdueBefore = rapport.rows().filter((r) => r.summary.state === 'overdue').length;
    assert.ok(await vscode.commands.executeCommand('rapport.snooze', await treeNodeOf('Snooze Co'), { until: day(14) }));
    assert.equal(readNote(NOTE), TEXT.replace('---\n# Snooze Co', `snooze_until: ${day(14)}\n---\n# Snooze Co`));
    await waitFor(async () => (await rowOf('Snooze Co'))?.summary.state === 'snoozed', 'the row snoozed');
    assert.equal(rapport.rows().filter((r) => r.summary.state === 'overdue').length, overdueBefore - 1);
    const node = await treeNodeOf('Snooze Co');
    const item = rapport.tree.getTreeItem(node) as vscode.TreeItem;
    assert.match(String(item.description), /^30d · snoozed until /);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'bell-slash');
    assert.equal(item.contextValue, 'customer.snoozed');

    const document = await vscode.workspace.openTextDocument(noteUri(NOTE));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), TEXT, 'one undo takes the snooze out');
    await document.save();
    await waitFor(async () => (await rowOf('Snooze Co'))?.summary.state === 'overdue', 'overdue again after undo');
  });

  it('ends a snooze by taking its line out, and refuses a date that is no date', async () => {
    assert.ok(await vscode.commands.executeCommand('rapport.snooze', noteUri(NOTE), { until: day(3) }));
    await waitFor(async () => (await rowOf('Snooze Co'))?.summary.state === 'snoozed', 'snoozed');
    assert.ok(await vscode.commands.executeCommand('rapport.snooze', await treeNodeOf('Snooze Co'), { until: null }));
    assert.equal(readNote(NOTE), TEXT);
    await waitFor(async () => (await rowOf('Snooze Co'))?.summary.state === 'overdue', 'overdue once the snooze ended');
    assert.equal(await vscode.commands.executeCommand('rapport.snooze', await treeNodeOf('Snooze Co'), { until: 'next week' }), false);
    assert.equal(readNote(NOTE), TEXT);
  });
});
