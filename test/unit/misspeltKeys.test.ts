import * as assert from 'node:assert/strict';
import { meantKey } from '../../src/core/editorHelp/misspeltKeys';
import { spellingDistance } from '../../src/core/editorHelp/spelling';
import { KNOWN_KEYS } from '../../src/core/editorHelp/frontMatterKeys';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { lines } from './helpers';

const parse = (text: string) => parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', text, { defaultCadenceDays: 14 });

describe('spellingDistance', () => {
  it('counts an insertion, a deletion, a replacement and a swap of neighbours as one slip each', () => {
    assert.equal(spellingDistance('cadence', 'cadence'), 0);
    assert.equal(spellingDistance('cadance', 'cadence'), 1);
    assert.equal(spellingDistance('stauts', 'status'), 1);
    assert.equal(spellingDistance('last_contact', 'last_contacted'), 2);
    assert.equal(spellingDistance('', 'abc'), 3);
    assert.equal(spellingDistance('kitten', 'sitting'), 3);
  });

  it('stops past its limit', () => {
    assert.equal(spellingDistance('organization', 'name', 2), 3);
    assert.equal(spellingDistance('abcdef', 'uvwxyz', 1), 2);
  });
});

describe('meantKey: a key one slip away from a known key', () => {
  it('finds the key meant by a typo, a missing ending, a case or separator difference, a plural', () => {
    assert.equal(meantKey('cadance'), 'cadence');
    assert.equal(meantKey('last_contact'), 'last_contacted');
    assert.equal(meantKey('Status'), 'status');
    assert.equal(meantKey('Last-Contacted'), 'last_contacted');
    assert.equal(meantKey('last contacted'), 'last_contacted');
    assert.equal(meantKey('lastContacted'), 'last_contacted');
    assert.equal(meantKey('next_contacted'), 'next_contact');
    assert.equal(meantKey('organisation'), 'organization');
    assert.equal(meantKey('stauts'), 'status');
    assert.equal(meantKey('owners'), 'owner');
    assert.equal(meantKey('alias'), 'aliases');
    assert.equal(meantKey('tag'), 'tags');
    assert.equal(meantKey('NAME'), 'name');
    assert.equal(meantKey('Dates'), 'dates');
  });

  it('never hints at a known key, nor at a short or unrelated key of the leader\'s own', () => {
    for (const { key } of KNOWN_KEYS) assert.equal(meantKey(key), undefined, key);
    for (const key of ['id', 'cc', 'nam', 'date', 'title', 'customers', 'amount', 'state', 'notes', 'favourite_colour', 'region', 'website']) {
      assert.equal(meantKey(key), undefined, key);
    }
  });
});

describe('customer note: misspelt keys', () => {
  it('places each at its key, quotes included, apart from the note\'s problems', () => {
    const note = parse(lines(['---', 'name: Acme', 'cadance: 2w', '"Status": active', 'favourite: blue', '---', '']));
    assert.deepEqual(note.problems, []);
    assert.deepEqual(note.misspeltKeys, [
      { key: 'cadance', meant: 'cadence', line: 2, column: 0, length: 7 },
      { key: 'Status', meant: 'status', line: 3, column: 0, length: 8 },
    ]);
  });

  it('finds keys in a flow mapping on their column, after a BOM and with CRLF', () => {
    const note = parse('\uFEFF---\r\n{name: Acme, cadance: 2w}\r\n---\r\n');
    assert.deepEqual(note.misspeltKeys, [{ key: 'cadance', meant: 'cadence', line: 1, column: 13, length: 7 }]);
  });

  it('adds nothing to a note without one, and nothing to a note that cannot be read', () => {
    assert.equal('misspeltKeys' in parse('---\nname: Acme\nfavourite: blue\n---\n'), false);
    assert.equal(parse('---\ncadance: [\n---\n').misspeltKeys, undefined);
  });
});
