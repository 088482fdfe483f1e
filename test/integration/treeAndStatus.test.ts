// The Customers tree and the status bar against notes on disk: items, states, grouping, sorting,
// children, archived toggle, badge, and the status text in a note and elsewhere.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/customers/customerTree';
import { api, closeAllEditors, day, removeNote, waitFor, writeNote } from './helpers';

const note = (name: string, extra: string) => `---\nname: ${name}\n${extra}\n---\n# ${name}\n`;
const NOTES: Record<string, string> = {
  'customers/tree/zeta.md': note('Zeta Tree', `segment: Finance\nowner: Ana\ntags: [erp, cloud]\ncadence: 7\nlast_contacted: ${day(-20)}`),
  'customers/tree/alpha.md': note('Alpha Tree', `segment: Operations\nowner: Ben\ntags: cloud\ncadence: 2w\nlast_contacted: ${day(-2)}`),
  'customers/tree/mid.md': note('Mid Tree', `segment: Finance\ncadence: 10\nlast_contacted: ${day(-8)}`) + `\n## Contact log\n\n### ${day(-8)} Review (1h)\n\n### ${day(-30)} Kick-off (30m)\n\n- [ ] send the roadmap (due ${day(-1)})\n`,
  'customers/tree/old.md': note('Old Tree', `status: archived\nlast_contacted: ${day(-400)}`),
};

describe('Customers tree and status bar', () => {
  before(async () => {
    for (const [path, text] of Object.entries(NOTES)) await writeNote(path, text);
  });
  after(async () => {
    await vscode.commands.executeCommand('rapport.groupBy', 'none');
    await vscode.commands.executeCommand('rapport.sortBy', 'overdue');
    for (const path of Object.keys(NOTES)) await removeNote(path);
  });
  afterEach(closeAllEditors);

  const ours = (nodes: TreeNode[]) => nodes.filter((n): n is Extract<TreeNode, { kind: 'customer' }> => n.kind === 'customer' && n.row.note.name.endsWith(' Tree'));

  it('lists customers most overdue first with state descriptions, archived hidden', async () => {
    const rapport = await api();
    const items = ours(rapport.tree.getChildren());
    assert.deepEqual(items.map((n) => n.row.note.name), ['Zeta Tree', 'Mid Tree', 'Alpha Tree']);
    const zeta = rapport.tree.getTreeItem(items[0]);
    assert.equal(zeta.description, '13d overdue');
    assert.equal((zeta.iconPath as vscode.ThemeIcon).id, 'account');
    assert.equal(rapport.tree.getTreeItem(items[2]).description, '2d · every 14d');
    assert.equal(rapport.tree.getTreeItem(items[1]).description, '8d · due in 2d');
  });

  it('shows promises and dated entries, newest first, as children that open the note at the line', async () => {
    const rapport = await api();
    const mid = ours(rapport.tree.getChildren()).find((n) => n.row.note.name === 'Mid Tree')!;
    const children = rapport.tree.getChildren(mid).map((c) => rapport.tree.getTreeItem(c));
    assert.deepEqual(children.map((c) => c.label), ['send the roadmap', `${day(-8)} Review`, `${day(-30)} Kick-off`]);
    assert.equal(children[1].description, '1h');
    assert.equal(children[1].command?.command, 'vscode.open');
  });

  it('groups by segment and by tag, and sorts by name', async () => {
    const rapport = await api();
    await vscode.commands.executeCommand('rapport.groupBy', 'segment');
    const groups = rapport.tree.getChildren().filter((n) => n.kind === 'group') as Extract<TreeNode, { kind: 'group' }>[];
    const finance = groups.find((g) => g.label === 'Finance')!;
    assert.deepEqual(ours(rapport.tree.getChildren(finance)).map((n) => n.row.note.name), ['Zeta Tree', 'Mid Tree']);
    await vscode.commands.executeCommand('rapport.groupBy', 'tag');
    await vscode.commands.executeCommand('rapport.sortBy', 'name');
    const cloud = (rapport.tree.getChildren() as Extract<TreeNode, { kind: 'group' }>[]).find((g) => g.label === 'cloud')!;
    assert.deepEqual(ours(rapport.tree.getChildren(cloud)).map((n) => n.row.note.name), ['Alpha Tree', 'Zeta Tree']);
    await vscode.commands.executeCommand('rapport.groupBy', 'none');
    await vscode.commands.executeCommand('rapport.sortBy', 'overdue');
  });

  it('shows archived customers on toggle', async () => {
    const rapport = await api();
    await vscode.commands.executeCommand('rapport.toggleArchived');
    assert.ok(ours(rapport.tree.getChildren()).some((n) => n.row.note.name === 'Old Tree'));
    await vscode.commands.executeCommand('rapport.toggleArchived');
    assert.ok(!ours(rapport.tree.getChildren()).some((n) => n.row.note.name === 'Old Tree'));
  });

  it('badges the view with the overdue count', async () => {
    const rapport = await api();
    const overdue = rapport.rows().filter((r) => r.summary.state === 'overdue' && r.note.status !== 'archived').length;
    assert.ok(overdue >= 1);
    assert.equal(rapport.treeView().badge?.value, overdue);
  });

  it('shows the active customer note in the status bar, the most overdue elsewhere', async () => {
    const rapport = await api();
    await vscode.window.showTextDocument(vscode.Uri.file(`${vscode.workspace.workspaceFolders![0].uri.fsPath}/customers/tree/alpha.md`));
    await waitFor(() => rapport.statusBar()?.text === '$(person) Alpha Tree · 2d', 'status for the active note');
    await closeAllEditors();
    const top = rapport.rows().filter((r) => r.note.status !== 'archived')[0];
    assert.equal(top.summary.state, 'overdue');
    await waitFor(() => rapport.statusBar()?.text.startsWith('$(organization) ') === true, 'status elsewhere');
    const overdue = rapport.rows().filter((r) => r.summary.state === 'overdue').length;
    assert.ok(rapport.statusBar()!.text.startsWith(`$(organization) ${overdue} overdue · ${top.note.name}`), rapport.statusBar()!.text);
    assert.equal(rapport.statusBar()!.warning, true);
    assert.match(rapport.statusBar()!.tooltip, /Zeta Tree: 20d \(13d overdue\)/);
  });

  it('rolls the day over at midnight with an injected clock', async () => {
    const rapport = await api();
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    rapport.setClock({ now: () => tomorrow });
    try {
      const alpha = rapport.rows().find((r) => r.note.name === 'Alpha Tree')!;
      assert.equal(alpha.summary.daysSince, 3);
    } finally {
      rapport.setClock({ now: () => new Date() });
    }
  });
});
