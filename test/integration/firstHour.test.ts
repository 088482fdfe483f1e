// What went wrong in a leader's first hour, checked through VS Code itself: the tree is resolved by the
// workbench (TreeView.reveal), commands run as a person runs them, quick picks are answered with the
// workbench's own commands, and what the note says afterwards is read from disk.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/customers/customerTree';
import { api, closeAllEditors, day, quickFixesAt, readNote, removeNote, waitFor, writeNote } from './helpers';

const TAGGED = 'customers/first-hour/tagged.md';
const LATER = 'customers/first-hour/later.md';
const ARCHIVED = 'customers/first-hour/archived.md';
const BROKEN = 'customers/first-hour/broken.md';
const FUTURE = 'customers/first-hour/future.md';
const NOTES: Record<string, string> = {
  [TAGGED]: `---\nname: Tagged Hour\ntags: [erp, cloud, strategic]\nsegment: Finance\nlast_contacted: ${day(-3)}\n---\n# Tagged Hour\n`,
  [LATER]: `---\nname: Later Hour\nlast_contacted: ${day(-1)}   # a call\n---\n# Later Hour\n\n## Contact log\n\n### ${day(-1)} Call\n`,
  [ARCHIVED]: `---\nname: Archived Hour\nstatus: archived\ncadence: 7\nlast_contacted: ${day(-120)}\n---\n# Archived Hour\n`,
  [BROKEN]: `---\nname: Broken Hour\ncadence: 1\nlast_contacted: ${day(-300)}\ntags:\n  - a\n - b\n---\n# Broken Hour\n`,
  [FUTURE]: `---\nname: Future Hour\nlast_contacted: ${day(40)}  # typed by hand\n---\n# Future Hour\n`,
};

type Customer = Extract<TreeNode, { kind: 'customer' }>;
const idOf = (relative: string) => vscode.Uri.file(`${vscode.workspace.workspaceFolders![0].uri.fsPath}/${relative}`).toString();

/** Every customer node of the tree as VS Code sees it: each one revealed, so the workbench resolves its parents. */
async function revealAll(): Promise<Customer[]> {
  const rapport = await api();
  const found: Customer[] = [];
  const walk = async (nodes: TreeNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'customer') found.push(node);
      if (node.kind === 'group' || node.kind === 'folder') await walk(rapport.tree.getChildren(node));
    }
  };
  await walk(rapport.tree.getChildren());
  for (const node of found) await rapport.treeView().reveal(node, { select: false, focus: false, expand: false });
  return found;
}

/** Runs a command that opens a quick pick, moves down to item `index` and accepts it, as the arrow keys and Enter would. */
async function answerQuickPick<T>(run: () => Thenable<T>, index: number): Promise<T> {
  const result = run();
  await new Promise((r) => setTimeout(r, 500));
  for (let i = 0; i < index; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  return result;
}

describe('the first hour of a leader', () => {
  before(async () => {
    for (const [path, text] of Object.entries(NOTES)) await writeNote(path, text);
  });
  after(async () => {
    await vscode.commands.executeCommand('rapport.groupBy', 'none');
    await vscode.commands.executeCommand('rapport.sortBy', 'overdue');
    await vscode.commands.executeCommand('rapport.hideArchivedCustomers');
    await closeAllEditors();
    for (const path of Object.keys(NOTES)) await removeNote(path);
  });
  afterEach(closeAllEditors);

  it('resolves every grouping and order in VS Code, a customer with three tags under each of its tags', async () => {
    const rapport = await api();
    for (const showArchived of [false, true]) {
      await vscode.commands.executeCommand(showArchived ? 'rapport.showArchivedCustomers' : 'rapport.hideArchivedCustomers');
      for (const groupBy of ['none', 'segment', 'owner', 'state', 'tag']) {
        for (const sortBy of ['overdue', 'name', 'due']) {
          await vscode.commands.executeCommand('rapport.groupBy', groupBy);
          await vscode.commands.executeCommand('rapport.sortBy', sortBy);
          const nodes = await revealAll(); // throws "Element with id … is already registered" on a duplicate id
          const where = `${groupBy}/${sortBy}/${showArchived}`;
          assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length, where);
          const shown = new Set(nodes.map((n) => n.row.note.id));
          for (const row of rapport.rows()) assert.ok(shown.has(row.note.id), `${row.note.name} is in the tree (${where})`);
          assert.equal(shown.has(idOf(ARCHIVED)), showArchived, where);
          if (groupBy === 'tag') {
            const groups = nodes.filter((n) => n.row.note.id === idOf(TAGGED)).map((n) => (n.parent as { label: string }).label).sort();
            assert.deepEqual(groups, ['cloud', 'erp', 'strategic'], where);
          }
        }
      }
    }
    await vscode.commands.executeCommand('rapport.hideArchivedCustomers');
    await vscode.commands.executeCommand('rapport.groupBy', 'none');
    await vscode.commands.executeCommand('rapport.sortBy', 'overdue');
  });

  it('gives every node a parent VS Code can follow up to the root', async () => {
    const rapport = await api();
    await vscode.commands.executeCommand('rapport.groupBy', 'tag');
    const tagged = (await revealAll()).filter((n) => n.row.note.id === idOf(TAGGED));
    for (const node of tagged) {
      const [child] = rapport.tree.getChildren(node).length ? rapport.tree.getChildren(node) : [node];
      await rapport.treeView().reveal(child, { select: true, focus: false, expand: true });
      assert.equal(rapport.treeView().selection[0]?.id, child.id);
      const parent = rapport.tree.getParent(node);
      assert.equal(parent?.kind, 'group');
      assert.equal(rapport.tree.getParent(parent!), undefined);
    }
    await vscode.commands.executeCommand('rapport.groupBy', 'none');
  });

  it('logs an earlier date without erasing a later contact, and says which date it kept', async () => {
    const uri = vscode.Uri.parse(idOf(LATER));
    assert.equal(await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(-9), entry: 'Site visit (2h)' }), true);
    const text = readNote(LATER);
    assert.match(text, new RegExp(`^last_contacted: ${day(-1)}   # a call$`, 'm'), text);
    assert.ok(text.includes(`### ${day(-9)} Site visit (2h)`), text);
    // "Yesterday" again on a note contacted yesterday, with the same entry: nothing is added twice.
    await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(-9), entry: 'Site visit (2h)' });
    assert.equal(readNote(LATER).split(`### ${day(-9)} Site visit (2h)`).length, 2, 'the entry is there once');
    const rapport = await api();
    await waitFor(() => rapport.customers().some((c) => c.id === uri.toString() && c.entries.length === 2), 'the entry indexed');
    assert.equal(rapport.customers().find((c) => c.id === uri.toString())?.entries.filter((e) => e.minutes === 120).length, 1);
    assert.equal(rapport.rows().find((r) => r.note.id === uri.toString())?.summary.daysSince, 1, 'still 1 day since contact');
  });

  it('lets archived customers never nag: last when shown, not red, not in the badge or the status bar', async () => {
    const rapport = await api();
    await vscode.commands.executeCommand('rapport.showArchivedCustomers');
    const nodes = await revealAll();
    const firstArchived = nodes.findIndex((n) => n.row.summary.state === 'archived');
    assert.ok(nodes.slice(firstArchived).every((n) => n.row.summary.state === 'archived'), 'archived customers come last');
    const last = nodes.find((n) => n.row.note.id === idOf(ARCHIVED))!;
    assert.ok(nodes.indexOf(last) >= firstArchived);
    const item = rapport.tree.getTreeItem(last);
    assert.equal(item.description, 'archived · 120d');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'archive');
    const tooltip = (await rapport.tree.resolveTreeItem(item, last)).tooltip as vscode.MarkdownString;
    assert.doesNotMatch(tooltip.value, /Not reflected on lately|Overdue by/);
    const overdue = rapport.rows().filter((r) => r.summary.state === 'overdue').length;
    assert.equal(rapport.treeView().badge?.value, overdue || undefined);
    assert.doesNotMatch(rapport.statusBar()!.tooltip, /Archived Hour/);
    await vscode.commands.executeCommand('rapport.hideArchivedCustomers');
  });

  it('gives a note it cannot read no state: not overdue, one reason everywhere, refused before any prompt', async () => {
    const rapport = await api();
    const row = rapport.rows().find((r) => r.note.id === idOf(BROKEN))!;
    assert.equal(row.summary.state, 'unknown');
    assert.ok(!rapport.rows().some((r) => r.note.id === idOf(BROKEN) && r.summary.state === 'overdue'));
    const [diagnostic] = vscode.languages.getDiagnostics(vscode.Uri.parse(idOf(BROKEN)));
    assert.equal(diagnostic.message, row.note.brokenReason);
    // No prompt: the command resolves at once (a quick pick would wait for an answer until the timeout).
    assert.equal(await vscode.commands.executeCommand('rapport.logContact', vscode.Uri.parse(idOf(BROKEN))), false);
    assert.equal(readNote(BROKEN), NOTES[BROKEN]);
  });

  it('flags a hand-typed future last_contacted in Problems, with a quick fix that moves it to next_contact', async () => {
    const uri = vscode.Uri.parse(idOf(FUTURE));
    const rapport = await api();
    assert.equal(rapport.rows().find((r) => r.note.id === uri.toString())?.summary.state, 'never');
    await waitFor(() => vscode.languages.getDiagnostics(uri).some((d) => d.code === 'future-date'), 'the future-date warning');
    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => d.code === 'future-date')!;
    assert.equal(diagnostic.range.start.line, 2);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    const editor = await vscode.window.showTextDocument(uri);
    const actions = await quickFixesAt(uri, diagnostic.range, (titles) => titles.some((t) => t.includes('next_contact')));
    const fix = actions.find((a) => a.title.includes('next_contact'));
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    await vscode.workspace.applyEdit(fix.edit);
    assert.equal(editor.document.getText(), NOTES[FUTURE].replace('last_contacted:', 'next_contact:'));
    await editor.document.save();
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, 'the warning gone once fixed');
    await waitFor(() => rapport.rows().find((r) => r.note.id === uri.toString())?.summary.dueDate !== undefined, 'the planned date');
  });

  it('keeps Insert Reflection out of the front matter and offers the profile only for an empty note', async () => {
    const uri = vscode.Uri.parse(idOf(TAGGED));
    const editor = await vscode.window.showTextDocument(uri);
    editor.selection = new vscode.Selection(2, 3, 2, 3); // inside `tags: [...]`
    assert.equal(await vscode.commands.executeCommand('rapport.insertReflection', 'mutual-vulnerability'), true);
    const text = editor.document.getText();
    assert.ok(text.startsWith(NOTES[TAGGED]), 'the front matter and the body above are untouched');
    assert.ok(text.slice(NOTES[TAGGED].length).startsWith(`\n### Reflection: Mutual vulnerability (${day(0)})`), JSON.stringify(text.slice(NOTES[TAGGED].length, NOTES[TAGGED].length + 80)));
    assert.equal(await vscode.commands.executeCommand('rapport.insertReflection', 'customer-profile'), false, 'no second title');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('asks which customer a reflection is about when the note is not a customer note', async () => {
    const readme = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# README\n' });
    await vscode.window.showTextDocument(readme);
    const rapport = await api();
    const index = rapport.rows().findIndex((r) => r.note.id === idOf(TAGGED)); // the picker lists the tree's order, most overdue first
    const inserted = await answerQuickPick(() => vscode.commands.executeCommand('rapport.insertReflection', 'opportunities-and-risks'), index);
    assert.equal(inserted, true);
    const active = vscode.window.activeTextEditor!.document;
    assert.equal(active.uri.toString(), idOf(TAGGED));
    assert.ok(active.getText().includes(`### Reflection: Opportunities and risks (${day(0)})`));
    assert.equal(readme.getText(), '# README\n', 'nothing went into the README');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('counts nothing from an inserted template but the meeting\'s date', async () => {
    const rapport = await api();
    const uri = vscode.Uri.parse(idOf(TAGGED));
    const editor = await vscode.window.showTextDocument(uri);
    for (const id of ['meeting-reflection', 'opportunities-and-risks', 'mutual-vulnerability', 'time-investment']) {
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      await vscode.commands.executeCommand('rapport.insertReflection', id);
      await vscode.commands.executeCommand('leaveSnippet');
    }
    await waitFor(() => (rapport.customers().find((c) => c.id === uri.toString())?.entries.length ?? 0) === 1, 'the unsaved text indexed');
    const note = rapport.customers().find((c) => c.id === uri.toString())!;
    assert.deepEqual([note.entries[0].minutes, note.closeness, note.commitments, note.register, note.habits], [undefined, [], [], [], []]);
    assert.equal(rapport.rows().find((r) => r.note.id === uri.toString())?.summary.daysSince, 0, 'the meeting heading is the contact');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('brings forward a note already open when it is clicked in the dashboard', async () => {
    const rapport = await api();
    const uri = vscode.Uri.parse(idOf(TAGGED));
    await vscode.window.showTextDocument(uri, { preview: false });
    await vscode.commands.executeCommand('rapport.showDashboard');
    assert.equal(await rapport.dashboard().receive({ type: 'open', id: uri.toString() }), true);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
    assert.equal(tabs.length, 1, 'one tab for the note');
    rapport.dashboard().panel?.dispose();
  });

  it('opens a new customer as a kept tab with the cursor where the leader starts writing', async () => {
    const uri = (await vscode.commands.executeCommand('rapport.newCustomer', 'Ingrid Sølberg')) as vscode.Uri;
    assert.ok(uri.path.endsWith('/customers/ingrid-solberg.md'), uri.path);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab!;
    assert.equal(tab.isPreview, false);
    const editor = vscode.window.activeTextEditor!;
    const line = editor.selection.active.line;
    assert.equal(editor.document.lineAt(line).text, '');
    assert.match(editor.document.lineAt(line - 1).text, /^<!--/);
    assert.equal(editor.document.lineAt(line - 2).text, '## Business and goals');
    await closeAllEditors();
    await removeNote('customers/ingrid-solberg.md');
  });
});
