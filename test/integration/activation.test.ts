// Smoke test: the extension is installed in the real extension host, activates on the fixture workspace,
// and hands tests its API.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'rapport.rapport';

describe('activation', () => {
  it('is present in the extension host', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not installed`);
  });

  it('opens the fixture workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'expected exactly one workspace folder');
  });

  it('activates and returns an API whose customers() is an array', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const api = await extension.activate();
    assert.ok(extension.isActive, 'extension did not become active');
    assert.ok(api, 'activate() returned nothing');
    assert.strictEqual(typeof api.customers, 'function', 'API has no customers() function');
    const customers = await api.customers();
    assert.ok(Array.isArray(customers), `customers() returned ${typeof customers}, not an array`);
  });
});
