// Meeting prep in the real extension host: the CodeLens above a customer note (and its update as the
// note is typed), Prepare for Meeting opening the brief in the Markdown preview, and a hover on a link to
// the customer showing the same brief. Nothing from the note can add a link or HTML to it.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAllEditors, day, notePath, removeNote, waitFor, writeNote } from './helpers';

const CUSTOMER = 'customers/brief/brief-co.md';
const MEETING = 'notes/brief meeting.md';
const TEXT = [
  '---',
  'name: Brief Co',
  'role: CIO',
  'cadence: 2w',
  `last_contacted: ${day(-12)}`,
  'time_goal: 2h/month',
  '---',
  '# Brief Co',
  '',
  '## People and aspirations',
  '- **Ana**: wants to run the <b>shared</b> service [now](https://evil.example)',
  '',
  '## Opportunities and risks',
  `- Risk: the contract ends in March (noted ${day(-200)})`,
  '',
  '## Contact log',
  '',
  `### ${day(-12)} Steering committee (45m)`,
  'Closeness: 3',
  `- [ ] send the roadmap (due ${day(-2)})`,
  '- [ ] invite them to the board',
  `### ${day(-40)} Kick-off`,
  'Closeness: 4',
  '',
].join('\n');

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return lenses.filter((l) => l.command && l.range.start.line === 0).map((l) => l.command!.title);
}

const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');

describe('meeting prep: CodeLens, Prepare for Meeting and the link hover', () => {
  let uri: vscode.Uri;
  before(async () => {
    uri = await writeNote(CUSTOMER, TEXT);
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('rapport').update('codeLens', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(notePath('notes'), { recursive: true, force: true });
    await removeNote(CUSTOMER);
  });

  it('shows days since contact against the cadence above the note, then the commands', async () => {
    await vscode.window.showTextDocument(uri);
    await waitFor(async () => (await lensTitles(uri)).length === 5, 'five lenses');
    assert.deepEqual(await lensTitles(uri), ['12d since contact · every 14d · due in 2d', 'Log Contact', 'Insert Reflection', 'Prepare for Meeting', 'Snooze…']);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const commands = lenses.map((l) => l.command?.command);
    assert.deepEqual(commands, ['', 'rapport.logContact', 'rapport.insertReflection', 'rapport.prepareMeeting', 'rapport.snooze']);
    assert.equal(String(lenses[1].command!.arguments![0]), uri.toString(), 'Log Contact is for this note');
  });

  it('updates as the note is typed, before it is saved, and goes when turned off', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('cadence:'));
    await editor.edit((e) => e.replace(editor.document.lineAt(line).range, 'cadence: 1w'));
    let shown: string[] = [];
    await waitFor(async () => (shown = await lensTitles(uri))[0] === '12d since contact · every 7d · 5d overdue', 'the lens follows the unsaved text', 10_000).catch((e) => {
      throw new Error(`${e.message}: ${shown.join(' | ')}; ${editor.document.lineAt(line).text}`);
    });
    await vscode.commands.executeCommand('undo');
    await waitFor(async () => (await lensTitles(uri))[0] === '12d since contact · every 14d · due in 2d', 'back to the saved cadence after undo', 10_000);
    await vscode.workspace.getConfiguration('rapport').update('codeLens', false, vscode.ConfigurationTarget.Workspace);
    await waitFor(async () => (await lensTitles(uri)).length === 0, 'no lens when rapport.codeLens is off');
    await vscode.workspace.getConfiguration('rapport').update('codeLens', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(async () => (await lensTitles(uri)).length === 5, 'the lenses back');
  });

  it('puts no lens on a note that is not a customer note', async () => {
    fs.mkdirSync(notePath('notes'), { recursive: true });
    fs.writeFileSync(notePath('notes/plain.md'), '# Plain\n');
    const plain = vscode.Uri.file(notePath('notes/plain.md'));
    await vscode.window.showTextDocument(plain);
    assert.deepEqual(await lensTitles(plain), []);
  });

  it('Prepare for Meeting opens the brief: standing, last contacts, late promises first, what to revisit, quiet habits, closeness, time, questions', async () => {
    const brief = await vscode.commands.executeCommand<vscode.Uri>('rapport.prepareMeeting', uri);
    assert.ok(brief, 'the brief is opened');
    assert.equal(brief.scheme, 'rapport-brief');
    const text = (await vscode.workspace.openTextDocument(brief)).getText();
    const expectInOrder = [
      '## Before meeting Brief Co',
      'CIO',
      '**12 days since contact** · every 14 days · due in 2 days',
      '### Last contacts',
      `- ${day(-12)} (12 days ago): Steering committee (45m)`,
      `- ${day(-40)} (40 days ago): Kick\\-off`,
      '### Open promises',
      '- send the roadmap (**late by 2 days**)',
      '- invite them to the board (no due date)',
      '### Opportunities and risks to revisit',
      `- Risk: the contract ends in March (last looked at ${day(-200)} (200 days ago))`,
      '### Quiet habits',
      '### Closeness',
      `4 (${day(-40)}) → 3 (${day(-12)}): **less close**`,
      '### Time against intent',
      '### Questions to take in',
    ];
    let from = 0;
    for (const expected of expectInOrder) {
      const at = text.indexOf(expected, from);
      assert.ok(at >= 0, `"${expected}" after offset ${from} in:\n${text}`);
      from = at + expected.length;
    }
    // The aspiration is the note's text: shown, never rendered as HTML or a link.
    assert.ok(text.includes(String.raw`**Aspirations:** Ana\: wants to run the \<b\>shared\</b\> service \[now\]\(https\://evil\.example\)`), text);
    assert.doesNotMatch(text, /file:\/\//, 'the preview does not follow file links: the document has none');
  });

  it('refuses a note that is not a customer note, and asks whom when nothing is given', async () => {
    const plain = vscode.Uri.file(notePath('notes/plain.md'));
    assert.equal(await vscode.commands.executeCommand('rapport.prepareMeeting', plain), undefined);
  });

  it('a hover on a link to the customer shows the brief, with links to where each thing is written', async () => {
    fs.mkdirSync(path.dirname(notePath(MEETING)), { recursive: true });
    fs.writeFileSync(notePath(MEETING), `# Meeting\n\nWith [[brief-co]] and [[nobody]] today.\n`);
    const meeting = vscode.Uri.file(notePath(MEETING));
    await vscode.window.showTextDocument(meeting);
    const rapport = await api();
    await waitFor(() => rapport.customers().some((c) => c.name === 'Brief Co'), 'the customer indexed');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', meeting, new vscode.Position(2, 9));
    const text = hoverText(hovers);
    assert.match(text, /## Before meeting Brief Co/);
    assert.match(text, /\*\*12 days since contact\*\*/);
    assert.match(text, new RegExp(`\\[send the roadmap\\]\\(${uri.toString().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#L20\\)`), 'the promise links to its line');
    assert.doesNotMatch(text, /Questions to take in/, 'the hover leaves the questions to the document');
    const rapportHover = hovers.find((h) => hoverText([h]).includes('Before meeting'));
    assert.deepEqual([rapportHover?.range?.start.character, rapportHover?.range?.end.character], [5, 17], 'the hover is on the link');
    assert.doesNotMatch(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', meeting, new vscode.Position(2, 25))), /Before meeting/, 'no brief for a link to no customer');
    assert.doesNotMatch(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', meeting, new vscode.Position(2, 1))), /Before meeting/, 'none off the link');
  });
});
