// Rapport in the web worker extension host (vscode.dev, github.dev): the same bundle Rapport ships as
// `browser`, on the fixture workspace, with every file access through vscode.workspace.fs.
import * as assert from './assert';
import * as vscode from 'vscode';
import type { RapportApi } from '../../src/extension';
import type { TestHooks } from '../../src/testHooks';

const EXTENSION_ID = 'rapport.rapport';

async function api(): Promise<TestHooks> {
  const extension = vscode.extensions.getExtension<RapportApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const rapport = await extension.activate();
  assert.ok(rapport.testHooks, 'the extension runs in test mode');
  await rapport.testHooks.ready;
  return rapport.testHooks;
}

function folder(): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0];
  assert.ok(root, 'the test workspace is open');
  return root.uri;
}

const file = (relative: string) => vscode.Uri.joinPath(folder(), relative);
const read = async (relative: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(file(relative)));

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

function today(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('Rapport in the web worker extension host', () => {
  it('runs in a web worker, from the browser entry point', () => {
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global scope');
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process object');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('indexes the workspace notes through vscode.workspace.fs', async () => {
    const rapport = await api();
    const names = rapport.customers().map((c) => c.name);
    assert.ok(names.includes('Acme Logistics'), `indexed: ${names.join(', ')}`);
    assert.ok(names.length >= 6, `${names.length} customers`);
    const acme = rapport.customers().find((c) => c.name === 'Acme Logistics')!;
    assert.equal(acme.brokenReason, undefined);
  });

  it('fills the tree and the status bar', async () => {
    const rapport = await api();
    const roots = rapport.tree.getChildren();
    assert.ok(roots.length > 0, 'tree items');
    const item = rapport.tree.getTreeItem(roots[0]);
    assert.ok(typeof item.description === 'string' && item.description.length > 0, 'a description');
    assert.ok(rapport.statusBar()?.text, 'status bar text');
  });

  it('logs a contact: only last_contacted changes, written through the workspace file system', async () => {
    const rapport = await api();
    const before = await read('customers/acme-logistics.md');
    const done = await vscode.commands.executeCommand('rapport.logContact', file('customers/acme-logistics.md'), { date: today(), entry: false });
    assert.equal(done, true);
    await waitFor(async () => (await read('customers/acme-logistics.md')).includes(`last_contacted: ${today()}`), 'last_contacted written');
    const after = await read('customers/acme-logistics.md');
    assert.equal(after.split('\n').length, before.split('\n').length, 'same number of lines');
    await waitFor(() => rapport.customers().find((c) => c.name === 'Acme Logistics')?.lastContacted?.day === new Date().getDate(), 'index updated');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('creates a customer note and indexes it', async () => {
    const rapport = await api();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('rapport.newCustomer', 'Web Worker Co');
    assert.ok(uri, 'a note was created');
    assert.ok(uri.path.endsWith('/customers/web-worker-co.md'), uri.toString());
    assert.match(await read('customers/web-worker-co.md'), /name: Web Worker Co/);
    await waitFor(() => rapport.customers().some((c) => c.name === 'Web Worker Co'), 'the new note indexed');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('picks up a note written through vscode.workspace.fs', async () => {
    const rapport = await api();
    const text = `---\nname: Written In The Browser\ncadence: 1w\nlast_contacted: ${today()}\n---\n# Written In The Browser\n`;
    await vscode.workspace.fs.writeFile(file('customers/web/written.md'), new TextEncoder().encode(text));
    await waitFor(() => rapport.customers().some((c) => c.name === 'Written In The Browser'), 'the written note indexed', 30000);
  });

  it('imports a calendar export: the reader (ical.js) comes with the web bundle and runs on first use', async () => {
    const rapport = await api();
    const note = `---\nname: Web Calendar Co\ncadence: 2w\nlast_contacted: ${today(-20)}\nemails: [wen@web-calendar.example]\n---\n# Web Calendar Co\n`;
    await vscode.workspace.fs.writeFile(file('customers/web/web-calendar-co.md'), new TextEncoder().encode(note));
    await waitFor(() => rapport.customers().some((c) => c.name === 'Web Calendar Co' && c.emails.length === 1), 'the note indexed', 30000);
    const day = today(-2).replace(/-/g, '');
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport web test//EN', 'BEGIN:VEVENT', 'UID:web-sync', 'DTSTAMP:20260101T000000Z',
      `DTSTART:${day}T100000`, `DTEND:${day}T103000`, 'SUMMARY:Web sync', 'ATTENDEE:mailto:wen@web-calendar.example', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    await vscode.workspace.fs.writeFile(file('calendar/web.ics'), new TextEncoder().encode(ics));
    const result = await vscode.commands.executeCommand('rapport.importCalendar', file('calendar/web.ics'), { pick: 'checked' });
    assert.equal(JSON.stringify(result), JSON.stringify({ matched: 1, imported: 1, notes: 1, alreadyLogged: 0 }));
    const written = await read('customers/web/web-calendar-co.md');
    assert.match(written, new RegExp(`last_contacted: ${today(-2)}\\n`));
    assert.match(written, new RegExp(`## Contact log\\n\\n### ${today(-2)} Web sync \\(30m\\)\\n$`));
  });
});
