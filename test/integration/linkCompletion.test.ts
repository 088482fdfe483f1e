// `[[` completion of customer links in a real Markdown document on disk: every customer by name and by
// alias, the file name inserted, an auto-closed link not closed twice, and nothing outside `[[…`.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAllEditors, notePath, waitFor } from './helpers';

const NOTE = 'notes/completion check.md';
const LINES = ['Met [[', 'Single [', 'Closed [[acme-logistics]] ', 'Auto [[]]', 'Typed [[logis', 'Typed, closed: ', 'Typed, open: '];

/** What Rapport offers at a position: the items whose label names a customer or alias of the index. */
async function offered(uri: vscode.Uri, line: number, character: number): Promise<vscode.CompletionItem[]> {
  const rapport = await api();
  const names = new Set([...rapport.customers().map((c) => c.name), 'Acme', 'ACME DC']);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character), '[');
  return list.items.filter((item) => names.has(labelOf(item)) && item.kind === vscode.CompletionItemKind.Reference);
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const rangeOf = (item: vscode.CompletionItem) => (item.range instanceof vscode.Range ? item.range : item.range!.replacing);

/** Applies a completion item to the document as accepting it would. */
async function accept(document: vscode.TextDocument, item: vscode.CompletionItem): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, rangeOf(item), String(item.insertText));
  assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('[[ completion of customer links', () => {
  let uri: vscode.Uri;
  before(async () => {
    fs.mkdirSync(path.dirname(notePath(NOTE)), { recursive: true });
    fs.writeFileSync(notePath(NOTE), `${LINES.join('\n')}\n`);
    uri = vscode.Uri.file(notePath(NOTE));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'markdown');
    await vscode.window.showTextDocument(document);
  });
  after(async () => {
    await closeAllEditors();
    fs.rmSync(notePath('notes'), { recursive: true, force: true });
  });

  it('offers every customer by name and by alias after [[, archived ones last', async () => {
    const items = await offered(uri, 0, LINES[0].length);
    const labels = items.map(labelOf);
    for (const name of ['Acme Logistics', 'Acme', 'ACME DC', 'Globex Manufacturing', 'Initech Retail', 'Soylent Foods', 'Umbrella Pharma']) assert.ok(labels.includes(name), `${name} offered (${labels.join(', ')})`);
    const alias = items.find((i) => labelOf(i) === 'ACME DC')!;
    assert.match(alias.detail ?? '', /Acme Logistics/, 'an alias says whose it is');
    assert.equal(alias.insertText, 'acme-logistics]]');
    const order = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(labelOf);
    assert.equal(order.at(-1), 'Umbrella Pharma', 'the archived customer comes last');
    assert.ok(items.every((i) => typeof i.filterText === 'string' && i.filterText.includes(String(i.insertText).replace(/\]\]$/, ''))), 'the file name filters too');
  });

  it('inserts [[file-name]] and, in an auto-closed link, no second ]]', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const acme = (await offered(uri, 0, LINES[0].length)).find((i) => labelOf(i) === 'Acme Logistics')!;
    await accept(document, acme);
    assert.equal(document.lineAt(0).text, 'Met [[acme-logistics]]');
    const closed = (await offered(uri, 3, 'Auto [['.length)).find((i) => labelOf(i) === 'Globex Manufacturing')!;
    await accept(document, closed);
    assert.equal(document.lineAt(3).text, 'Auto [[globex-manufacturing]]');
    const typed = (await offered(uri, 4, LINES[4].length)).find((i) => labelOf(i) === 'Acme Logistics')!;
    await accept(document, typed);
    assert.equal(document.lineAt(4).text, 'Typed [[acme-logistics]]', 'the partial target is replaced');
  });

  it('completes as the leader types [[ in the editor, with the brackets closed or not', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    for (const [line, closed] of [[5, true], [6, false]] as const) {
      const end = new vscode.Position(line, LINES[line].length);
      editor.selection = new vscode.Selection(end, end);
      for (const text of ['[', '[']) await vscode.commands.executeCommand('type', { text });
      // The editor closes brackets as the language asks; make each line the case it is about.
      const after = editor.document.lineAt(line).text.slice(end.character + 2);
      if (closed && after === '') await editor.edit((e) => e.insert(end.translate(0, 2), ']]'));
      if (!closed && after !== '') await editor.edit((e) => e.delete(new vscode.Range(end.translate(0, 2), end.translate(0, 2 + after.length))));
      const cursor = end.translate(0, 2);
      editor.selection = new vscode.Selection(cursor, cursor);
      for (const text of ['G', 'l', 'o', 'b']) await vscode.commands.executeCommand('type', { text });
      const typed = editor.document.lineAt(line).text;
      assert.equal(typed, `${LINES[line]}[[Glob${closed ? ']]' : ''}`);
      await waitFor(async () => {
        await vscode.commands.executeCommand('editor.action.triggerSuggest');
        await new Promise((r) => setTimeout(r, 300));
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return editor.document.lineAt(line).text !== typed;
      }, 'a suggestion accepted');
      assert.equal(editor.document.lineAt(line).text, `${LINES[line]}[[globex-manufacturing]]`, closed ? 'no second ]]' : 'closed by the completion');
    }
  });

  it('offers nothing after a single [ or once the link is closed before the cursor', async () => {
    assert.deepEqual((await offered(uri, 1, LINES[1].length)).map(labelOf), []);
    assert.deepEqual((await offered(uri, 2, LINES[2].length)).map(labelOf), []);
    assert.deepEqual((await offered(uri, 2, 'Closed [[acme-logistics]'.length)).map(labelOf), []);
  });
});
