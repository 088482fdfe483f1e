// Completion and hovers in a real customer note's front matter, on disk in the test workspace: the keys
// not written yet at a new line, statuses, cadences, `today` as the local date, the owners and tags the
// demo's other notes use, nothing in the body; a hover on a key and on a date with its days ago.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { completionAt } from '../../src/core/editorHelp/completionAt';
import { hoverAt } from '../../src/core/editorHelp/hoverAt';
import { parseIsoDate } from '../../src/core/time/dates';
import { frontMatterText } from '../../src/vscode/editorHelp/frontMatterText';
import { closeAllEditors, day, removeNote, waitFor, writeNote } from './helpers';

const day0 = () => parseIsoDate(day(0))!;

const NOTE = 'customers/zz-front-matter-help.md';
const LINES = [
  '---',
  'name: Front Matter Check',
  'status: ',
  'cadence: 2w',
  `last_contacted: ${day(-12)}`,
  'owner: ',
  'tags: [erp, ]',
  '',
  '---',
  '# Front Matter Check',
  '',
  'owner: ',
  'Met the team ',
];
const [STATUS, CADENCE, LAST, OWNER, TAGS, SPARE, BODY_OWNER, BODY_TEXT] = [2, 3, 4, 5, 6, 7, 11, 12];

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const rangeOf = (item: vscode.CompletionItem) => (item.range instanceof vscode.Range ? item.range : item.range!.replacing);
const markdownOf = (value: vscode.MarkdownString | string | undefined) => (typeof value === 'string' ? value : value?.value ?? '');

/** Rapport's front matter items at a position: the kinds it offers keys and values with (other providers' words left out). */
async function offered(uri: vscode.Uri, line: number, character: number, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character), trigger);
  const kinds = [vscode.CompletionItemKind.Property, vscode.CompletionItemKind.EnumMember, vscode.CompletionItemKind.Value, vscode.CompletionItemKind.Reference];
  return list.items.filter((item) => kinds.includes(item.kind!) && item.sortText !== undefined && /^\d{4}$/.test(item.sortText));
}

/** What the hovers at a position say, all of them together. */
async function hovered(uri: vscode.Uri, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('front matter completion and hover', () => {
  let uri: vscode.Uri;
  let document: vscode.TextDocument;
  before(async () => {
    uri = await writeNote(NOTE, `${LINES.join('\n')}\n`);
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });
  after(async () => {
    await closeAllEditors();
    await removeNote(NOTE);
  });

  it('offers the keys not written yet at a new line of the front matter, each with its meaning', async () => {
    const items = await offered(uri, SPARE, 0);
    const labels = items.map(labelOf);
    for (const key of ['organization', 'segment', 'next_contact', 'time_goal', 'aliases', 'account', 'role']) assert.ok(labels.includes(key), `${key} (${labels.join(', ')})`);
    for (const key of ['name', 'status', 'cadence', 'last_contacted', 'owner', 'tags']) assert.ok(!labels.includes(key), `${key} is written already`);
    const segment = items.find((i) => labelOf(i) === 'segment')!;
    assert.ok(segment.insertText instanceof vscode.SnippetString && segment.insertText.value === 'segment: $0', String(segment.insertText));
    assert.match(markdownOf(segment.documentation), /segment.*group/s);
    assert.ok(items.every((i) => markdownOf(i.documentation).length > 0), 'every key says what it means');
    const aliases = items.find((i) => labelOf(i) === 'aliases')!;
    assert.equal((aliases.insertText as vscode.SnippetString).value, 'aliases: [$0]', 'a list opens its brackets');
  });

  it('offers every status and the common cadences with their days', async () => {
    assert.deepEqual((await offered(uri, STATUS, 'status: '.length, ' ')).map(labelOf), ['active', 'at-risk', 'dormant', 'archived']);
    const cadences = await offered(uri, CADENCE, 'cadence: 2'.length);
    assert.deepEqual(cadences.map(labelOf), ['1w', '2w', '1m', '3m', '7', '14', '30']);
    assert.equal(cadences.find((i) => labelOf(i) === '1m')?.detail, 'every 30 days');
    assert.deepEqual(rangeOf(cadences[0]), new vscode.Range(CADENCE, 'cadence: '.length, CADENCE, 'cadence: 2w'.length), 'the whole value is replaced');
  });

  it('inserts today as the local date for last_contacted', async () => {
    const items = await offered(uri, LAST, 'last_contacted: '.length);
    const today = items.find((i) => labelOf(i) === 'today');
    assert.ok(today, items.map(labelOf).join(', '));
    assert.equal(today.insertText, day(0));
    assert.equal(items.find((i) => labelOf(i) === 'yesterday')?.insertText, day(-1));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, rangeOf(today), String(today.insertText));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.lineAt(LAST).text, `last_contacted: ${day(0)}`);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.lineAt(LAST).text, LINES[LAST]);
  });

  it('offers the owners and tags the other customer notes use, and not a tag already in the list', async () => {
    const owners = (await offered(uri, OWNER, 'owner: '.length)).map(labelOf);
    for (const owner of ['Dana Whitfield (CIO office)', 'Hank Scorpio', 'Bill Lumbergh']) assert.ok(owners.includes(owner), `${owner} (${owners.join(', ')})`);
    const tags = await offered(uri, TAGS, 'tags: [erp, '.length, ' ');
    const labels = tags.map(labelOf);
    for (const tag of ['wms', 'strategic', 'mes']) assert.ok(labels.includes(tag), `${tag} (${labels.join(', ')})`);
    assert.ok(!labels.includes('erp'), 'erp is in the list already');
    assert.match(tags[0].detail ?? '', /^used in \d+ notes?$/);
  });

  it('offers the accounts that have people, by the file name that names them', async () => {
    const person = 'customers/zz-front-matter-person.md';
    await writeNote(person, '---\nname: Front Matter Person\naccount: Acme Logistics\nrole: CFO\n---\n');
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(SPARE, 0), 'account: ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      let items: vscode.CompletionItem[] = [];
      await waitFor(async () => (items = await offered(uri, SPARE, 'account: '.length, ' ')).length > 0, 'accounts offered');
      assert.deepEqual(items.map((i) => [labelOf(i), i.insertText, i.detail]), [['acme-logistics', 'acme-logistics', 'Acme Logistics · 1 person']]);
    } finally {
      await vscode.commands.executeCommand('undo');
      assert.equal(document.lineAt(SPARE).text, '');
      await removeNote(person);
    }
  });

  it('offers nothing in the body, even after a key', async () => {
    assert.deepEqual((await offered(uri, BODY_OWNER, 'owner: '.length, ' ')).map(labelOf), []);
    assert.deepEqual((await offered(uri, BODY_TEXT, LINES[BODY_TEXT].length, ' ')).map(labelOf), []);
    assert.deepEqual((await offered(uri, BODY_OWNER + 1, 0)).map(labelOf), []);
  });

  it('explains a key on hover, and tells how long ago a date was with its weekday', async () => {
    assert.match(await hovered(uri, CADENCE, 2), /\*\*cadence\*\*: how often you intend to be in touch/);
    const date = await hovered(uri, LAST, 'last_contacted: 20'.length);
    const weekday = new Intl.DateTimeFormat(vscode.env.language, { weekday: 'short' }).format(new Date(`${day(-12)}T12:00`));
    assert.match(date, new RegExp(`last\\\\?_contacted.*: 12 days ago \\(${weekday}`), date);
    // The index may still be reading back the undone edit of the test before.
    await waitFor(async () => /every 14 days · due: in 2 days \(/.test(await hovered(uri, CADENCE, 'cadence: 2'.length)), 'the cadence hover with its due date');
    assert.equal(await hovered(uri, BODY_OWNER, 2), '', 'no hover in the body');
  });

  // What each keystroke costs in a 2 MB note is measured by `npm run bench` (bench/typing.ts): here, that
  // the providers read the real document's front matter only, wherever the cursor is.
  it('reads only the front matter of a 2 MB note per keystroke, in the body and in the front matter', async function () {
    this.timeout(120_000);
    const big = 'customers/zz-front-matter-big.md';
    const entry = (i: number) => `### ${day(-(i % 300))} Call ${i}\nWhat they care about now, and what we promised to send them by Friday.\n`;
    const body: string[] = [];
    for (let i = 0, size = 0; size < 1.9 * 1024 * 1024; i++) size += (body[body.length] = entry(i)).length;
    const bigUri = await writeNote(big, `${LINES.slice(0, 9).join('\n')}\n# Big\n\n## Contact log\n${body.join('')}`);
    try {
      const bigDocument = await vscode.workspace.openTextDocument(bigUri);
      const last = bigDocument.lineCount - 1;
      const helpAt = (position: vscode.Position) => () => {
        const text = frontMatterText(bigDocument, position);
        const offset = bigDocument.offsetAt(position);
        return text === undefined ? undefined : [completionAt(text, offset, day0(), () => ({ others: [], peopleOf: () => 0, accountTarget: () => undefined })), hoverAt(text, offset, day0())];
      };
      const status = new vscode.Position(STATUS, 'status: '.length);
      assert.ok(helpAt(status)()?.[0], 'values offered in the front matter');
      assert.equal(helpAt(new vscode.Position(last, 0))(), undefined, 'the body is not read');
      assert.equal(helpAt(new vscode.Position(20, 3))(), undefined, 'early in the body, nothing is read either');
    } finally {
      await closeAllEditors();
      await removeNote(big);
    }
  });

  // Last: it types into the note.
  it('opens the values as the leader types a space after a key, and right after a key is accepted', async () => {
    const editor = await vscode.window.showTextDocument(document);
    const accepted = async (line: number, before: string, trigger: boolean) => {
      await waitFor(async () => {
        if (trigger) await vscode.commands.executeCommand('editor.action.triggerSuggest');
        await new Promise((r) => setTimeout(r, 300));
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return document.lineAt(line).text !== before;
      }, `a suggestion accepted on line ${line}`);
      return document.lineAt(line).text;
    };
    // A space typed after `cadence:` opens the cadences by itself.
    await editor.edit((e) => e.replace(new vscode.Range(CADENCE, 'cadence:'.length, CADENCE, LINES[CADENCE].length), ''));
    editor.selection = new vscode.Selection(CADENCE, 'cadence:'.length, CADENCE, 'cadence:'.length);
    await vscode.commands.executeCommand('type', { text: ' ' });
    assert.equal(await accepted(CADENCE, 'cadence: ', false), 'cadence: 1w');
    // A key accepted at a new line is followed by its values at once.
    editor.selection = new vscode.Selection(SPARE, 0, SPARE, 0);
    for (const text of ['s', 'e', 'g']) await vscode.commands.executeCommand('type', { text });
    assert.equal(await accepted(SPARE, 'seg', true), 'segment: ');
    const segment = await accepted(SPARE, 'segment: ', false);
    assert.ok(['Finance', 'Food', 'Life sciences', 'Logistics', 'Manufacturing', 'Retail'].includes(segment.slice('segment: '.length)), segment);
  });
});
