// Contacts where they happen: a meeting note written on disk moves a customer's figures everywhere
// (the index, the tree, its tooltip, the status bar), deleting it moves them back, and a rename of
// either note is followed. Links meant for a customer that name none show in the Problems panel.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/customers/customerTree';
import { api, closeAllEditors, day, notePath, noteUri, removeNote, waitFor, watcherReady, writeNote } from './helpers';

const CUSTOMER = 'customers/watched/mention-co.md';
const CUSTOMER_TEXT = `---\nname: Mention Co\naliases: [MCo]\ncadence: 2w\nlast_contacted: ${day(-30)}\n---\n# Mention Co\n`;

async function overdueCount(): Promise<number> {
  const rapport = await api();
  return rapport.rows().filter((r) => r.summary.state === 'overdue').length;
}

function statusOverdue(text: string | undefined): number {
  return Number(/(\d+) overdue/.exec(text ?? '')?.[1] ?? 0);
}

async function mentionsOf(id: string) {
  const rapport = await api();
  return rapport.customers().find((c) => c.id === id)?.mentions ?? [];
}

/** Writes a Markdown note that is not a customer note, as another program would. */
function writeOther(relative: string, text: string): vscode.Uri {
  const file = notePath(relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

describe('mentions in meeting notes', () => {
  let customer: vscode.Uri;
  const meeting = `meetings/${day(0)} Mention sync.md`;
  before(async () => {
    await watcherReady();
    customer = await writeNote(CUSTOMER, CUSTOMER_TEXT);
  });
  after(async () => {
    await closeAllEditors();
    for (const f of [meeting, 'meetings/renamed sync.md']) fs.rmSync(notePath(f), { force: true });
    await removeNote(CUSTOMER);
  });

  it('moves the count when a meeting note is written, shows it under the customer, and moves it back when deleted', async () => {
    const rapport = await api();
    const id = customer.toString();
    await waitFor(() => rapport.rows().some((r) => r.note.id === id && r.summary.state === 'overdue'), 'Mention Co overdue');
    const before = await overdueCount();
    await waitFor(() => statusOverdue(rapport.statusBar()?.text) === before, 'the status bar agrees');

    const uri = writeOther(meeting, `# Mention sync\n\n## ${day(0)} Weekly (30m)\n\nWith [[mention-co]] and [[MCo|them again]].\n\n- [ ] call [[mention-co]] next week\n`);
    await waitFor(async () => (await mentionsOf(id)).length === 1, 'the mention joined');
    const row = rapport.rows().find((r) => r.note.id === id)!;
    assert.equal(row.summary.daysSince, 0);
    assert.equal(row.summary.lastContactSource, 'mention');
    assert.equal(row.summary.state, 'ok');
    await waitFor(() => statusOverdue(rapport.statusBar()?.text) === before - 1, 'the status bar count moved');
    assert.equal(rapport.treeView().badge?.value ?? 0, before - 1);

    // The tree: the tooltip names the note, the mention is a child that opens its line.
    const node = rapport.customerNode(id)!;
    const item = rapport.tree.getTreeItem(node);
    const tooltip = (rapport.tree.resolveTreeItem(item, node) as vscode.TreeItem).tooltip as vscode.MarkdownString;
    // As rendered: the Markdown escapes (`2026\\-12\\-01`) are not what the leader reads.
    assert.ok(tooltip.value.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').includes(`Last contact: ${day(0)}, today (from meetings/${day(0)} Mention sync.md)`), tooltip.value);
    const children = rapport.tree.getChildren(node) as TreeNode[];
    const mentionNode = children.find((c) => c.kind === 'mention')!;
    const child = rapport.tree.getTreeItem(mentionNode);
    assert.equal(child.label, `${day(0)} Mention sync`);
    assert.equal(child.description, '30m');
    await vscode.commands.executeCommand(child.command!.command, ...(child.command!.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), 'the meeting note opened');
    assert.equal(vscode.window.activeTextEditor!.selection.active.line, 4, 'at the line of the mention');
    await closeAllEditors();

    fs.rmSync(uri.fsPath);
    await waitFor(async () => (await mentionsOf(id)).length === 0, 'the mention gone');
    await waitFor(() => statusOverdue(rapport.statusBar()?.text) === before, 'the status bar count moved back');
  });

  it('follows a renamed meeting note, and a renamed customer note by its name while reporting links by the old file name', async () => {
    const rapport = await api();
    const id = customer.toString();
    const uri = writeOther(meeting, `---\ndate: ${day(-1)}\n---\n# Sync\n\nWith [[Mention Co]].\n\nAlso [[mention-co]].\n`);
    await waitFor(async () => (await mentionsOf(id)).length === 1, 'the mention joined');
    const renamed = notePath('meetings/renamed sync.md');
    fs.renameSync(uri.fsPath, renamed);
    await waitFor(async () => (await mentionsOf(id))[0]?.noteId === vscode.Uri.file(renamed).toString(), 'the mention follows the rename');

    const newCustomer = notePath('customers/watched/mention-co-renamed.md');
    fs.renameSync(customer.fsPath, newCustomer);
    const newId = vscode.Uri.file(newCustomer).toString();
    await waitFor(async () => (await mentionsOf(newId)).length === 1, 'the mention by name kept');
    const meetingUri = vscode.Uri.file(renamed);
    await waitFor(() => vscode.languages.getDiagnostics(meetingUri).length === 1, 'the broken link reported');
    const [diagnostic] = vscode.languages.getDiagnostics(meetingUri);
    assert.equal(diagnostic.range.start.line, 7);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /"mention-co"/);
    fs.renameSync(newCustomer, customer.fsPath);
    await waitFor(() => vscode.languages.getDiagnostics(meetingUri).length === 0, 'the link works again');
    fs.rmSync(renamed);
    await waitFor(async () => (await mentionsOf(id)).length === 0, 'the mention gone');
  });
});
