// The index cache through the core indexer on an in-memory workspace: a window reopened on an unchanged
// workspace reads no note; a file that changed, a new one and a deleted one are read, added and dropped;
// a cache that is missing, not JSON, cut short, from another schema, build or kind, for other settings,
// or holding anything of the wrong shape is discarded and the index rebuilt from the files; an editor's
// unsaved text wins over the cache and never goes into it.
import * as assert from 'node:assert/strict';
import { CustomerIndex } from '../../src/core/index/customerIndex';
import { NoteIndexer, type IndexerTiming } from '../../src/core/index/noteIndexer';
import { customerNotes, linkingNotes } from '../../src/core/index/noteKinds';
import type { IndexCacheOptions } from '../../src/core/index/cache/noteCache';
import { MentionIndex } from '../../src/core/mentions/mentionIndex';
import type { CustomerNote, LinkingNote, NoteFolder } from '../../src/core/model';
import { InMemoryStorage, InMemoryWorkspace, RecordingLogger, settingsWith } from './inMemoryWorkspace';
import { said } from './helpers';

const FAST: IndexerTiming = { watchDebounceMs: 5, typingDebounceMs: 5, readBatch: 2 };
const WS: NoteFolder = { uri: 'file:///ws', name: 'ws' };
const FILE = 'customers.index.jsonl';
/** Mid-2026: every file the in-memory workspace wrote (from 2026-01-01, a second per write) has long settled. */
const NOW = () => Date.UTC(2026, 6, 1);

const A = 'file:///ws/customers/acme.md';
const B = 'file:///ws/customers/emea/globex.md';
const C = 'file:///ws/customers/broken.md';
const NOTES: Record<string, string> = {
  [A]: '---\nname: Acme\n# a comment\naccount: globex\nlast_contacted: 2099-01-01\ncadence: 1w\n---\n# Acme\n\n## Contact log\n### 2026-11-20 Review (45m)\nCloseness: 4\n- [ ] send the roadmap (due 2026-12-05)\n',
  [B]: '---\nname: Globex\nlast_contacted: 2026-11-02\ntags: [erp]\n---\n# Globex\n',
  [C]: '---\nname: [unclosed\n---\n# Broken\n',
};

function workspaceWithNotes(settings = settingsWith({})): InMemoryWorkspace {
  const workspace = new InMemoryWorkspace([WS], settings);
  for (const [id, text] of Object.entries(NOTES)) workspace.writeUnseen(id, text);
  return workspace;
}

const open: Array<{ dispose(): void }> = [];

/** A window opening on the workspace: a new index and indexer, starting from the cache. */
async function openWindow(workspace: InMemoryWorkspace, storage: InMemoryStorage, options: Partial<IndexCacheOptions> = {}) {
  const index = new CustomerIndex();
  const log = new RecordingLogger();
  const indexer = new NoteIndexer(index, customerNotes, workspace, workspace.settings, log, FAST, { storage, version: 'test', writeDelayMs: 5, now: NOW, ...options });
  open.push(indexer);
  workspace.reads.length = 0;
  await indexer.rescan({ fromCache: true });
  const reads = [...workspace.reads].sort();
  await indexer.flushCache();
  return { index, indexer, log, reads };
}

/** The notes of an index as a reader sees them, by id. */
const shown = (index: CustomerIndex) => said(Object.fromEntries(index.all().map((n) => [n.id, n])));

describe('warm start: the index cache', () => {
  afterEach(() => open.splice(0).forEach((d) => d.dispose()));

  it('reads every note once, then, in a window reopened on the unchanged workspace, none', async () => {
    const workspace = workspaceWithNotes();
    const storage = new InMemoryStorage();
    const first = await openWindow(workspace, storage);
    assert.deepEqual(first.reads, [A, C, B].sort());
    assert.ok(first.log.lines.includes('info No index cache of customer notes yet; reading every note.'));
    assert.ok(storage.files.has(FILE), 'written once the scan is in');
    const writes = storage.writes;

    const second = await openWindow(workspace, storage);
    assert.deepEqual(second.reads, []);
    assert.deepEqual(second.indexer.lastScan && { ...second.indexer.lastScan, ms: 0 }, { found: 3, read: 0, fromCache: 3, ms: 0 });
    assert.ok(second.log.lines.some((l) => l.startsWith('info Indexed 3 customer notes in ') && l.endsWith(' ms (3 from the index cache, 0 read).')), second.log.lines.join('\n'));
    assert.deepEqual(shown(second.index), shown(first.index));
    assert.equal(storage.writes, writes, 'nothing changed: the cache is not written again');
  });

  it('answers the lines placed later (account, a future last_contacted) from the cache as from the file', async () => {
    const workspace = workspaceWithNotes();
    const storage = new InMemoryStorage();
    const first = await openWindow(workspace, storage);
    const second = await openWindow(workspace, storage);
    const [read, cached] = [first.index.get(A)!, second.index.get(A)!];
    assert.deepEqual([cached.accountLine, cached.lastContactedLine], [3, 4]);
    assert.deepEqual([read.accountLine, read.lastContactedLine], [3, 4]);
    assert.deepEqual([second.index.get(B)!.accountLine, second.index.get(B)!.lastContactedLine], [undefined, 2]);
    // Asked before the cache is written: still right after it.
    const third = await openWindow(workspace, storage);
    assert.deepEqual([third.index.get(A)!.accountLine, third.index.get(A)!.lastContactedLine], [3, 4]);
  });

  it('reads a file whose size or modification time changed and a new one, and drops a deleted or moved one', async () => {
    const workspace = workspaceWithNotes();
    const storage = new InMemoryStorage();
    await openWindow(workspace, storage);
    const D = 'file:///ws/customers/initech.md';
    workspace.writeUnseen(A, NOTES[A].replace('name: Acme', 'name: Acme Logistics'));
    workspace.touch(B); // same bytes, another modification time
    workspace.writeUnseen(D, '---\nname: Initech\n---\n');
    workspace.files.delete(C);
    const second = await openWindow(workspace, storage);
    assert.deepEqual(second.reads, [A, B, D].sort());
    assert.deepEqual(second.index.all().map((n) => n.name).sort(), ['Acme Logistics', 'Globex', 'Initech']);

    // A note moved out of the customers folder is no longer one: its cached entry goes with it.
    workspace.files.delete(D);
    workspace.writeUnseen('file:///ws/archive/initech.md', '---\nname: Initech\n---\n');
    const third = await openWindow(workspace, storage);
    assert.deepEqual(third.reads, []);
    assert.deepEqual(third.index.all().map((n) => n.name).sort(), ['Acme Logistics', 'Globex']);
  });

  it('keeps up with file changes while the window is open, and is written a moment after them', async () => {
    const workspace = workspaceWithNotes();
    const storage = new InMemoryStorage();
    const first = await openWindow(workspace, storage);
    const writes = storage.writes;
    workspace.write(B, NOTES[B].replace('Globex', 'Globex Corp'));
    workspace.delete(C);
    await first.indexer.idle();
    await new Promise((r) => setTimeout(r, 40)); // the write waits 5 ms of quiet here
    assert.equal(storage.writes, writes + 1, 'written once after the burst');
    const second = await openWindow(workspace, storage);
    assert.deepEqual(second.reads, []);
    assert.deepEqual(second.index.all().map((n) => n.name).sort(), ['Acme', 'Globex Corp']);
  });

  it('does not trust a file modified just before it was read: a coarse clock could hide a second change', async () => {
    const workspace = workspaceWithNotes();
    const storage = new InMemoryStorage();
    const justWritten = workspace.mtimes.get(A)! + 500;
    await openWindow(workspace, storage, { now: () => justWritten });
    const second = await openWindow(workspace, storage);
    assert.deepEqual(second.reads, [A, B, C].sort());
    const third = await openWindow(workspace, storage);
    assert.deepEqual(third.reads, [], 'read again later, it has settled');
  });

  it('does not trust a file system that gives no modification time', async () => {
    const workspace = workspaceWithNotes();
    for (const id of workspace.mtimes.keys()) workspace.mtimes.set(id, 0);
    const storage = new InMemoryStorage();
    await openWindow(workspace, storage);
    const second = await openWindow(workspace, storage);
    assert.deepEqual(second.reads, [A, B, C].sort());
  });

  describe('a cache that cannot be trusted is discarded and the index rebuilt from the files', () => {
    const lines = (text: string) => text.split('\n');
    const header = (text: string) => JSON.parse(lines(text)[0]) as Record<string, unknown>;
    const withHeader = (text: string, change: Record<string, unknown>) => [JSON.stringify({ ...header(text), ...change }), ...lines(text).slice(1)].join('\n');
    /** Replaces the note data of the first entry. */
    const withEntryNote = (text: string, data: unknown) => {
      const all = lines(text);
      const entry = JSON.parse(all[1]) as unknown[];
      all[1] = JSON.stringify([...entry.slice(0, 4), data]);
      return all.join('\n');
    };
    const CORRUPTIONS: Array<[string, (text: string) => string | undefined, string]> = [
      ['missing', () => undefined, 'info No index cache of customer notes yet'],
      ['empty', () => '', '(empty)'],
      ['not JSON at all', () => 'PK\u0003\u0004 a zip file', 'line 1: not an index cache'],
      ['a line of bad JSON', (t) => t.replace(/\n\[0,/, '\n[0,,'), 'line 2: not JSON'],
      ['truncated in a line', (t) => t.slice(0, Math.floor(t.length / 2)), ''],
      ['truncated before the end line', (t) => lines(t).slice(0, -2).join('\n') + '\n', 'truncated: no end line'],
      ['the end line miscounting', (t) => t.replace(/\{"end":3\}/, '{"end":2}'), 'the end line counts 2 notes, the file holds 3'],
      ['lines after the end line', (t) => `${t}[0,"customers/x.md",1,1,{"n":"x","cd":14}]\n`, 'lines after the end line'],
      ['another schema', (t) => withHeader(t, { schema: 99 }), 'schema 99, not 1'],
      ['another build of Rapport', (t) => withHeader(t, { version: 'older' }), 'written by version "older", not "test"'],
      ['another kind of note', (t) => withHeader(t, { kind: 'notes' }), 'a cache of "notes", not "customers"'],
      ['a header key it does not know', (t) => withHeader(t, { run: 'code' }), 'line 1: not an index cache: key "run"'],
      ['a note of the wrong shape', (t) => withEntryNote(t, { n: 3, cd: 14 }), 'line 2: name'],
      ['a note with a key it does not know', (t) => withEntryNote(t, { n: 'x', cd: 14, run: 'code' }), 'line 2: customer note: key "run"'],
      ['a note with __proto__', (t) => withEntryNote(t, JSON.parse('{"n":"x","cd":14,"__proto__":{"polluted":true}}')), 'key "__proto__"'],
      ['an impossible day', (t) => withEntryNote(t, { n: 'x', cd: 14, lc: 20261399 }), 'line 2: last_contacted'],
      ['a message it does not know', (t) => withEntryNote(t, { n: 'x', cd: 14, br: { id: 'anything' } }), 'message "anything"'],
      ['an entry of the wrong length', (t) => t.replace(/\n\[0,("[^"]*"),\d+,/, '\n[0,$1,'), 'an entry of the wrong length'],
      ['an entry in a folder it does not name', (t) => t.replace(/\n\[0,/, '\n[7,'), 'line 2: folder'],
      ['a note twice', (t) => { const all = lines(t); all.splice(2, 0, all[1]); return all.join('\n').replace(/\{"end":3\}/, '{"end":4}'); }, 'twice'],
    ];

    for (const [what, corrupt, logged] of CORRUPTIONS) {
      it(what, async () => {
        const workspace = workspaceWithNotes();
        const storage = new InMemoryStorage();
        const first = await openWindow(workspace, storage);
        const corrupted = corrupt(storage.files.get(FILE)!);
        if (corrupted === undefined) storage.files.delete(FILE);
        else storage.files.set(FILE, corrupted);

        const second = await openWindow(workspace, storage);
        assert.deepEqual(second.reads, [A, B, C].sort(), 'every note read again');
        assert.deepEqual(shown(second.index), shown(first.index));
        assert.ok(second.log.lines.some((l) => l.includes(logged) && (l.startsWith('warn Discarded the index cache of customer notes (') || what === 'missing')), `${logged}\n${second.log.lines.join('\n')}`);
        assert.equal(({} as { polluted?: boolean }).polluted, undefined);

        const third = await openWindow(workspace, storage);
        assert.deepEqual(third.reads, [], 'the cache written anew');
      });
    }

    it('for other settings: only that folder, with a log line', async () => {
      const other: NoteFolder = { uri: 'file:///other', name: 'other' };
      const storage = new InMemoryStorage();
      const before = new InMemoryWorkspace([WS, other], settingsWith({}));
      for (const [id, text] of Object.entries(NOTES)) before.writeUnseen(id, text);
      before.writeUnseen('file:///other/customers/plant.md', '# Plant\n');
      await openWindow(before, storage);
      // The same files, `other` now with another default cadence: its notes read otherwise.
      const reopened = (settings: Parameters<typeof settingsWith>[0]) => {
        const workspace = new InMemoryWorkspace([WS, other], settingsWith(settings));
        for (const [id, bytes] of before.files) workspace.files.set(id, bytes);
        for (const [id, mtime] of before.mtimes) workspace.mtimes.set(id, mtime);
        return workspace;
      };
      const after = reopened({ [other.uri]: { defaultCadenceDays: 7 } });
      const second = await openWindow(after, storage);
      assert.deepEqual(second.reads, ['file:///other/customers/plant.md']);
      assert.equal(second.index.get('file:///other/customers/plant.md')?.cadenceDays, 7);
      assert.ok(second.log.lines.includes('info The index cache of customer notes was written for other settings of file:///other; reading its notes.'));
      const third = await openWindow(reopened({ [WS.uri]: { customerGlob: 'customers/*.md' }, [other.uri]: { defaultCadenceDays: 7 } }), storage);
      assert.deepEqual(third.reads, [A, C].sort(), 'another glob: the folder read again, only what it matches');
    });
  });

  describe("an editor's unsaved text", () => {
    it('wins over the cache, and never goes into it', async () => {
      const workspace = workspaceWithNotes();
      const storage = new InMemoryStorage();
      workspace.editors.set(A, { text: NOTES[A].replace('name: Acme', 'name: Acme (typing)'), dirty: true });
      const first = await openWindow(workspace, storage);
      assert.equal(first.index.get(A)?.name, 'Acme (typing)');
      const second = await openWindow(workspace, storage);
      assert.deepEqual(second.reads, []);
      assert.equal(second.index.get(A)?.name, 'Acme (typing)', 'reopened with the unsaved text restored');
      workspace.editors.delete(A);
      const third = await openWindow(workspace, storage);
      assert.deepEqual(third.reads, []);
      assert.equal(third.index.get(A)?.name, 'Acme', 'the file as it is on disk');
    });

    it('typed after the scan stays out of the cache too', async () => {
      const workspace = workspaceWithNotes();
      const storage = new InMemoryStorage();
      const first = await openWindow(workspace, storage);
      workspace.editors.set(B, { text: NOTES[B].replace('Globex', 'Globex (typing)'), dirty: true });
      first.indexer.editorChanged(B);
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(first.index.get(B)?.name, 'Globex (typing)');
      workspace.write(A, NOTES[A].replace('cadence: 1w', 'cadence: 2w'));
      await first.indexer.idle();
      await first.indexer.flushCache();
      workspace.editors.delete(B);
      const second = await openWindow(workspace, storage);
      assert.deepEqual(second.reads, []);
      assert.equal(second.index.get(B)?.name, 'Globex');
      assert.equal(second.index.get(A)?.cadenceDays, 14);
    });
  });

  it('keeps linking notes too, and the mentions joined from them are those reading the files gives', async () => {
    const workspace = workspaceWithNotes();
    workspace.writeUnseen('file:///ws/meetings/2026-11-20%20steering.md', '---\ncustomers: [acme]\n---\n## 2026-11-21 Call (30m)\nWith [[Globex]].\n');
    const storage = new InMemoryStorage();
    const openBoth = async () => {
      const index = new CustomerIndex();
      const mentions = new MentionIndex(index, () => WS.uri);
      const options = { storage, version: 'test', writeDelayMs: 5, now: NOW };
      const customers = new NoteIndexer<CustomerNote>(index, customerNotes, workspace, workspace.settings, new RecordingLogger(), FAST, options);
      const links = new NoteIndexer<LinkingNote>(mentions, linkingNotes, workspace, workspace.settings, new RecordingLogger(), FAST, options);
      open.push(customers, links);
      workspace.reads.length = 0;
      await customers.rescan({ fromCache: true });
      await links.rescan({ fromCache: true });
      const reads = workspace.reads.length;
      await customers.flushCache();
      await links.flushCache();
      return { index, reads };
    };
    const first = await openBoth();
    assert.equal(first.reads, 3 + 4);
    const second = await openBoth();
    assert.equal(second.reads, 0);
    assert.deepEqual(second.index.get(A)!.mentions.map((m) => [m.line, m.minutes]), [[1, undefined]]);
    assert.deepEqual(shown(second.index), shown(first.index));
    assert.ok(storage.files.has('notes.index.jsonl'));
  });
});
