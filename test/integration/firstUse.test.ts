// What the Node host loads on first use stays out of the extension host until something needs it: a
// start on a workspace whose notes have no problem to place by a parse loads neither dist/yaml.js nor
// dist/reports.js (nor dist/calendar.js); the first Log Contact loads the one, Show Dashboard the other.
// Read from the host's own module cache, where dist/extension.js is too.
import * as assert from 'node:assert/strict';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAllEditors, day, EXTENSION_ID, removeNote, writeNote } from './helpers';

const NOTE = 'customers/first-use/first-edit.md';
const BUNDLES = ['extension.js', 'yaml.js', 'reports.js', 'calendar.js'] as const;

const bundle = (file: string) => path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', file);
const loaded = (file: string) => Object.keys(require.cache).some((key) => path.resolve(key) === bundle(file));
const loadedNow = () => Object.fromEntries(BUNDLES.map((file) => [file, loaded(file)]));

// A root hook: it runs once index.ts's has seen Rapport ready, before any test of any file edits a note.
let whenReady: Record<string, boolean> | undefined;
before(async () => {
  await (await api()).idle();
  whenReady = loadedNow();
});

describe('bundles loaded on first use', () => {
  after(async () => {
    (await api()).dashboard().panel?.dispose();
    await closeAllEditors();
    await removeNote(NOTE);
  });

  it('are not loaded once the workspace is indexed', () => {
    assert.deepEqual(whenReady, { 'extension.js': true, 'yaml.js': false, 'reports.js': false, 'calendar.js': false });
  });

  it('the yaml library is loaded by the first Log Contact', async () => {
    const uri = await writeNote(NOTE, '---\nname: First Use Co\nlast_contacted: 2026-01-05\n---\n# First Use Co\n');
    assert.equal(await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(0), entry: false }), true);
    assert.ok(loaded('yaml.js'), 'dist/yaml.js in the module cache');
  });

  it('the dashboard and weekly review are loaded by the first Show Dashboard', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('rapport.showDashboard');
    assert.ok(panel, 'the panel');
    assert.ok(loaded('reports.js'), 'dist/reports.js in the module cache');
  });
});
