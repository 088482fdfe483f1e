import * as assert from 'node:assert/strict';
import { customerLink, relativeHref, typedWikiLink, wikiTargetOf, type NamedBy } from '../../src/core/editing/customerLink';
import { CustomerIndex } from '../../src/core/index/customerIndex';
import { MentionIndex } from '../../src/core/mentions/mentionIndex';
import type { CustomerNote } from '../../src/core/model';
import { note } from './helpers';

const MEETING = 'file:///ws/meetings/2026-12-01%20Steering.md';

/** How the mentions of a workspace with these customers match a wiki link's target, from `fromId`. */
function namedBy(notes: CustomerNote[], fromId = MEETING): NamedBy {
  const index = new CustomerIndex();
  index.replaceAll(notes);
  const mentions = new MentionIndex(index, (id) => (id.startsWith('file:///ws/') ? 'file:///ws' : ''));
  return (target) => mentions.customerNamed(target, fromId);
}

describe('customerLink', () => {
  it('links a customer by the file name of its note, as the mentions match it', () => {
    const acme = note({ id: 'file:///ws/customers/acme-logistics.md', name: 'Acme Logistics', aliases: ['Acme'] });
    const laura = note({ id: 'file:///ws/customers/emea/Laura%20Bennett.md', name: 'Laura Bennett' });
    const names = namedBy([acme, laura]);
    assert.equal(wikiTargetOf(acme, names), 'acme-logistics');
    assert.equal(customerLink(acme, MEETING, names), '[[acme-logistics]]');
    assert.equal(customerLink(laura, MEETING, names), '[[Laura Bennett]]');
  });

  it('adds the folders where two customer notes share a file name', () => {
    const home = note({ id: 'file:///ws/customers/acme.md', name: 'Acme' });
    const emea = note({ id: 'file:///ws/customers/emea/acme.md', name: 'Acme EMEA' });
    const names = namedBy([home, emea]);
    assert.equal(customerLink(emea, MEETING, names), '[[emea/acme]]');
    assert.equal(customerLink(home, MEETING, names), '[[customers/acme]]');
  });

  it('falls back to the name or an alias when the file name cannot stand in a wiki link', () => {
    const byName = note({ id: 'file:///ws/customers/C%23%20guild.md', name: 'Developer guild' });
    const byAlias = note({ id: 'file:///ws/customers/a%7Cb.md', name: 'A|B', aliases: ['[x]', 'AB team'] });
    const report = note({ id: 'file:///ws/customers/report.pdf.md', name: 'Reporting' });
    const names = namedBy([byName, byAlias, report]);
    assert.equal(customerLink(byName, MEETING, names), '[[Developer guild]]');
    assert.equal(customerLink(byAlias, MEETING, names), '[[AB team]]');
    assert.equal(customerLink(report, MEETING, names), '[[Reporting]]', '[[report.pdf]] would name a file, not a note');
  });

  it('never links by a name another customer answers to as well', () => {
    const one = note({ id: 'file:///ws/customers/x%23one.md', name: 'Twin' });
    const two = note({ id: 'file:///ws/customers/x%23two.md', name: 'Twin', aliases: ['Second twin'] });
    const names = namedBy([one, two]);
    assert.equal(customerLink(two, MEETING, names), '[[Second twin]]');
    assert.equal(customerLink(one, MEETING, names), '[Twin](../customers/x%23one.md)');
  });

  it('writes a relative Markdown link when no wiki link can name the customer', () => {
    const guild = note({ id: 'file:///ws/customers/C%23%20(guild).md', name: 'C# [guild]' });
    const names = namedBy([guild]);
    assert.equal(wikiTargetOf(guild, names), undefined);
    assert.equal(customerLink(guild, MEETING, names), '[C# \\[guild\\]](../customers/C%23%20%28guild%29.md)');
    assert.equal(customerLink(guild, 'vscode-vfs://github/o/r/meetings/x.md', names), 'C# \\[guild\\]', 'no path leads across schemes');
  });

  it('names no customer of another workspace folder by a wiki link', () => {
    const other = note({ id: 'file:///other/people/plant-manager.md', name: 'Plant Manager' });
    assert.equal(customerLink(other, MEETING, namedBy([other])), '[Plant Manager](../../other/people/plant-manager.md)');
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
