// New Customer: a safe file inside the customers folder, never an overwrite, the profile template.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, closeAllEditors, notePath, readNote, removeNote, waitFor } from './helpers';

describe('rapport.newCustomer', () => {
  afterEach(closeAllEditors);

  it('creates customers/<slug>.md from the profile template and indexes it', async () => {
    const uri = (await vscode.commands.executeCommand('rapport.newCustomer', 'Wayne Enterprises: R&D')) as vscode.Uri;
    assert.equal(uri.fsPath, notePath('customers/wayne-enterprises-r-d.md'));
    const text = readNote('customers/wayne-enterprises-r-d.md');
    assert.match(text, /^---\n/);
    assert.match(text, /name: "Wayne Enterprises: R&D"/);
    const rapport = await api();
    await waitFor(() => rapport.customers().some((c) => c.name === 'Wayne Enterprises: R&D' && !c.brokenReason), 'the new customer in the index');
    await removeNote('customers/wayne-enterprises-r-d.md');
  });

  it('opens an existing note instead of overwriting it', async () => {
    const path = notePath('customers/stark-industries.md');
    fs.writeFileSync(path, '# Stark Industries\n\nmy own words\n');
    const uri = (await vscode.commands.executeCommand('rapport.newCustomer', 'Stark  Industries!')) as vscode.Uri;
    assert.equal(uri.fsPath, path);
    assert.equal(fs.readFileSync(path, 'utf8'), '# Stark Industries\n\nmy own words\n');
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, path);
    await removeNote('customers/stark-industries.md');
  });

  it('keeps hostile names inside the customers folder', async () => {
    const uri = (await vscode.commands.executeCommand('rapport.newCustomer', '../../etc/passwd')) as vscode.Uri;
    assert.equal(uri.fsPath, notePath('customers/etc-passwd.md'));
    await removeNote('customers/etc-passwd.md');
    const none = await vscode.commands.executeCommand('rapport.newCustomer', '...');
    assert.equal(none, undefined, 'a name with no letters is refused');
  });
});
