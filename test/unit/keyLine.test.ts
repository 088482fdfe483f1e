// Where a front matter key is written, as a note's problems place it: read from the text when the text
// leaves no doubt, else from a parse of the YAML when first asked. Either way, what KeyLines says.
import * as assert from 'node:assert/strict';
import { KeyLines } from '../../src/core/frontMatter/keyPlace';
import { readFrontMatter } from '../../src/core/frontMatter/read';
import { keyLineOf } from '../../src/core/reading/keyLine';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { parseNoteLinks } from '../../src/core/mentions/noteLinks';
import { lines } from './helpers';

const parse = (text: string) => parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', text, { defaultCadenceDays: 14 });
const reference = (text: string, key: string) => {
  const read = readFrontMatter(text);
  assert.ok(read.ok);
  return new KeyLines(read.value.yaml, read.value.yamlLine).lineOf(key);
};

describe('keyLine', () => {
  it('reads the line of a key written once in plain YAML from the text: a plain field, no getter', () => {
    const text = lines(['---', 'name: Acme   # a comment', 'tags: [erp, "b c"]', 'aliases:', '  - "Acme, Inc."', 'last_contacted: 2026-11-20', 'account: "[[acme-group]]"', '---', '# Acme']);
    const note = parse(text);
    assert.equal(note.lastContactedLine, 5);
    assert.equal(note.accountLine, 6);
    for (const key of ['lastContactedLine', 'accountLine'] as const) assert.equal(Object.getOwnPropertyDescriptor(note, key)?.get, undefined, key);
    const read = readFrontMatter(text);
    assert.ok(read.ok);
    assert.equal(keyLineOf(read.value, 'last_contacted'), reference(text, 'last_contacted'));
  });

  it('leaves to the parse, when first asked, what the text cannot say for certain', () => {
    const shapes = [
      ['---', 'x: "quoted', 'over lines"', 'last_contacted: 2026-11-20', '---'],
      ['---', '# last_contacted is written by Rapport', 'last_contacted: 2026-11-20', '---'],
      ['---', 'tags: [a,', '  b]', 'last_contacted: 2026-11-20', '---'],
      ['---', '"last_contacted": 2026-11-20', '---'],
      ['---', 'note: a\\x20b', 'last_contacted: 2026-11-20', '---'],
    ];
    for (const shape of shapes) {
      const text = lines(shape);
      const note = parse(text);
      assert.equal(typeof Object.getOwnPropertyDescriptor(note, 'lastContactedLine')?.get, 'function', text);
      assert.equal(note.lastContactedLine, reference(text, 'last_contacted'), text);
    }
  });

  it('counts CRLF lines as the parse does', () => {
    const text = lines(['---', 'name: Acme', 'last_contacted: 2026-11-20', '---', ''], '\r\n');
    assert.equal(parse(text).lastContactedLine, reference(text, 'last_contacted'));
    assert.equal(parse(text).lastContactedLine, 2);
  });

  it('places a `customers:` link on its key line', () => {
    const text = lines(['---', 'date: 2026-11-20', 'customers: [acme, "[[Laura Bennett]]"]', '---', 'Met them.']);
    const links = parseNoteLinks('file:///ws/meetings/standup.md', text).links;
    assert.deepEqual(links.map((l) => [l.target, l.line]), [['acme', 2], ['Laura Bennett', 2]]);
    assert.equal(Object.getOwnPropertyDescriptor(links[0], 'line')?.get, undefined);
  });

  it('agrees with the parse on random front matter (property)', () => {
    const pieces = [
      'name: Acme', 'name: "O\'Brien"', "name: 'it''s'", "owner: Dana's team", 'tags: [a, b]', 'tags: [a,', '  b]', 'tags:\n  - a\n  - "b, c"', 'last_contacted: 2026-01-02',
      'last_contacted : 2026-01-03', 'last_contacted:\t2026-01-04', '"last_contacted": 2026-01-05', '? last_contacted\n: 2026-01-07', 'last_contacted_note: x', '# last_contacted',
      'note: see last_contacted', 'x: "multi', 'line"', "y: 'multi", "line'", 'z: |', '  last_contacted: 2026-02-02', 'esc: "a\\x41"', 'anc: &a last_contacted', '*a : 2026-03-03',
      'q: a\rlast_contacted: 2026-04-04', 'flow: {a: 1,', 'last_contacted: 2026-05-05}', 'k: a: b', '\tlast_contacted: 2026-01-01', ' last_contacted: 2026-01-09', 'k: [a, "b]', '', '# c',
    ];
    let seed = 20261201;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
    for (let i = 0; i < 2000; i++) {
      const yaml = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]);
      const text = lines(['---', ...yaml, '---', ''], next() < 0.2 ? '\r\n' : '\n');
      const note = parse(text);
      if (note.lastContacted) assert.equal(note.lastContactedLine, reference(text, 'last_contacted'), JSON.stringify(text));
    }
  });
});
