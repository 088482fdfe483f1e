import * as assert from 'node:assert/strict';
import { customerLink, relativeHref, typedWikiLink, wikiTargetOf } from '../../src/core/editing/customerLink';
import { note } from './helpers';

const MEETING = 'file:///ws/meetings/2026-12-01%20Steering.md';

describe('customerLink', () => {
  it('links a customer by the file name of its note', () => {
    const acme = note({ id: 'file:///ws/customers/acme-logistics.md', name: 'Acme Logistics', aliases: ['Acme'] });
    assert.equal(wikiTargetOf(acme), 'acme-logistics');
    assert.equal(customerLink(acme, MEETING), '[[acme-logistics]]');
    const spaced = note({ id: 'file:///ws/customers/emea/Laura%20Bennett.md', name: 'Laura Bennett' });
    assert.equal(customerLink(spaced, MEETING), '[[Laura Bennett]]');
  });

  it('falls back to the name or an alias when the file name cannot stand in a wiki link', () => {
    const byName = note({ id: 'file:///ws/customers/C%23%20guild.md', name: 'Developer guild' });
    assert.equal(customerLink(byName, MEETING), '[[Developer guild]]');
    const byAlias = note({ id: 'file:///ws/customers/a%7Cb.md', name: 'A|B', aliases: ['[x]', 'AB team'] });
    assert.equal(customerLink(byAlias, MEETING), '[[AB team]]');
  });

  it('writes a relative Markdown link when no wiki link can name the customer', () => {
    const guild = note({ id: 'file:///ws/customers/C%23%20(guild).md', name: 'C# [guild]' });
    assert.equal(wikiTargetOf(guild), undefined);
    assert.equal(customerLink(guild, MEETING), '[C# \\[guild\\]](../customers/C%23%20%28guild%29.md)');
    assert.equal(customerLink(guild, 'vscode-vfs://github/o/r/meetings/x.md'), 'C# \\[guild\\]', 'no path leads across schemes');
  });

  it('finds the path from one note to another', () => {
    assert.equal(relativeHref('file:///ws/meetings/x.md', 'file:///ws/meetings/y.md'), 'y.md');
    assert.equal(relativeHref('file:///ws/a/b/x.md', 'file:///ws/c/y.md'), '../../c/y.md');
    assert.equal(relativeHref('file:///ws/x.md', 'file:///ws/customers/y.md'), 'customers/y.md');
    assert.equal(relativeHref('file:///ws/x.md', 'file://server/ws/y.md'), undefined);
  });
});

describe('typedWikiLink', () => {
  it('finds the target being typed after [[', () => {
    assert.deepEqual(typedWikiLink('Met [[', ''), { start: 6, partial: '', closing: 0 });
    assert.deepEqual(typedWikiLink('Met [[Acme Lo', ' later'), { start: 6, partial: 'Acme Lo', closing: 0 });
    assert.deepEqual(typedWikiLink('[[a]] and [[', ']]'), { start: 12, partial: '', closing: 2 });
    assert.deepEqual(typedWikiLink('[[ac', ']'), { start: 2, partial: 'ac', closing: 1 });
    assert.deepEqual(typedWikiLink('[[[', ''), { start: 3, partial: '', closing: 0 });
  });

  it('finds nothing after a single [, past a closed link, a label or a heading', () => {
    for (const before of ['Met [', 'Met', '[[acme]]', '[[acme]] ', '[[acme|Ac', '[[acme#Con', '[[a]b']) {
      assert.equal(typedWikiLink(before, ''), undefined, before);
    }
  });
});
