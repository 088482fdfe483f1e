// The `yaml` library (dist/yaml.js) stays out of the extension host until something needs it: a start
// on a workspace whose notes have no problem to place by a parse never loads it, the first Log Contact
// does. Read from the host's own module cache, where dist/extension.js is too.
import * as assert from 'node:assert/strict';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAllEditors, day, EXTENSION_ID, removeNote, writeNote } from './helpers';

const NOTE = 'customers/lazy-yaml/first-edit.md';

const bundle = (file: string) => path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', file);
const loaded = (file: string) => Object.keys(require.cache).some((key) => path.resolve(key) === bundle(file));

// A root hook: it runs once index.ts's has seen Rapport ready, before any test of any file edits a note.
let whenReady: { extension: boolean; yaml: boolean } | undefined;
before(async () => {
  await (await api()).idle();
  whenReady = { extension: loaded('extension.js'), yaml: loaded('yaml.js') };
});

describe('the yaml library, loaded on first use', () => {
  after(async () => {
    await closeAllEditors();
    await removeNote(NOTE);
  });

  it('is not loaded once the workspace is indexed', () => {
    assert.deepEqual(whenReady, { extension: true, yaml: false });
  });

  it('is loaded by the first Log Contact', async () => {
    const uri = await writeNote(NOTE, '---\nname: Lazy Yaml Co\nlast_contacted: 2026-01-05\n---\n# Lazy Yaml Co\n');
    assert.equal(await vscode.commands.executeCommand('rapport.logContact', uri, { date: day(0), entry: false }), true);
    assert.ok(loaded('yaml.js'), 'dist/yaml.js in the module cache');
  });
});
