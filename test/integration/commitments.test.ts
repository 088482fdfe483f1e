// Mark Promise Kept from the Customers tree: only that task's `[ ]` becomes `[x]`, the promise leaves
// the tree, and one undo restores the note byte for byte.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/customers/customerTree';
import { api, closeAllEditors, day, readNote, removeNote, waitFor, writeNote } from './helpers';

const NOTE = 'customers/commitments/promises.md';
const ORIGINAL = [
  '---', 'name: Promise Co', 'cadence: 2w', '---', '# Promise Co', '', '## Contact log', '',
  `### ${day(-3)} Review (45m)`, '',
  `- [ ] first promise (due ${day(-1)})`,
  `- [ ] second promise (due ${day(5)})`,
  '- [x] kept long ago',
  '  - [ ] nested promise',
  '',
].join('\n');

type Node = TreeNode;

function commitmentsOf(tree: { getChildren(n?: Node): Node[] }, id: string): Extract<Node, { kind: 'commitment' }>[] {
  const customers: Node[] = [];
  for (const n of tree.getChildren()) customers.push(...(n.kind === 'group' ? tree.getChildren(n) : [n]));
  const customer = customers.find((n) => n.kind === 'customer' && n.row.note.id === id);
  return customer ? (tree.getChildren(customer).filter((c) => c.kind === 'commitment') as Extract<Node, { kind: 'commitment' }>[]) : [];
}

describe('rapport.markPromiseKept', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeNote(NOTE);
  });

  it('ticks only that promise from its tree node, and the tree drops it', async () => {
    const rapport = await api();
    const uri = await writeNote(NOTE, ORIGINAL);
    const nodes = commitmentsOf(rapport.tree, uri.toString());
    assert.deepEqual(nodes.map((n) => n.commitment.text), ['first promise', 'second promise', 'nested promise']);
    const second = nodes.find((n) => n.commitment.text === 'second promise')!;
    assert.equal(await vscode.commands.executeCommand('rapport.markPromiseKept', second), true);
    assert.equal(readNote(NOTE), ORIGINAL.replace(`- [ ] second promise`, `- [x] second promise`));
    await waitFor(() => !commitmentsOf(rapport.tree, uri.toString()).some((n) => n.commitment.text === 'second promise'), 'the kept promise to leave the tree');
  });

  it('is one undoable edit', async function () {
    this.timeout(45_000); // the first Markdown editor of a run can take a while on a busy machine
    const rapport = await api();
    const uri = await writeNote(NOTE, ORIGINAL);
    const editor = await vscode.window.showTextDocument(uri);
    const first = commitmentsOf(rapport.tree, uri.toString()).find((n) => n.commitment.text === 'first promise')!;
    assert.equal(await vscode.commands.executeCommand('rapport.markPromiseKept', first), true);
    assert.ok(editor.document.getText().includes('- [x] first promise'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), ORIGINAL);
    await editor.document.save();
    assert.equal(readNote(NOTE), ORIGINAL);
  });

  it('refuses anything that is not a promise node', async () => {
    const uri = await writeNote(NOTE, ORIGINAL);
    assert.equal(await vscode.commands.executeCommand('rapport.markPromiseKept', uri), false);
    assert.equal(readNote(NOTE), ORIGINAL);
  });
});
