// The index cache's codecs: every note of the fixtures and the demo, and notes with every part a note
// can have, read back from the cache exactly as reading the file gave them (lines placed later included);
// data of any other shape is refused.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { customerCodec } from '../../src/core/index/cache/customerCodec';
import { linkingCodec } from '../../src/core/index/cache/linkingCodec';
import { CacheShapeError, Days } from '../../src/core/index/cache/shapes';
import type { NoteCodec } from '../../src/core/index/noteKind';
import { loadLinkingNote, parseNoteLinks } from '../../src/core/mentions/noteLinks';
import { loadNote, tooLarge } from '../../src/core/reading/noteLoader';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import type { CustomerNote } from '../../src/core/model';
import { said } from './helpers';

const REPO = path.resolve(__dirname, '../../..');
const SETTINGS = { defaultCadenceDays: 14 };

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name));
}

const FILES = [...markdownFiles(path.join(REPO, 'test/fixtures')), ...markdownFiles(path.join(REPO, 'examples'))];

/** Through the cache as written to a file and read back: JSON text, then the codec's checks. */
function throughCache<T extends { readonly id: string }>(codec: NoteCodec<T>, note: T): T {
  return codec.decode(note.id, JSON.parse(JSON.stringify(codec.encode(note))), new Days());
}

const customerText = (frontMatter: string, body = '# Acme\n') => `---\n${frontMatter}---\n${body}`;
const customer = (frontMatter: string, body?: string) => parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', customerText(frontMatter, body), SETTINGS);

describe('index cache codecs', () => {
  it('read back every fixture and demo note as a customer note, as reading its file gave it', () => {
    assert.ok(FILES.length > 40);
    for (const file of FILES) {
      const note = loadNote(`file://${file}`, fs.readFileSync(file), SETTINGS);
      assert.deepEqual(said(throughCache(customerCodec, note)), said(note), file);
    }
  });

  it('read back every fixture and demo note as a linking note', () => {
    for (const file of FILES) {
      const note = loadLinkingNote(`file://${encodeURI(file)}`, fs.readFileSync(file));
      assert.deepEqual(said(throughCache(linkingCodec, note)), said(note), file);
    }
  });

  it('keep every part a customer note can have', () => {
    const note = customer(
      'name: Acme\nrole: CFO\naccount: "[[globex]]"\norganization: Acme Group\nowner: Dana\nsegment: Ops\ntags: [erp, strategic]\n'
      + 'aliases: [Acme Inc]\nemails: [a@acme.test]\ncadence: 3d\nlast_contacted: 2026-11-20\nnext_contact: 2026-12-01\nsnooze_until: 2026-12-02\n'
      + 'status: at-risk\ntime_goal: 2h/month\ndates: { renewal: 2027-03-31, birthday: 06-02, bad: soon }\ncadance: 2w\naspirations: Lead the region\n',
      '# Acme Title\n\n## Contact log\n\n### 2026-11-20 Review (45m)\nClosenes: 4\nCloseness: 4\n#habit/understand They want more.\n\n### 2026-11-01 Call\n'
      + '- [ ] send the roadmap (due 2026-12-05)\n- [x] done thing\n\n## Opportunities and risks\n- Risk: budget (noted 2026-10-01)\n- Opportunity: pilot\n',
    );
    assert.ok(note.entries.length && note.habits.length && note.commitments.length && note.register.length && note.closeness.length && note.dates.length);
    assert.ok(note.problems.length && note.misspeltKeys?.length && note.timeGoal && note.snoozeUntil && note.account);
    assert.deepEqual(said(throughCache(customerCodec, note)), said(note));
  });

  it('keep broken, unreadable and too large notes with their reason', () => {
    const notes: CustomerNote[] = [
      customer('name: [unclosed\n'),
      parseCustomerNote('file:///ws/customers/x.md', 'x.md', '---\nname: x\n', SETTINGS),
      parseCustomerNote('file:///ws/customers/x.md', 'x.md', '---js\n{}\n---\n', SETTINGS),
      loadNote('file:///ws/customers/bin.md', new Uint8Array([0x2d, 0, 0x2d]), SETTINGS),
      loadNote('file:///ws/customers/latin1.md', new Uint8Array([0x41, 0xe9, 0x41]), SETTINGS),
      tooLarge('file:///ws/customers/huge.md', 3_000_000, SETTINGS),
      customer('cadence: 1.5d\nstatus: sleeping\ntags: { a: 1 }\nemails: [nope]\nlast_contacted: yesterday\ntime_goal: lots\n'),
    ];
    for (const note of notes) {
      assert.ok(note.problems.length, note.id);
      assert.deepEqual(said(throughCache(customerCodec, note)), said(note));
    }
  });

  it('keep the lines of account and last_contacted, also where only a parse of the YAML can tell them', () => {
    const plain = customer('# a comment\nname: Acme\n\n\naccount: globex\nlast_contacted: 2026-11-20\n');
    // An escape and a multi-line scalar: the lines are found by parsing, when first asked.
    const parsed = customer('name: "Ac\\u006de"\nnote: >\n  account: no\naccount: globex\nlast_contacted: 2026-11-20\n');
    for (const [note, lines] of [[plain, [5, 6]], [parsed, [4, 5]]] as const) {
      const back = throughCache(customerCodec, note);
      assert.deepEqual([back.accountLine, back.lastContactedLine], lines);
      assert.deepEqual([note.accountLine, note.lastContactedLine], lines);
    }
  });

  it('keep the line of a meeting note\'s customers: entries, also where only a parse of the YAML can tell it', () => {
    for (const [yaml, line] of [['title: Steering\n\ncustomers: [acme, "[[Globex]]"]\n', 3], ['title: "St\\u0065ering"\nagenda: |\n  customers: no\ncustomers: [acme, "[[Globex]]"]\n', 4]] as const) {
      const note = parseNoteLinks('file:///ws/meetings/2026-11-20%20steering.md', `---\n${yaml}---\n## 2026-11-21 Call (30m)\nWith [[acme|Acme]] and [x](../customers/x.md).\n`);
      const back = throughCache(linkingCodec, note);
      assert.deepEqual(back.links.map((l) => l.line), [line, line, line + 3, line + 3]);
      assert.deepEqual(said(back), said(note));
    }
  });

  it('refuse data of any other shape', () => {
    const good = customerCodec.encode(customer('name: Acme\nlast_contacted: 2026-11-20\n', '## Contact log\n### 2026-11-20 Call (30m)\n')) as Record<string, unknown>;
    const bad: Array<[string, unknown]> = [
      ['not an object', []],
      ['no name', { ...good, n: undefined }],
      ['a name that is no text', { ...good, n: 3 }],
      ['an unknown key', { ...good, zz: 1 }],
      ['__proto__', JSON.parse(`{"__proto__": {"polluted": true}, "n": "x", "cd": 14}`)],
      ['an impossible day', { ...good, lc: 20261340 }],
      ['a day as text', { ...good, lc: '2026-11-20' }],
      ['a negative line', { ...good, e: [20261120, 'Call', -3, 30] }],
      ['a short tuple', { ...good, e: [20261120, 'Call', 3] }],
      ['an unknown status', { ...good, st: 'sleeping' }],
      ['an unknown message', { ...good, p: [{ message: { id: 'run-code' }, line: 0, column: 0, severity: 'error' }] }],
      ['a message with a field too many', { ...good, br: { id: 'front-matter-unclosed', extra: 1 } }],
      ['a message with a field of the wrong type', { ...good, br: { id: 'yaml-invalid', reason: 3 } }],
      ['a line that is no number', { ...good, al: '3' }],
    ];
    for (const [what, data] of bad) {
      assert.throws(() => customerCodec.decode('file:///ws/customers/acme.md', data, new Days()), CacheShapeError, what);
    }
    assert.equal(({} as { polluted?: boolean }).polluted, undefined, 'nothing reached Object.prototype');
    const links = linkingCodec.encode(parseNoteLinks('file:///ws/m.md', '---\ncustomers: [acme]\n---\n[[b]]\n')) as Record<string, unknown>;
    for (const data of [{ ...links, l: ['b', 'x', 3, 0, 5, 0, -1, -1] }, { t: 3 }, { ...links, l: 'b' }]) {
      assert.throws(() => linkingCodec.decode('file:///ws/m.md', data, new Days()), CacheShapeError, JSON.stringify(data));
    }
  });

  it('share one object per day among the notes read back from one cache', () => {
    const days = new Days();
    const a = customerCodec.decode('file:///a.md', customerCodec.encode(customer('last_contacted: 2026-11-20\n')), days);
    const b = customerCodec.decode('file:///b.md', customerCodec.encode(customer('last_contacted: 2026-11-20\n')), days);
    assert.equal(a.lastContacted, b.lastContacted);
  });
});
