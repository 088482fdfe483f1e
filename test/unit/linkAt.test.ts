// The customer named by the link under the cursor, matched as a mention would be.
import * as assert from 'node:assert/strict';
import { CustomerIndex } from '../../src/core/index/customerIndex';
import { customerLinkAt } from '../../src/core/mentions/linkAt';
import { MentionIndex } from '../../src/core/mentions/mentionIndex';
import { note } from './helpers';

const WS = 'file:///ws';
const acme = note({ id: `${WS}/customers/acme.md`, name: 'Acme Logistics', aliases: ['ACME Corp'] });
const ingrid = note({ id: `${WS}/customers/people/ingrid%20solberg.md`, name: 'Ingrid Solberg' });
const FROM = `${WS}/meetings/2026-11-25%20review.md`;

function mentions() {
  const index = new CustomerIndex();
  index.replaceAll([acme, ingrid]);
  return new MentionIndex(index, (id) => (id.startsWith(`${WS}/`) ? WS : ''));
}

describe('the customer link under the cursor', () => {
  const matcher = mentions();
  const at = (line: string, character: number, from = FROM) => customerLinkAt(line, character, from, matcher);

  it('names the customer of a wiki link anywhere on it, brackets included', () => {
    const line = 'Met [[acme]] and [[ACME Corp|them]] today';
    for (const character of [4, 6, 11, 12]) assert.deepEqual(at(line, character), { customerId: acme.id, column: 4, length: 8 }, `at ${character}`);
    assert.deepEqual(at(line, 20), { customerId: acme.id, column: 17, length: 18 });
    assert.equal(at(line, 3), undefined, 'before the link');
    assert.equal(at(line, 14), undefined, 'between links');
  });

  it('follows a relative Markdown link to the note it points to, encoded or not', () => {
    const line = 'See [Ingrid](../customers/people/ingrid%20solberg.md) and [x](../customers/people/ingrid solberg)';
    assert.equal(at(line, 6)?.customerId, ingrid.id);
    assert.equal(at(line, line.length - 3), undefined, 'a destination with a space is not a link');
    assert.equal(at('[Ingrid](<../customers/people/ingrid solberg.md>)', 2)?.customerId, ingrid.id);
  });

  it('names nothing for other notes, unknown names, code spans and another folder', () => {
    assert.equal(at('[[somebody else]]', 3), undefined);
    assert.equal(at('`[[acme]]`', 3), undefined);
    assert.equal(at('plain text', 3), undefined);
    assert.equal(at('[[acme]]', 3, 'file:///elsewhere/note.md'), undefined);
  });
});
