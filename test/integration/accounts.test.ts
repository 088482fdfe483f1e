// Accounts and the people in them, in the real extension host: people nested under their account, the
// account's last contact rolled up from theirs, `account:` edited by hand moving a person, a wrong one in
// the Problems panel at its line, and New Customer filling `account:` and `role:`.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/customers/customerTree';
import { api, day, notePath, readNote, removeNote, waitFor, watcherReady, writeNote } from './helpers';

const ACCOUNT = 'customers/accounts/initrode.md';
const OTHER = 'customers/accounts/vandelay.md';
const PERSON = 'customers/accounts/bill-lumbergh.md';
const account = (name: string, extra = '') => `---\nname: ${name}\ncadence: 2w\nlast_contacted: ${day(-40)}\n${extra}---\n# ${name}\n`;
const person = (accountName: string) => `---\nname: Bill Lumbergh\nrole: VP\naccount: ${accountName}\ncadence: 1w\nlast_contacted: ${day(-2)}\n---\n# Bill Lumbergh\n`;

type CustomerNode = Extract<TreeNode, { kind: 'customer' }>;

async function customerNodes(): Promise<CustomerNode[]> {
  const rapport = await api();
  const all: CustomerNode[] = [];
  const walk = (nodes: TreeNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'customer') all.push(n);
      if (n.kind === 'customer' || n.kind === 'group' || n.kind === 'folder') walk(rapport.tree.getChildren(n) as TreeNode[]);
    }
  };
  walk(rapport.tree.getChildren() as TreeNode[]);
  return all;
}

const nodeNamed = async (name: string) => (await customerNodes()).find((n) => n.row.note.name === name);

describe('accounts and people', () => {
  before(async () => {
    await watcherReady();
    await writeNote(ACCOUNT, account('Initrode'));
    await writeNote(OTHER, account('Vandelay'));
    await writeNote(PERSON, person('initrode'));
  });
  after(async () => {
    for (const f of [PERSON, ACCOUNT, OTHER, 'customers/peter-gibbons.md']) if (fs.existsSync(notePath(f))) await removeNote(f);
  });

  it('nests the person under the account, rolls the person\'s contact up, and keeps the person\'s own state', async () => {
    const rapport = await api();
    await waitFor(async () => (await nodeNamed('Bill Lumbergh'))?.parent?.kind === 'customer', 'Bill nested');
    const bill = (await nodeNamed('Bill Lumbergh'))!;
    assert.equal((bill.parent as CustomerNode).row.note.name, 'Initrode');
    assert.equal((await customerNodes()).filter((n) => n.row.note.name === 'Bill Lumbergh').length, 1, 'listed once');
    const initrode = rapport.rows().find((r) => r.note.name === 'Initrode')!;
    assert.equal(initrode.summary.daysSince, 2, 'Bill\'s contact two days ago is contact with Initrode');
    assert.equal(initrode.summary.lastContactSource, 'person');
    assert.equal(initrode.summary.state, 'ok');
    const vandelay = rapport.rows().find((r) => r.note.name === 'Vandelay')!;
    assert.equal(vandelay.summary.state, 'overdue');
    const item = rapport.tree.getTreeItem(bill);
    assert.equal(item.description, '2d · every 7d · VP');
    const parentItem = rapport.tree.getTreeItem(bill.parent!);
    assert.equal(parentItem.collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'an account opens on its people');
    const tooltip = (rapport.tree.resolveTreeItem(parentItem, bill.parent!) as vscode.TreeItem).tooltip as vscode.MarkdownString;
    const shown = tooltip.value.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');
    assert.ok(shown.includes(`(with Bill Lumbergh)`), shown);
    assert.ok(shown.includes('- Bill Lumbergh, VP: 2d · every 7d'), shown);
  });

  it('names the account beside a person that a grouping puts apart from it, and groups by account', async () => {
    const rapport = await api();
    try {
      fs.writeFileSync(notePath(PERSON), person('Vandelay'));
      await waitFor(async () => ((await nodeNamed('Bill Lumbergh'))?.parent as CustomerNode | undefined)?.row.note.name === 'Vandelay', 'Bill under Vandelay');
      await vscode.commands.executeCommand('rapport.groupBy', 'state');
      // Vandelay is rolled up to Bill's 2 days: both in touch, one group, so Bill stays nested there.
      const nested = (await nodeNamed('Bill Lumbergh'))!;
      assert.equal(nested.parent?.kind, 'customer');
      await vscode.commands.executeCommand('rapport.groupBy', 'segment');
      await vscode.commands.executeCommand('rapport.groupBy', 'tag');
      fs.writeFileSync(notePath(OTHER), account('Vandelay', 'tags: [imports]\n'));
      await waitFor(async () => (await customerNodes()).some((n) => n.row.note.name === 'Vandelay' && n.parent?.kind === 'group' && n.parent.label === 'imports'), 'Vandelay in its tag group');
      const bills = (await customerNodes()).filter((n) => n.row.note.name === 'Bill Lumbergh');
      const apart = bills.find((n) => n.parent?.kind === 'group')!;
      assert.ok(apart, JSON.stringify(bills.map((b) => b.id)));
      assert.equal(rapport.tree.getTreeItem(apart).description, '2d · every 7d · VP · Vandelay', 'apart from its account, the row names it');
      await vscode.commands.executeCommand('rapport.groupBy', 'account');
      const groups = rapport.tree.getChildren().filter((n) => n.kind === 'group') as Extract<TreeNode, { kind: 'group' }>[];
      const vandelay = groups.find((g) => g.label === 'Vandelay')!;
      assert.deepEqual(vandelay.rows.map((r) => r.note.name).sort(), ['Bill Lumbergh', 'Vandelay']);
    } finally {
      await vscode.commands.executeCommand('rapport.groupBy', 'none');
      fs.writeFileSync(notePath(OTHER), account('Vandelay'));
      fs.writeFileSync(notePath(PERSON), person('initrode'));
      await waitFor(async () => ((await nodeNamed('Bill Lumbergh'))?.parent as CustomerNode | undefined)?.row.note.name === 'Initrode', 'Bill back under Initrode');
    }
  });

  it('moves the person when account: is edited by hand, and shows a wrong one in Problems at its line', async () => {
    const rapport = await api();
    fs.writeFileSync(notePath(PERSON), person('Vandelay'));
    await waitFor(async () => ((await nodeNamed('Bill Lumbergh'))?.parent as CustomerNode | undefined)?.row.note.name === 'Vandelay', 'Bill moved to Vandelay');
    assert.equal(rapport.rows().find((r) => r.note.name === 'Initrode')!.summary.state, 'overdue', 'Initrode lost Bill\'s contact');

    fs.writeFileSync(notePath(PERSON), person('Initech'));
    const uri = vscode.Uri.file(notePath(PERSON));
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 1, 'the unknown account reported');
    const [diagnostic] = vscode.languages.getDiagnostics(uri);
    assert.equal(diagnostic.range.start.line, 3);
    assert.equal(diagnostic.message, 'account: no customer is called "Initech", so this note stands on its own.');
    const bill = (await nodeNamed('Bill Lumbergh'))!;
    assert.notEqual(bill.parent?.kind, 'customer', 'it stays in the tree, on its own');
    fs.writeFileSync(notePath(PERSON), person('initrode'));
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, 'the problem cleared');
  });

  it('New Customer makes a person in an account, with account: and role:', async () => {
    const rapport = await api();
    const initrode = rapport.customers().find((c) => c.name === 'Initrode')!;
    const uri = (await vscode.commands.executeCommand('rapport.newCustomer', { name: 'Peter Gibbons', account: initrode.id, role: 'Engineer' })) as vscode.Uri;
    const text = readNote('customers/peter-gibbons.md');
    assert.match(text, /^account: initrode +# the account this person is in$/m);
    assert.match(text, /^role: Engineer +# /m);
    await waitFor(async () => ((await nodeNamed('Peter Gibbons'))?.parent as CustomerNode | undefined)?.row.note.name === 'Initrode', 'Peter under Initrode');
    assert.ok(uri.toString().endsWith('peter-gibbons.md'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
