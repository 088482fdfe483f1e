// The index cache in a real extension host: once every note was read, indexing again from the cache, as
// a window reopened on the unchanged workspace does, reads no note and gives the same customers and
// mentions; a cache file cut short or not JSON is discarded, every note read again, and the cache
// written anew.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks } from '../../src/testHooks';
import { api } from './helpers';

/** Every customer as a reader sees it (getters asked, absent and undefined alike), by id. */
const shown = (rapport: TestHooks) => JSON.parse(JSON.stringify([...rapport.customers()].sort((a, b) => (a.id < b.id ? -1 : 1))));

async function rewrite(uri: vscode.Uri, change: (text: string) => string): Promise<void> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(change(text)));
}

describe('warm start: the index cache', function () {
  this.timeout(60_000);

  it('after every note was read, indexing again from the cache reads none and gives the same customers', async () => {
    const rapport = await api();
    await rapport.idle();
    // A file modified less than two seconds before it is read is not trusted to the cache: let the
    // suite's last writes settle first.
    await new Promise((r) => setTimeout(r, 2100));
    await rapport.refresh();
    const before = shown(rapport);
    const full = rapport.scans();
    assert.ok(full.customers && full.customers.found > 5 && full.customers.read === full.customers.found, JSON.stringify(full));
    assert.ok(full.notes && full.notes.read === full.notes.found, JSON.stringify(full));

    await rapport.reopenFromCache();
    const { customers, notes } = rapport.scans();
    assert.deepEqual([customers?.read, customers?.fromCache, customers?.found], [0, full.customers.found, full.customers.found]);
    assert.deepEqual([notes?.read, notes?.fromCache, notes?.found], [0, full.notes.found, full.notes.found]);
    assert.deepEqual(shown(rapport), before, 'the customers, their lines and their mentions as read from the files');
    const files = rapport.indexCacheFiles();
    assert.equal(files.length, 2);
    for (const file of files) assert.ok(!file.fsPath.startsWith(vscode.workspace.workspaceFolders![0].uri.fsPath), `${file} is outside the workspace`);
  });

  it('discards a cache file cut short or not JSON, reads every note again, and writes the cache anew', async () => {
    const rapport = await api();
    await rapport.reopenFromCache(); // nothing left waiting to be written over the corruption
    const before = shown(rapport);
    const [customersFile, notesFile] = rapport.indexCacheFiles();
    await rewrite(customersFile, (text) => text.slice(0, Math.floor(text.length / 2)));
    await rewrite(notesFile, () => '{"cache": not JSON');

    await rapport.reopenFromCache();
    const { customers, notes } = rapport.scans();
    assert.ok(customers && customers.found > 5 && customers.read === customers.found && customers.fromCache === 0, JSON.stringify(customers));
    assert.ok(notes && notes.read === notes.found && notes.fromCache === 0, JSON.stringify(notes));
    assert.deepEqual(shown(rapport), before);

    await rapport.reopenFromCache();
    const again = rapport.scans();
    assert.deepEqual([again.customers?.read, again.notes?.read], [0, 0], 'the cache was written anew');
  });
});
