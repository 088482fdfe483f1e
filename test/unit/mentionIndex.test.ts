// Links matched to customers, and the mentions joined into the customer index, one note at a time.
import * as assert from 'node:assert/strict';
import { CustomerIndex } from '../../src/core/index/customerIndex';
import { MentionIndex } from '../../src/core/mentions/mentionIndex';
import type { CustomerNote, LinkingNote, LinkMessage, NoteLink } from '../../src/core/model';
import { day, note } from './helpers';

const WS = 'file:///ws';
const OTHER = 'file:///other';
const folderOf = (id: string) => [WS, OTHER].find((f) => id.startsWith(`${f}/`)) ?? '';

const acme = note({ id: `${WS}/customers/acme.md`, name: 'Acme Logistics', aliases: ['ACME Corp'] });
const laura = note({ id: `${WS}/customers/laura-bennett.md`, name: 'Laura Bennett' });
const lauraChen = note({ id: `${WS}/customers/people/laura-chen.md`, name: 'Laura Chen', aliases: ['Laura'] });
const lauraCruz = note({ id: `${WS}/customers/people/laura-cruz.md`, name: 'Laura Cruz', aliases: ['Laura'] });
const lauraB = note({ id: `${WS}/customers/emea/laura.md`, name: 'Laura B.' });

let line = 0;
function link(target: string, extra: Partial<NoteLink> = {}): NoteLink {
  return { target, kind: 'name', line: line++, column: 0, length: target.length + 4, date: day(2026, 11, 20), ...extra };
}
const linking = (path: string, links: NoteLink[], title = path): LinkingNote => ({ id: `${WS}/${path}`, title, links });

function setUp(customers: CustomerNote[] = [acme, laura]) {
  const index = new CustomerIndex();
  index.replaceAll(customers);
  const mentions = new MentionIndex(index, folderOf);
  const events: string[][] = [];
  index.onDidChange((ids) => events.push([...ids]));
  return { index, mentions, events };
}
const count = (index: CustomerIndex, id: string) => index.get(id)!.mentions.length;
const problems = (mentions: MentionIndex, path: string): LinkMessage[] => mentions.problemsOf(`${WS}/${path}`).map((p) => p.message);

describe('mentions', () => {
  describe('matching a link to a customer', () => {
    it('by file name, by name and by alias, with accents, case and spaces folded', () => {
      const { index, mentions } = setUp();
      mentions.set(linking('meetings/a.md', [
        link('acme'), link('acme logistics', { date: day(2026, 11, 21) }), link('Acmé  corp', { date: day(2026, 11, 22) }), link('LAURA-BENNETT'),
      ]));
      assert.equal(count(index, acme.id), 3);
      assert.equal(count(index, laura.id), 1);
      assert.deepEqual(problems(mentions, 'meetings/a.md'), []);
    });

    it('by a relative path, case-insensitively, and by a path-like wiki link', () => {
      const { index, mentions } = setUp();
      mentions.set(linking('meetings/a.md', [link('/ws/Customers/ACME.md', { kind: 'path' }), link('customers/laura-bennett')]));
      assert.equal(count(index, acme.id), 1);
      assert.equal(count(index, laura.id), 1);
    });

    it('reports a name two customers answer to, and counts it for neither', () => {
      const { index, mentions } = setUp([acme, lauraChen, lauraCruz]);
      mentions.set(linking('meetings/a.md', [link('Laura')]));
      assert.equal(count(index, lauraChen.id) + count(index, lauraCruz.id), 0);
      assert.deepEqual(problems(mentions, 'meetings/a.md'), [{ id: 'link-ambiguous', target: 'Laura', names: ['Laura Chen', 'Laura Cruz'] }]);
    });

    it('lets a file name win over another customer\'s alias, as wiki tools resolve it', () => {
      const { index, mentions } = setUp([lauraChen, lauraB]);
      mentions.set(linking('meetings/a.md', [link('laura')]));
      assert.equal(count(index, lauraB.id), 1);
      assert.equal(count(index, lauraChen.id), 0);
    });

    it('narrows two notes of one file name by the folder the link names', () => {
      const other = note({ id: `${WS}/customers/apac/laura.md`, name: 'Laura A.' });
      const { index, mentions } = setUp([lauraB, other]);
      mentions.set(linking('meetings/a.md', [link('emea/laura'), link('laura', { date: day(2026, 11, 21) })]));
      assert.equal(count(index, lauraB.id), 1);
      assert.equal(count(index, other.id), 0);
      assert.deepEqual(problems(mentions, 'meetings/a.md').map((p) => p.id), ['link-ambiguous']);
    });

    it('never matches a customer of another workspace folder', () => {
      const elsewhere = note({ id: `${OTHER}/customers/acme.md`, name: 'Acme Logistics' });
      const { index, mentions } = setUp([elsewhere]);
      mentions.set(linking('meetings/a.md', [link('acme')]));
      assert.equal(count(index, elsewhere.id), 0);
    });

    it('does not count a customer note linking to itself', () => {
      const { index, mentions } = setUp();
      mentions.set({ id: acme.id, title: 'Acme', links: [link('acme'), link('laura-bennett')] });
      assert.equal(count(index, acme.id), 0);
      assert.equal(count(index, laura.id), 1, 'a customer note mentioning another customer counts for that one');
    });

    it('makes one mention of two links in one section, and one per dated section', () => {
      const { index, mentions } = setUp();
      mentions.set(linking('journal/nov.md', [
        link('acme', { headingLine: 3 }), link('Acme Logistics', { headingLine: 3 }),
        link('acme', { headingLine: 9, date: day(2026, 11, 20), minutes: 30 }),
        link('acme', { date: undefined }), link('acme', { date: undefined }),
      ]));
      assert.deepEqual(index.get(acme.id)!.mentions.map((m) => [m.headingLine, m.date && m.date.day]), [[3, 20], [9, 20], [undefined, undefined]]);
    });
  });

  describe('links that name no customer', () => {
    it('reports a wiki link no note answers to, and stops once the note exists', () => {
      const { mentions } = setUp();
      mentions.set(linking('meetings/a.md', [link('project-x')]));
      assert.deepEqual(problems(mentions, 'meetings/a.md'), [{ id: 'link-unresolved', target: 'project-x' }]);
      mentions.set(linking('projects/Project-X.md', []));
      assert.deepEqual(problems(mentions, 'meetings/a.md'), []);
      mentions.delete(`${WS}/projects/Project-X.md`);
      assert.deepEqual(problems(mentions, 'meetings/a.md'), [{ id: 'link-unresolved', target: 'project-x' }]);
    });

    it('reports a relative link to a note that does not exist, not one to a note that does', () => {
      const { mentions } = setUp();
      mentions.set(linking('projects/plan.md', []));
      mentions.set(linking('meetings/a.md', [link('/ws/customers/gone.md', { kind: 'path' }), link('/ws/projects/plan.md', { kind: 'path' })]));
      assert.deepEqual(problems(mentions, 'meetings/a.md'), [{ id: 'link-unresolved', target: '/ws/customers/gone.md' }]);
    });

    it('reports a customers: entry that names no customer, even when another note has that name', () => {
      const { mentions } = setUp();
      mentions.set(linking('projects/plan.md', []));
      mentions.set(linking('meetings/a.md', [link('plan', { fromFrontMatter: true }), link('acme', { fromFrontMatter: true })]));
      assert.deepEqual(problems(mentions, 'meetings/a.md'), [{ id: 'customer-unknown', target: 'plan' }]);
    });
  });

  describe('following changes one note at a time', () => {
    it('re-joins only the customers a changed note mentioned or mentions', () => {
      const globex = note({ id: `${WS}/customers/globex.md`, name: 'Globex' });
      const { index, mentions, events } = setUp([acme, laura, globex]);
      mentions.set(linking('meetings/a.md', [link('acme')]));
      assert.deepEqual(events, [[acme.id]]);
      events.length = 0;
      const toLaura = link('laura-bennett');
      mentions.set(linking('meetings/a.md', [toLaura]));
      assert.deepEqual(events.flat().sort(), [acme.id, laura.id].sort());
      events.length = 0;
      mentions.set(linking('meetings/a.md', [toLaura], 'Renamed title'));
      assert.deepEqual(events, [[laura.id]], 'a new title is shown in the tree: the customer is told');
      events.length = 0;
      mentions.set(linking('meetings/a.md', [{ ...toLaura }], 'Renamed title'));
      assert.deepEqual(events, [], 'the same links again change nothing');
      mentions.delete(`${WS}/meetings/a.md`);
      assert.deepEqual(events, [[laura.id]]);
      assert.equal(count(index, laura.id), 0);
      assert.equal(count(index, globex.id), 0);
    });

    it('matches only the changed note when joining its mentions into customers already indexed', () => {
      const { mentions } = setUp();
      mentions.set(linking('meetings/a.md', [link('laura-bennett')]));
      const told: string[][] = [];
      mentions.onDidChange((ids) => told.push([...ids]));
      mentions.set(linking('meetings/b.md', [link('acme')]));
      assert.deepEqual(told, [[`${WS}/meetings/b.md`]], 'joining a mention changes no name a link matches: no other note is matched again');
    });

    it('keeps the mentions when a customer note is read again, and joins them into a note added later', () => {
      const { index, mentions } = setUp([acme]);
      mentions.set(linking('meetings/a.md', [link('acme'), link('laura-bennett')]));
      assert.deepEqual(problems(mentions, 'meetings/a.md').map((p) => p.id), ['link-unresolved']);
      index.set({ ...acme, cadenceDays: 7 });
      assert.equal(count(index, acme.id), 1);
      index.set(laura);
      assert.equal(count(index, laura.id), 1);
      assert.deepEqual(problems(mentions, 'meetings/a.md'), []);
    });

    it('after a customer note is renamed, links by name still count and links by the old file name are reported', () => {
      const { index, mentions } = setUp();
      mentions.set(linking('meetings/a.md', [link('Acme Logistics'), link('acme', { date: day(2026, 11, 21) })]));
      assert.equal(count(index, acme.id), 2);
      const renamed = { ...acme, id: `${WS}/customers/acme-logistics.md` };
      index.batch(() => {
        index.delete(acme.id);
        index.set(renamed);
      });
      assert.equal(count(index, renamed.id), 1);
      assert.deepEqual(problems(mentions, 'meetings/a.md'), [{ id: 'link-unresolved', target: 'acme' }]);
    });

    it('matches again when a customer gains an alias', () => {
      const { index, mentions } = setUp();
      mentions.set(linking('meetings/a.md', [link('Laura B')]));
      assert.equal(count(index, laura.id), 0);
      index.set({ ...laura, aliases: ['Laura B'] });
      assert.equal(count(index, laura.id), 1);
    });

    it('places the line of a customers: entry only when it is asked for', () => {
      let reads = 0;
      const entry = Object.defineProperty(link('acme', { fromFrontMatter: true }), 'line', { get: () => ++reads, enumerable: true });
      const { index, mentions } = setUp();
      mentions.set(linking('meetings/a.md', [entry]));
      assert.equal(reads, 0, 'matched and joined without its line');
      assert.equal(index.get(acme.id)!.mentions[0].line, 1);
    });

    it('keeps a lazy field of the note lazy when joining mentions', () => {
      let reads = 0;
      const lazy = Object.defineProperty({ ...acme }, 'lastContactedLine', { get: () => ++reads, enumerable: true }) as CustomerNote;
      const { index, mentions } = setUp([lazy]);
      mentions.set(linking('meetings/a.md', [link('acme')]));
      assert.equal(reads, 0);
      assert.equal(index.get(acme.id)!.lastContactedLine, 1);
    });
  });

  describe('many notes at once', () => {
    it('matches and joins them in pieces, giving the host turns, and is whole once settled', async () => {
      const customers = Array.from({ length: 1_500 }, (_, i) => note({ id: `${WS}/customers/c${i}.md`, name: `Customer ${i}` }));
      const { index, mentions } = setUp(customers);
      const notes = Array.from({ length: 3_000 }, (_, i) => linking(`meetings/m${i}.md`, [link(`c${i % 1_500}`), link('nobody')]));
      // Another task of the host, asking for a turn again and again while the notes are matched.
      let turns = 0;
      let settled = false;
      const turn = () => {
        turns++;
        if (!settled) setImmediate(turn);
      };
      setImmediate(turn);
      mentions.replaceAll(notes);
      assert.equal(count(index, customers[1_499].id), 0, 'not all joined in the one call');
      await mentions.settled();
      settled = true;
      assert.ok(turns >= 2, `the host had turns while they were matched (${turns})`);
      assert.ok(customers.every((c) => count(index, c.id) === 2), 'every mention joined once settled');
      assert.deepEqual(problems(mentions, 'meetings/m2999.md'), [{ id: 'link-unresolved', target: 'nobody' }]);
    });

    it('takes notes changed while the pieces run into the same work', async () => {
      const customers = Array.from({ length: 600 }, (_, i) => note({ id: `${WS}/customers/c${i}.md`, name: `Customer ${i}` }));
      const { index, mentions } = setUp(customers);
      mentions.replaceAll(Array.from({ length: 1_200 }, (_, i) => linking(`meetings/m${i}.md`, [link(`c${i % 600}`)])));
      mentions.set(linking('meetings/m0.md', [link('c1')]));
      mentions.delete(`${WS}/meetings/m1.md`);
      await mentions.settled();
      assert.equal(count(index, customers[0].id), 1, 'm0 now links to c1, m600 still to c0');
      assert.equal(count(index, customers[1].id), 2, 'm0 and m601; m1 deleted');
    });

    it('learns 1,000 customers arriving at once in pieces, and a link resolved meanwhile already knows them all', async () => {
      const { index, mentions } = setUp([]);
      mentions.replaceAll([linking('meetings/a.md', [link('c999')])]);
      const customers = Array.from({ length: 1_000 }, (_, i) => note({ id: `${WS}/customers/c${i}.md`, name: `Customer ${i}` }));
      index.replaceAll(customers);
      assert.deepEqual(mentions.resolveName('Customer 998', `${WS}/meetings/a.md`), { kind: 'customer', id: customers[998].id });
      await mentions.settled();
      assert.equal(count(index, customers[999].id), 1);
      assert.deepEqual(problems(mentions, 'meetings/a.md'), []);
    });

    it('keeps the customers a name was ambiguous between in a resolution handed out, when a third arrives', () => {
      const { index, mentions } = setUp([lauraChen, lauraCruz]);
      const before = mentions.resolveName('Laura', `${WS}/meetings/a.md`);
      index.set(note({ id: `${WS}/customers/laura-diaz.md`, name: 'Laura Diaz', aliases: ['Laura'] }));
      assert.equal(before.kind === 'ambiguous' && before.ids.length, 2);
      const after = mentions.resolveName('Laura', `${WS}/meetings/a.md`);
      assert.equal(after.kind === 'ambiguous' && after.ids.length, 3);
      index.delete(lauraCruz.id);
      const fewer = mentions.resolveName('Laura', `${WS}/meetings/a.md`);
      assert.deepEqual(fewer.kind === 'ambiguous' && [...fewer.ids].sort(), [lauraChen.id, `${WS}/customers/laura-diaz.md`].sort());
    });
  });
});
