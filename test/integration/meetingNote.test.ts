// New Meeting Note in the real extension host: the note is written under meetings/ with today's date from
// Rapport's clock, links each customer by its file name, opens as a kept tab at the notes, never
// overwrites a note of the same name, asks through a real quick pick, and refuses an unsafe folder.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, closeAllEditors, notePath, noteUri, readNote, waitFor } from './helpers';

const ACME = () => noteUri('customers/acme-logistics.md').toString();
const GLOBEX = () => noteUri('customers/globex-manufacturing.md').toString();
// Noon on 1 December 2026, local time: the day every note of this suite is dated.
const NOON = new Date(2026, 11, 1, 12, 0, 0);

const steering = (title: string, withLine: string) => [
  '---',
  'date: 2026-12-01',
  '---',
  `# ${title}`,
  '',
  withLine,
  '',
  '## Notes',
  '',
  '## Promises',
  '- [ ] ',
  '',
].join('\n');

/** Replaces a function of `vscode.window` for one test; the extension shares the API object. */
function replaceWindow<K extends 'showInputBox' | 'showErrorMessage'>(name: K, stand: (typeof vscode.window)[K]): () => void {
  const original = vscode.window[name];
  (vscode.window as { [P in K]: (typeof vscode.window)[P] })[name] = stand;
  return () => { (vscode.window as { [P in K]: (typeof vscode.window)[P] })[name] = original; };
}

const meetingFiles = () => (fs.existsSync(notePath('meetings')) ? fs.readdirSync(notePath('meetings')).sort() : []);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('rapport.newMeetingNote', () => {
  before(async () => {
    (await api()).setClock({ now: () => NOON });
  });
  after(async () => {
    const rapport = await api();
    rapport.setClock({ now: () => new Date() });
    await closeAllEditors();
    await vscode.workspace.getConfiguration('rapport', vscode.workspace.workspaceFolders![0]).update('meetingFolder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    // One file at a time, as the watcher reports files, and until no customer is mentioned by them.
    for (const file of meetingFiles()) fs.rmSync(notePath(`meetings/${file}`));
    fs.rmSync(notePath('meetings'), { recursive: true, force: true });
    await waitFor(() => !rapport.customers().some((c) => c.mentions.some((m) => m.noteId.includes('/meetings/2026-12-01%20'))), 'the meeting notes out of the mentions');
  });
  afterEach(closeAllEditors);

  it('creates meetings/YYYY-MM-DD <title>.md linking each customer, and opens it as a kept tab at the notes', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('rapport.newMeetingNote', { customers: [ACME(), GLOBEX()], title: 'Steering' });
    assert.equal(uri?.fsPath, notePath('meetings/2026-12-01 Steering.md'));
    assert.equal(readNote('meetings/2026-12-01 Steering.md'), steering('Steering', 'With [[acme-logistics]] and [[globex-manufacturing]].'));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === uri.fsPath, 'the meeting note to open');
    const editor = vscode.window.activeTextEditor!;
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [8, 0], 'the cursor on the empty line under ## Notes');
    assert.equal(editor.document.lineAt(7).text, '## Notes');
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, false, 'a kept tab, not a preview');
    // The links are mentions: the meeting is a contact with each customer on its day.
    const rapport = await api();
    for (const id of [ACME(), GLOBEX()]) {
      await waitFor(() => rapport.customers().find((c) => c.id === id)?.mentions.some((m) => m.noteId === uri.toString()) === true, `a mention of ${id}`);
      assert.equal(rapport.rows().find((r) => r.note.id === id)?.summary.daysSince, 0, id);
    }
  });

  it('takes "<title> 2.md" on a second run and leaves the first note untouched', async () => {
    const first = notePath('meetings/2026-12-01 Steering.md');
    const mine = `${fs.readFileSync(first, 'utf8')}My own notes, not to be lost.\n`;
    fs.writeFileSync(first, mine);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('rapport.newMeetingNote', { customers: [GLOBEX()], title: 'Steering' });
    assert.equal(uri?.fsPath, notePath('meetings/2026-12-01 Steering 2.md'));
    assert.equal(readNote('meetings/2026-12-01 Steering 2.md'), steering('Steering', 'With [[globex-manufacturing]].'));
    assert.equal(fs.readFileSync(first, 'utf8'), mine);
    const third = await vscode.commands.executeCommand<vscode.Uri>('rapport.newMeetingNote', { customers: [ACME()], title: 'Steering' });
    assert.equal(third?.fsPath, notePath('meetings/2026-12-01 Steering 3.md'));
  });

  it('asks through a real quick pick with the tree item checked, then the title, checking it', async () => {
    const rapport = await api();
    const node = rapport.customerNode(GLOBEX());
    assert.ok(node, 'Globex is in the tree');
    let asked: vscode.InputBoxOptions | undefined;
    const restore = replaceWindow('showInputBox', async (options) => {
      asked = options;
      return 'Plant: walk / review';
    });
    try {
      const run = vscode.commands.executeCommand<vscode.Uri>('rapport.newMeetingNote', node);
      await pause(800);
      // The tree's customer comes first, checked; the next one is Acme Logistics (by name): tick it too.
      // A multi-select pick opens with no row focused: the first Down focuses the first row.
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const uri = await run;
      assert.equal(uri?.fsPath, notePath('meetings/2026-12-01 Plant walk review.md'));
      assert.equal(readNote('meetings/2026-12-01 Plant walk review.md'), steering('Plant: walk / review', 'With [[globex-manufacturing]] and [[acme-logistics]].'));
    } finally {
      restore();
    }
    assert.ok(asked?.validateInput, 'the title is checked as it is typed');
    const check = (value: string) => asked!.validateInput!(value) as string | undefined;
    assert.match(check('   ') ?? '', /title/i, 'an empty title is refused');
    assert.match(check('???') ?? '', /file name/i, 'a title with nothing a file name can hold is refused');
    assert.equal(check('Steering'), undefined);
  });

  it('writes nothing when the leader presses Esc in the quick pick', async () => {
    const before = meetingFiles();
    const run = vscode.commands.executeCommand('rapport.newMeetingNote');
    await pause(800);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await run, undefined);
    assert.deepEqual(meetingFiles(), before);
  });

  it('refuses a meeting folder outside the workspace folder, or among the customer notes, with an error, and writes nothing', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const errors: string[] = [];
    const restore = replaceWindow('showErrorMessage', (async (message: string) => { errors.push(message); return undefined; }) as typeof vscode.window.showErrorMessage);
    try {
      for (const outside of ['../outside', '/tmp/rapport-meetings', 'C:\\meetings']) {
        await vscode.workspace.getConfiguration('rapport', folder).update('meetingFolder', outside, vscode.ConfigurationTarget.WorkspaceFolder);
        const uri = await vscode.commands.executeCommand<vscode.Uri>('rapport.newMeetingNote', { customers: [ACME()], title: 'Escape' });
        assert.equal(uri, undefined, outside);
        assert.match(errors.at(-1) ?? '', /rapport\.meetingFolder .* must be a folder inside the workspace folder/, outside);
      }
      await vscode.workspace.getConfiguration('rapport', folder).update('meetingFolder', 'customers/meetings', vscode.ConfigurationTarget.WorkspaceFolder);
      assert.equal(await vscode.commands.executeCommand('rapport.newMeetingNote', { customers: [ACME()], title: 'Escape' }), undefined);
      assert.match(errors.at(-1) ?? '', /lies inside the folder of customer notes/);
    } finally {
      restore();
      await vscode.workspace.getConfiguration('rapport', folder).update('meetingFolder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    assert.equal(fs.existsSync(notePath('../outside')), false);
    assert.equal(fs.existsSync(notePath('customers/meetings')), false, 'nothing where it would be read as a customer');
    assert.equal(fs.existsSync('/tmp/rapport-meetings'), false);
    assert.ok(!meetingFiles().some((f) => f.includes('Escape')));
  });
});
