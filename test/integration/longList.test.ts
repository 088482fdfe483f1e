// A long list of customers in the tree: the first CUSTOMERS_SHOWN, most urgent first, then one row that
// shows the next ones. VS Code takes a level's items in one message; 10,000 would hold the host.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CUSTOMERS_SHOWN, type TreeNode } from '../../src/vscode/customers/customerTree';
import { api, day, notePath, waitFor } from './helpers';

const COUNT = CUSTOMERS_SHOWN + 30;
const FOLDER = 'customers/long-list';

describe('A long list of customers in the tree', () => {
  before(async function () {
    this.timeout(60_000);
    fs.mkdirSync(notePath(FOLDER), { recursive: true });
    // Each one a day more overdue than the one before: the order the tree must keep.
    for (let i = 0; i < COUNT; i++) {
      const name = `Long ${String(i).padStart(3, '0')}`;
      fs.writeFileSync(notePath(`${FOLDER}/long-${i}.md`), `---\nname: ${name}\ncadence: 7\nlast_contacted: ${day(-1000 - i)}\n---\n# ${name}\n`);
    }
    const rapport = await api();
    await waitFor(() => rapport.customers().filter((c) => c.name.startsWith('Long ')).length === COUNT, `${COUNT} customers indexed`, 45_000);
  });
  after(async () => {
    fs.rmSync(notePath(FOLDER), { recursive: true, force: true });
    const rapport = await api();
    await waitFor(() => !rapport.customers().some((c) => c.name.startsWith('Long ')), 'the long list removed', 45_000);
  });

  it('shows the most urgent first and one row for the rest, which shows the next ones when clicked', async () => {
    const rapport = await api();
    const roots = rapport.tree.getChildren();
    const customers = roots.filter((n) => n.kind === 'customer');
    const more = roots.at(-1) as Extract<TreeNode, { kind: 'more-customers' }>;
    assert.equal(customers.length, CUSTOMERS_SHOWN);
    assert.equal(more.kind, 'more-customers');
    assert.ok(more.count >= COUNT - CUSTOMERS_SHOWN, `the row counts the customers not shown (${more.count})`);
    // The most overdue of all are the long list's oldest: they lead.
    const first = customers[0] as Extract<TreeNode, { kind: 'customer' }>;
    assert.equal(first.row.note.name, `Long ${String(COUNT - 1).padStart(3, '0')}`);
    const item = rapport.tree.getTreeItem(more);
    assert.equal(item.label, `${more.count} more customers`);
    assert.equal(item.description, `show ${Math.min(more.count, CUSTOMERS_SHOWN)} more`);
    assert.equal(item.command?.command, 'rapport.showMoreCustomers');

    // Each click shows up to CUSTOMERS_SHOWN more, until every customer is there, in the same order.
    let roots2 = roots;
    for (let clicks = 0; clicks < 10 && roots2.at(-1)?.kind === 'more-customers'; clicks++) {
      const command = rapport.tree.getTreeItem(roots2.at(-1)!).command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const next = rapport.tree.getChildren();
      assert.equal(next.filter((n) => n.kind === 'customer').length, Math.min(CUSTOMERS_SHOWN * (clicks + 2), CUSTOMERS_SHOWN + more.count));
      roots2 = next;
    }
    const shown = roots2.filter((n): n is Extract<TreeNode, { kind: 'customer' }> => n.kind === 'customer');
    assert.equal(shown.length, CUSTOMERS_SHOWN + more.count, 'every customer reachable');
    assert.deepEqual(shown.slice(0, CUSTOMERS_SHOWN).map((n) => n.id), customers.map((n) => n.id), 'the first ones stay where they were');
    const names = shown.map((n) => n.row.note.name).filter((n) => n.startsWith('Long '));
    assert.equal(names.length, COUNT);
    assert.deepEqual(names, [...names].sort().reverse(), 'still most overdue first');
  });
});
