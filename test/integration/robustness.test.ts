// Robustness in a real VS Code: the hostile corpus (test/fixtures/hostile/) copied into the workspace,
// writes that refuse what they must, names that cannot escape the customers folder, changes on disk
// behind a dirty editor, a watcher storm, and tooltips that cannot be injected.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/customers/customerTree';
import { EVIL, HOSTILE, HOSTILE_DIR } from '../fixtures/hostile/expectations';
import { api, closeAllEditors, day, notePath, noteUri, readNote, removeNote, waitFor, watcherReady, workspaceRoot, writeNote } from './helpers';

const FOLDER = 'customers/hostile';
const files = Object.keys(HOSTILE);
const uriOf = (file: string) => noteUri(`${FOLDER}/${file}`);
const customerNode = async (file: string): Promise<TreeNode> => {
  const node = (await api()).customerNode(uriOf(file).toString());
  assert.ok(node, `${file} is a row of the tree`);
  return node;
};

describe('robustness: hostile notes in the workspace', function () {
  this.timeout(120_000);
  let traceDir: string;

  before(async () => {
    traceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-trace-'));
    process.env.RAPPORT_TRACE_DIR = traceDir; // the extension host shares this process's environment
    await watcherReady();
    fs.mkdirSync(notePath(FOLDER), { recursive: true });
    for (const file of files) fs.copyFileSync(path.join(HOSTILE_DIR, file), notePath(`${FOLDER}/${file}`));
    const rapport = await api();
    await waitFor(() => files.every((f) => rapport.customers().some((c) => c.id === uriOf(f).toString())), 'every hostile note indexed', 30_000);
  });

  after(async () => {
    await closeAllEditors();
    fs.rmSync(notePath(FOLDER), { recursive: true, force: true });
    const rapport = await api();
    await waitFor(() => !rapport.customers().some((c) => c.id.startsWith(noteUri(FOLDER).toString() + '/')), 'the hostile notes removed', 30_000);
    fs.rmSync(traceDir, { recursive: true, force: true });
  });

  it('lists every hostile note in the tree, broken ones with a warning icon and the reason, and still indexes the others', async () => {
    const rapport = await api();
    for (const file of files) {
      const expected = HOSTILE[file];
      const note = rapport.customers().find((c) => c.id === uriOf(file).toString())!;
      if (expected.name !== undefined) assert.equal(note.name, expected.name, file);
      const node = await customerNode(file);
      const item = rapport.tree.getTreeItem(node);
      if (expected.broken) {
        assert.match(note.brokenReason ?? '', expected.broken, file);
        assert.equal((item.iconPath as vscode.ThemeIcon).id, 'warning', `${file} has a warning icon`);
        assert.ok(String(item.description).includes(note.brokenReason!), `${file}: the reason is in the description`);
      } else {
        assert.equal(note.brokenReason, undefined, file);
        assert.notEqual((item.iconPath as vscode.ThemeIcon).id, 'warning', file);
      }
    }
    for (const fixture of ['acme-logistics.md', 'globex-manufacturing.md', 'soylent-foods.md', 'emea/initech-retail.md']) {
      const note = rapport.customers().find((c) => c.id === noteUri(`customers/${fixture}`).toString());
      assert.ok(note && !note.brokenReason, `${fixture} still indexed normally`);
    }
  });

  it('shows each problem in the Problems panel at its line and column', async () => {
    for (const file of files) {
      const expected = HOSTILE[file].problems;
      await waitFor(() => vscode.languages.getDiagnostics(uriOf(file)).length === expected.length, `${expected.length} diagnostics for ${file}`);
      const diagnostics = [...vscode.languages.getDiagnostics(uriOf(file))].sort((a, b) => a.range.start.line - b.range.start.line);
      expected.forEach(([line, column, severity, message], i) => {
        const d = diagnostics[i];
        assert.match(d.message, message, file);
        assert.deepEqual(
          [d.range.start.line, d.range.start.character, d.severity],
          // Every Rapport problem is a warning in Problems, as the tree shows it (the note is still good Markdown).
          [line, column, severity === 'error' || severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information],
          `${file}: ${d.message}`,
        );
      });
    }
  });

  it('ran nothing from any note in the extension host', () => {
    assert.equal((globalThis as { __rapportHostileTrace?: unknown }).__rapportHostileTrace, undefined);
    assert.deepEqual(fs.readdirSync(traceDir), []);
  });

  it('refuses Log Contact on every note it cannot safely change, and writes nothing', async () => {
    const refused = files.filter((f) => HOSTILE[f].broken || !HOSTILE[f].editable);
    assert.ok(refused.includes('binary.md') && refused.includes('invalid-utf8.md') && refused.includes('yaml-js-function.md'));
    for (const file of refused) {
      const before = fs.readFileSync(notePath(`${FOLDER}/${file}`));
      const done = await vscode.commands.executeCommand('rapport.logContact', uriOf(file), { date: day(0), entry: 'Call' });
      assert.equal(done, false, `${file} refused`);
      assert.ok(fs.readFileSync(notePath(`${FOLDER}/${file}`)).equals(before), `${file} unchanged on disk`);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriOf(file).toString());
      assert.ok(!document?.isDirty, `${file} has no unsaved edit`);
    }
  });

  it('puts only inert text in the tooltips of hostile customers', async () => {
    const rapport = await api();
    for (const file of ['injection-fields.md', 'injection-heading.md', 'injection-broken.md']) {
      const node = await customerNode(file);
      const item = rapport.tree.resolveTreeItem(rapport.tree.getTreeItem(node), node);
      const tooltip = item?.tooltip;
      assert.ok(tooltip instanceof vscode.MarkdownString, `${file}: a Markdown tooltip`);
      assert.equal(tooltip.isTrusted, false);
      assert.ok(!tooltip.supportHtml);
      const value = tooltip.value;
      assert.ok(value.includes('alert'), 'the name is shown');
      for (const live of [/(^|[^\\])\[x/, /(^|[^\\])\[click/, /(^|[^\\])!\[/, /(^|[^\\])<img/, /(^|[^\\])<script/, /(^|[^\\])\$\(alert/, /(^|[^\\])\$\(zap/, /\]\(command:/, /\]\(https:/]) {
        assert.doesNotMatch(value, live, `${file}: ${value}`);
      }
      // Escaped, not dropped: the whole name is there as text.
      assert.ok(!value.includes(EVIL));
    }
  });
});

describe('robustness: writes', function () {
  this.timeout(120_000);
  afterEach(() => closeAllEditors());

  it('never writes outside the workspace folder: not through "..", not through a link', async () => {
    const outside = path.join(path.dirname(workspaceRoot()), `outside-${Date.now()}.md`);
    const text = '---\nname: Outside Co\n---\n# Outside\n';
    fs.writeFileSync(outside, text);
    const link = notePath('customers/robust-link.md');
    try {
      const dotted = vscode.Uri.file(notePath('customers')).with({ path: `${vscode.Uri.file(notePath('customers')).path}/../../${path.basename(outside)}` });
      assert.ok(dotted.path.includes('/../'), dotted.path);
      assert.equal(await vscode.commands.executeCommand('rapport.logContact', dotted, { date: day(0), entry: false }), false);
      fs.symlinkSync(outside, link);
      assert.equal(await vscode.commands.executeCommand('rapport.logContact', vscode.Uri.file(link), { date: day(0), entry: false }), false);
      assert.equal(fs.readFileSync(outside, 'utf8'), text, 'the file outside the workspace is untouched');
    } finally {
      fs.rmSync(link, { force: true });
      fs.rmSync(outside, { force: true });
    }
  });

  it('loses nothing when a note changes on disk behind a dirty editor', async () => {
    const relative = 'customers/robust-conflict.md';
    const uri = await writeNote(relative, '---\nname: Conflict Co\nlast_contacted: 2026-01-01\n---\n# Conflict Co\n');
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'Unsaved thought\n'));
    assert.ok(editor.document.isDirty);
    fs.writeFileSync(notePath(relative), '---\nname: Conflict Co\nlast_contacted: 2026-01-01\n---\n# Conflict Co\nDisk change\n');
    await new Promise((r) => setTimeout(r, 1000)); // let VS Code notice the file changed
    assert.equal(await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(0), entry: false }), true);
    // The editor keeps the leader's unsaved text plus the new date, unsaved; the other program's change
    // stays on disk. Neither overwrote the other.
    assert.ok(editor.document.isDirty);
    assert.ok(editor.document.getText().includes('Unsaved thought'));
    assert.ok(editor.document.getText().includes(`last_contacted: ${day(0)}`));
    assert.ok(readNote(relative).includes('Disk change'));
    assert.ok(!readNote(relative).includes('Unsaved thought'));
    await closeAllEditors();
    await removeNote(relative);
  });

  it('loses nothing when a note changes on disk just before Log Contact on a clean editor', async () => {
    const relative = 'customers/robust-reload.md';
    const uri = await writeNote(relative, '---\nname: Reload Co\nlast_contacted: 2026-01-01\n---\n# Reload Co\n');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(!document.isDirty);
    fs.writeFileSync(notePath(relative), '---\nname: Reload Co\nlast_contacted: 2026-01-01\n---\n# Reload Co\nDisk change\n');
    await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(0), entry: false });
    // Either the edit landed on the reloaded text and was saved, or the save was refused and the edit
    // waits in the editor: the disk change is never lost.
    await waitFor(() => readNote(relative).includes('Disk change') && (readNote(relative).includes(`last_contacted: ${day(0)}`) || document.isDirty), 'a consistent outcome');
    assert.ok(readNote(relative).includes('Disk change'));
    await closeAllEditors();
    await removeNote(relative);
  });

  it('keeps two quick Log Contacts apart: both entries, the later date, valid front matter', async () => {
    const relative = 'customers/robust-twice.md';
    const uri = await writeNote(relative, '---\nname: Twice Co\n---\n# Twice Co\n\n## Contact log\n');
    const [a, b] = await Promise.all([
      vscode.commands.executeCommand('rapport.logContact', uri, { date: day(-2), entry: 'First' }),
      vscode.commands.executeCommand('rapport.logContact', uri, { date: day(-1), entry: 'Second' }),
    ]);
    assert.deepEqual([a, b], [true, true]);
    const text = readNote(relative);
    assert.equal(text, `---\nname: Twice Co\nlast_contacted: ${day(-1)}\n---\n# Twice Co\n\n## Contact log\n\n### ${day(-2)} First\n\n### ${day(-1)} Second\n`);
    await removeNote(relative);
  });

  it('turns any new customer name into a safe file inside customers/, or refuses it', async () => {
    const rapport = await api();
    const customers = notePath('customers');
    const root = workspaceRoot();
    const before = new Set(fs.readdirSync(customers));
    const rootBefore = fs.readdirSync(root).sort();
    const parentBefore = fs.readdirSync(path.dirname(root)).sort();
    const acme = readNote('customers/acme-logistics.md');
    const cases: Array<[name: string, file: string | undefined]> = [
      ['../x', 'x.md'],
      ['a/b', 'a-b.md'],
      ['CON', 'con-customer.md'],
      ['...', undefined],
      ['🎉🚀', undefined],
      ['y'.repeat(300), `${'y'.repeat(80)}.md`],
      ['Acme Logistics', 'acme-logistics.md'], // exists: opened, never overwritten
    ];
    try {
      for (const [name, file] of cases) {
        const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('rapport.newCustomer', name);
        await closeAllEditors();
        if (file === undefined) {
          assert.equal(uri, undefined, `${name} refused`);
          continue;
        }
        assert.ok(uri, `${name} gives a note`);
        assert.equal(path.dirname(uri.fsPath), customers, `${name} stays in customers/`);
        assert.equal(path.basename(uri.fsPath), file, name);
        assert.ok(fs.existsSync(uri.fsPath));
      }
      assert.equal(readNote('customers/acme-logistics.md'), acme, 'the existing note is untouched');
      assert.deepEqual(fs.readdirSync(root).sort(), rootBefore, 'nothing new next to customers/');
      assert.deepEqual(fs.readdirSync(path.dirname(root)).sort(), parentBefore, 'nothing new outside the workspace');
      const created = fs.readdirSync(customers).filter((f) => !before.has(f)).sort();
      assert.deepEqual(created, ['a-b.md', 'con-customer.md', 'x.md', `${'y'.repeat(80)}.md`].sort());
    } finally {
      for (const f of fs.readdirSync(customers)) if (!before.has(f)) fs.rmSync(path.join(customers, f), { force: true, recursive: true });
      await waitFor(() => !rapport.customers().some((c) => /\/customers\/(x|a-b|con-customer|y{80})\.md$/.test(c.id)), 'the new notes removed');
    }
  });
});

describe('robustness: watcher storm', function () {
  this.timeout(180_000);
  const STORM = 'customers/storm';

  after(async () => {
    fs.rmSync(notePath(STORM), { recursive: true, force: true });
    const rapport = await api();
    await waitFor(() => !rapport.customers().some((c) => c.id.includes('/customers/storm/')), 'the storm notes removed', 60_000);
  });

  it('ends, after 1,000 files created, changed and deleted in a burst, with the index a fresh scan gives, refreshing the tree a bounded number of times', async () => {
    const rapport = await api();
    await watcherReady();
    await rapport.idle();
    const refreshesBefore = rapport.treeRefreshCount();
    const dir = notePath(STORM);
    fs.mkdirSync(dir, { recursive: true });
    const file = (i: number) => path.join(dir, `n${String(i).padStart(4, '0')}.md`);
    const N = 1000;
    for (let i = 0; i < N; i++) fs.writeFileSync(file(i), `---\nname: Storm ${i}\nlast_contacted: 2026-01-01\n---\n`);
    for (let i = 0; i < N; i += 2) fs.writeFileSync(file(i), `---\nname: Storm ${i} changed\ncadence: 7\n---\n`);
    for (let i = 0; i < N; i += 3) fs.rmSync(file(i));
    const expected = new Map<string, string>();
    for (let i = 0; i < N; i++) if (i % 3 !== 0) expected.set(vscode.Uri.file(file(i)).toString(), i % 2 === 0 ? `Storm ${i} changed` : `Storm ${i}`);

    const stormNotes = () => rapport.customers().filter((c) => c.id.includes('/customers/storm/'));
    await waitFor(() => {
      const notes = stormNotes();
      return notes.length === expected.size && notes.every((n) => expected.get(n.id) === n.name);
    }, 'the index to follow the storm', 120_000, 250);
    await rapport.idle();
    const refreshes = rapport.treeRefreshCount() - refreshesBefore;

    const snapshot = (notes: readonly unknown[]) => JSON.stringify([...notes].sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1)));
    const incremental = snapshot(rapport.customers());
    await rapport.refresh();
    assert.equal(snapshot(rapport.customers()), incremental, 'the index equals a fresh scan');
    // 2,667 file events; the debounced watcher applies them in a handful of batches.
    assert.ok(refreshes <= 60, `the tree refreshed ${refreshes} times`);
    console.log(`      watcher storm: ${refreshes} tree refreshes for ${N + N / 2 + Math.ceil(N / 3)} file events`);
  });
});
