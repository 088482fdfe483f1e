// The core indexer on an in-memory workspace: the very code the extension runs, driven in plain Node.
import * as assert from 'node:assert/strict';
import { CustomerIndex } from '../../src/core/index/customerIndex';
import { NoteIndexer, type IndexerTiming } from '../../src/core/index/noteIndexer';
import { isBehindDisk, unsavedText } from '../../src/core/index/openCopy';
import type { CustomerNote, NoteFolder } from '../../src/core/model';
import { customerNotes } from '../../src/core/index/noteKinds';
import { InMemoryWorkspace, RecordingLogger, settingsWith } from './inMemoryWorkspace';

const FAST: IndexerTiming = { watchDebounceMs: 5, typingDebounceMs: 5, readBatch: 2 };
const WS: NoteFolder = { uri: 'file:///ws', name: 'ws' };
const OTHER: NoteFolder = { uri: 'file:///other', name: 'other' };

const noteText = (name: string, extra = '') => `---\nname: ${name}\nlast_contacted: 2026-11-20\n${extra}---\n# ${name}\n`;

function setUp(folders = [WS], workspace = new InMemoryWorkspace(folders)) {
  const index = new CustomerIndex();
  const log = new RecordingLogger();
  const indexer = new NoteIndexer(index, customerNotes, workspace, workspace.settings, log, FAST);
  const events: string[][] = [];
  index.onDidChange((ids) => events.push([...ids]));
  return { index, workspace, indexer, log, events };
}

const names = (index: CustomerIndex) => index.all().map((n) => n.name).sort();

describe('NoteIndexer on an in-memory workspace', () => {
  let indexer: NoteIndexer<CustomerNote> | undefined;
  afterEach(() => indexer?.dispose());

  it('indexes the notes the glob matches in every folder, and reads nothing else', async () => {
    const workspace = new InMemoryWorkspace([WS, OTHER], settingsWith({ [OTHER.uri]: { customerGlob: 'people/*.md', defaultCadenceDays: 7 } }));
    workspace.writeUnseen('file:///ws/customers/acme.md', noteText('Acme'));
    workspace.writeUnseen('file:///ws/customers/emea/initech.md', noteText('Initech'));
    workspace.writeUnseen('file:///ws/customers/node_modules/pkg.md', noteText('Not a customer'));
    workspace.writeUnseen('file:///ws/notes/todo.md', noteText('Todo'));
    workspace.writeUnseen('file:///other/people/plant.md', '# Plant manager\n');
    const setup = setUp([WS, OTHER], workspace);
    indexer = setup.indexer;
    await indexer.rescan();
    assert.deepEqual(names(setup.index), ['Acme', 'Initech', 'Plant manager']);
    assert.equal(setup.index.get('file:///other/people/plant.md')?.cadenceDays, 7);
    assert.deepEqual([...workspace.reads].sort(), ['file:///other/people/plant.md', 'file:///ws/customers/acme.md', 'file:///ws/customers/emea/initech.md']);
    assert.equal(setup.events.length, 1, 'one index event for the whole scan');
    assert.ok(setup.log.lines.some((l) => l.startsWith('info Indexed 3 customer notes')));
  });

  it('re-reads only the changed note, and a burst of changes is one index update', async () => {
    const setup = setUp();
    indexer = setup.indexer;
    for (const n of ['a', 'b', 'c']) setup.workspace.writeUnseen(`file:///ws/customers/${n}.md`, noteText(n.toUpperCase()));
    await indexer.rescan();
    setup.workspace.reads.length = 0;
    setup.events.length = 0;
    setup.workspace.write('file:///ws/customers/b.md', noteText('B renamed'));
    setup.workspace.write('file:///ws/customers/b.md', noteText('B renamed again'));
    setup.workspace.write('file:///ws/customers/d.md', noteText('D'));
    await indexer.idle();
    assert.deepEqual(names(setup.index), ['A', 'B renamed again', 'C', 'D']);
    assert.deepEqual([...setup.workspace.reads].sort(), ['file:///ws/customers/b.md', 'file:///ws/customers/d.md']);
    assert.equal(setup.events.length, 1);
  });

  it('drops a deleted note, and every note of a deleted folder', async () => {
    const setup = setUp();
    indexer = setup.indexer;
    setup.workspace.writeUnseen('file:///ws/customers/acme.md', noteText('Acme'));
    setup.workspace.writeUnseen('file:///ws/customers/emea/initech.md', noteText('Initech'));
    setup.workspace.writeUnseen('file:///ws/customers/emea/globex.md', noteText('Globex'));
    await indexer.rescan();
    setup.workspace.delete('file:///ws/customers/acme.md');
    await indexer.idle();
    assert.deepEqual(names(setup.index), ['Globex', 'Initech']);
    setup.workspace.delete('file:///ws/customers/emea');
    await indexer.idle();
    assert.deepEqual(names(setup.index), []);
  });

  it('finds the notes of a folder created with them already inside, and ignores folders outside the glob', async () => {
    const setup = setUp();
    indexer = setup.indexer;
    await indexer.rescan();
    setup.workspace.writeUnseen('file:///ws/customers/apac/wayne.md', noteText('Wayne'));
    setup.workspace.writeUnseen('file:///ws/customers/apac/deep/stark.md', noteText('Stark'));
    setup.workspace.createdFolder('file:///ws/customers/apac');
    await indexer.idle();
    assert.deepEqual(names(setup.index), ['Stark', 'Wayne']);
    setup.workspace.reads.length = 0;
    setup.workspace.finds.length = 0;
    setup.workspace.writeUnseen('file:///ws/build/out.md', noteText('Build'));
    setup.workspace.createdFolder('file:///ws/build');
    await indexer.idle();
    assert.deepEqual([setup.workspace.reads, setup.workspace.finds], [[], []], 'a folder outside customers/ costs nothing');
  });

  it('lets unsaved editor text win while it is unsaved, and the disk once saved or closed', async () => {
    const setup = setUp();
    indexer = setup.indexer;
    const id = 'file:///ws/customers/acme.md';
    setup.workspace.writeUnseen(id, noteText('Acme'));
    setup.workspace.editors.set(id, { text: noteText('Acme (typing)'), dirty: true });
    await indexer.rescan();
    assert.equal(setup.index.get(id)?.name, 'Acme (typing)', 'the scan takes the unsaved text');
    setup.workspace.editors.set(id, { text: noteText('Acme (typing more)'), dirty: true });
    indexer.editorChanged(id);
    await waitUntil(() => setup.index.get(id)?.name === 'Acme (typing more)');
    setup.workspace.write(id, noteText('Acme on disk'));
    await indexer.idle();
    assert.equal(setup.index.get(id)?.name, 'Acme (typing more)', 'a file event does not overwrite unsaved text');
    setup.workspace.editors.delete(id);
    indexer.editorClosed(id);
    await indexer.idle();
    assert.equal(setup.index.get(id)?.name, 'Acme on disk', 'closed without saving: the disk is the truth');
    setup.workspace.editors.set(id, { text: noteText('Acme saved'), dirty: false });
    setup.workspace.writeUnseen(id, noteText('Acme saved'));
    indexer.editorChanged(id);
    await waitUntil(() => setup.index.get(id)?.name === 'Acme saved');
  });

  it('ignores edits of documents that are not customer notes', async () => {
    const setup = setUp();
    indexer = setup.indexer;
    await indexer.rescan();
    setup.workspace.editors.set('file:///ws/notes/todo.md', { text: noteText('Todo'), dirty: true });
    indexer.editorChanged('file:///ws/notes/todo.md');
    await new Promise((r) => setTimeout(r, FAST.typingDebounceMs * 4));
    await indexer.idle();
    assert.equal(setup.index.all().length, 0);
    assert.equal(indexer.isNote('file:///ws/notes/todo.md'), false);
    assert.equal(indexer.isNote('file:///ws/customers/new.md'), true);
  });

  it('lists a file too large or binary with the reason, and never reads the large one', async () => {
    const setup = setUp();
    indexer = setup.indexer;
    setup.workspace.writeUnseen('file:///ws/customers/huge.md', 'x'.repeat(3 * 1024 * 1024));
    setup.workspace.files.set('file:///ws/customers/binary.md', new Uint8Array([0x2d, 0, 0x2d]));
    await indexer.rescan();
    assert.deepEqual(setup.index.get('file:///ws/customers/huge.md')?.brokenReason, { id: 'skipped', reason: { id: 'file-too-large', bytes: 3 * 1024 * 1024, limitBytes: 2 * 1024 * 1024 } });
    assert.deepEqual(setup.index.get('file:///ws/customers/binary.md')?.brokenReason, { id: 'skipped', reason: { id: 'file-binary' } });
    assert.deepEqual(setup.workspace.reads, ['file:///ws/customers/binary.md']);
    assert.equal(setup.log.lines.filter((l) => l.startsWith('warn')).length, 2);
  });

  it('keeps one pair of watchers per folder across rescans, and a newer scan wins', async () => {
    const setup = setUp([WS, OTHER]);
    indexer = setup.indexer;
    for (let i = 0; i < 5; i++) setup.workspace.writeUnseen(`file:///ws/customers/n${i}.md`, noteText(`N${i}`));
    const first = indexer.rescan();
    setup.workspace.delete('file:///ws/customers/n4.md');
    const second = indexer.rescan();
    await Promise.all([first, second]);
    await indexer.idle();
    assert.equal(setup.workspace.watcherCount, 2);
    assert.deepEqual(names(setup.index), ['N0', 'N1', 'N2', 'N3']);
  });

  it('logs a failed update and goes on with the next ones', async () => {
    const setup = setUp();
    indexer = setup.indexer;
    await indexer.rescan();
    const read = setup.workspace.read.bind(setup.workspace);
    let fail = true;
    setup.workspace.read = async (id) => {
      if (fail) {
        fail = false;
        throw new Error('disk on fire');
      }
      return read(id);
    };
    setup.workspace.write('file:///ws/customers/a.md', noteText('A'));
    await indexer.idle();
    assert.ok(setup.log.lines.some((l) => l.startsWith('error File update failed') && l.includes('disk on fire')));
    setup.workspace.write('file:///ws/customers/b.md', noteText('B'));
    await indexer.idle();
    assert.deepEqual(names(setup.index), ['B']);
  });

  it('stops listening when disposed', async () => {
    const setup = setUp();
    await setup.indexer.rescan();
    setup.indexer.dispose();
    assert.equal(setup.workspace.watcherCount, 0);
    setup.workspace.write('file:///ws/customers/a.md', noteText('A'));
    await new Promise((r) => setTimeout(r, FAST.watchDebounceMs * 4));
    assert.equal(setup.index.all().length, 0);
  });
});

describe('which copy of a note is true', () => {
  it('is the unsaved text while unsaved, else the disk', () => {
    assert.equal(unsavedText({ text: 'typed', dirty: true }), 'typed');
    assert.equal(unsavedText({ text: 'saved', dirty: false }), undefined);
    assert.equal(unsavedText(undefined), undefined);
  });

  it('calls a clean editor behind the disk only when the text differs beyond BOM and line breaks', () => {
    assert.equal(isBehindDisk({ text: 'a\nb', dirty: false }, '\uFEFFa\r\nb'), false);
    assert.equal(isBehindDisk({ text: 'a\nb', dirty: false }, 'a\nc'), true);
    assert.equal(isBehindDisk({ text: 'a\nb', dirty: true }, 'a\nc'), false, 'unsaved text is the leader\'s, never behind');
  });
});

async function waitUntil(condition: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
