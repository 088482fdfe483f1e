import * as assert from 'node:assert/strict';
import { countOverdue, customerRows, groupRows, shortDays, type ListOptions } from '../../src/core/today/customerList';
import type { CustomerNote } from '../../src/core/reading/customerNote';
import { day, note } from './helpers';

const TODAY = day(2026, 12, 1);
const OPTIONS: ListOptions = { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 };

// Overdue by 17 (due 2026-11-14), overdue by 3 (due 11-28), never, due soon (due 12-03), ok (due 12-20), archived.
const NOTES: CustomerNote[] = [
  note({ name: 'zeta ok', lastContacted: day(2026, 11, 20), cadenceDays: 30, segment: 'Operations', owner: 'Dana', tags: ['erp'] }),
  note({ name: 'Beta overdue 3', lastContacted: day(2026, 11, 14), cadenceDays: 14, segment: 'Finance', owner: 'Sam', tags: ['erp', 'strategic'] }),
  note({ name: 'alpha never', owner: 'Dana' }),
  note({ name: 'Gamma overdue 17', lastContacted: day(2026, 10, 31), cadenceDays: 14, segment: 'Operations', tags: ['strategic', 'strategic'] }),
  note({ name: 'Delta soon', lastContacted: day(2026, 11, 19), cadenceDays: 14, segment: 'Finance', owner: 'Sam' }),
  note({ name: 'Old archived', lastContacted: day(2025, 1, 1), status: 'archived', segment: 'Finance', tags: ['erp'] }),
];
const names = (rows: readonly { note: CustomerNote }[]) => rows.map((r) => r.note.name);

describe('customerList', () => {
  describe('customerRows', () => {
    it('hides archived customers unless shown', () => {
      assert.equal(customerRows(NOTES, TODAY, OPTIONS).length, 5);
      const all = customerRows(NOTES, TODAY, { ...OPTIONS, showArchived: true });
      assert.equal(all.length, 6);
      assert.equal(all.find((r) => r.note.name === 'Old archived')?.description, 'archived · 699d');
    });

    it('puts archived customers last in every order, never overdue', () => {
      for (const sortBy of ['overdue', 'name', 'due'] as const) {
        const rows = customerRows(NOTES, TODAY, { ...OPTIONS, sortBy, showArchived: true });
        assert.equal(rows[rows.length - 1].note.name, 'Old archived', sortBy);
        assert.equal(rows[rows.length - 1].summary.state, 'archived');
      }
    });

    it('sorts most overdue first, then never, then by due date', () => {
      assert.deepEqual(names(customerRows(NOTES, TODAY, OPTIONS)), ['Gamma overdue 17', 'Beta overdue 3', 'alpha never', 'Delta soon', 'zeta ok']);
    });

    it('sorts by name, ignoring case', () => {
      assert.deepEqual(names(customerRows(NOTES, TODAY, { ...OPTIONS, sortBy: 'name' })), ['alpha never', 'Beta overdue 3', 'Delta soon', 'Gamma overdue 17', 'zeta ok']);
    });

    it('sorts by due date, customers without one last', () => {
      assert.deepEqual(names(customerRows(NOTES, TODAY, { ...OPTIONS, sortBy: 'due' })), ['Gamma overdue 17', 'Beta overdue 3', 'Delta soon', 'zeta ok', 'alpha never']);
    });

    it('describes each row, marking broken notes', () => {
      const rows = customerRows([...NOTES, note({ name: 'Broken', brokenReason: 'Front matter has no closing "---" line.' })], TODAY, { ...OPTIONS, sortBy: 'name' });
      assert.deepEqual(rows.map((r) => [r.note.name, r.description]), [
        ['alpha never', 'never contacted'],
        ['Beta overdue 3', '3d overdue'],
        ['Broken', '⚠'],
        ['Delta soon', '12d · due in 2d'],
        ['Gamma overdue 17', '17d overdue'],
        ['zeta ok', '11d · every 30d'],
      ]);
    });
  });

  describe('groupRows', () => {
    const rows = customerRows(NOTES, TODAY, OPTIONS);
    const shape = (groupBy: Parameters<typeof groupRows>[1]) => groupRows(rows, groupBy).map((g) => [g.label, names(g.rows)]);

    it('puts everything in one unlabeled group for none', () => {
      assert.deepEqual(shape('none'), [['', names(rows)]]);
    });

    it('groups by segment, keeping the sort inside, "(no segment)" last', () => {
      assert.deepEqual(shape('segment'), [
        ['Finance', ['Beta overdue 3', 'Delta soon']],
        ['Operations', ['Gamma overdue 17', 'zeta ok']],
        ['(no segment)', ['alpha never']],
      ]);
    });

    it('treats segments that differ only in case as one group, labelled as first seen', () => {
      const mixed = customerRows([note({ name: 'One', segment: 'Finance' }), note({ name: 'Two', segment: 'finance' })], TODAY, { ...OPTIONS, sortBy: 'name' });
      assert.deepEqual(groupRows(mixed, 'segment').map((g) => [g.label, names(g.rows)]), [['Finance', ['One', 'Two']]]);
    });

    it('groups by owner, "(no owner)" last', () => {
      assert.deepEqual(shape('owner'), [
        ['Dana', ['alpha never', 'zeta ok']],
        ['Sam', ['Beta overdue 3', 'Delta soon']],
        ['(no owner)', ['Gamma overdue 17']],
      ]);
    });

    it('groups by state in the fixed order overdue, never, due soon, in touch', () => {
      assert.deepEqual(shape('state'), [
        ['Overdue', ['Gamma overdue 17', 'Beta overdue 3']],
        ['Never contacted', ['alpha never']],
        ['Due soon', ['Delta soon']],
        ['In touch', ['zeta ok']],
      ]);
      const onlyOk = groupRows(customerRows([NOTES[0]], TODAY, OPTIONS), 'state');
      assert.deepEqual(onlyOk.map((g) => g.label), ['In touch']);
    });

    it('groups by tag, a customer with two tags in both, each tag once', () => {
      assert.deepEqual(shape('tag'), [
        ['erp', ['Beta overdue 3', 'zeta ok']],
        ['strategic', ['Gamma overdue 17', 'Beta overdue 3']],
        ['(no tag)', ['alpha never', 'Delta soon']],
      ]);
    });

    it('returns no groups for no rows', () => {
      assert.deepEqual(groupRows([], 'segment'), []);
    });
  });

  describe('countOverdue and shortDays', () => {
    it('counts overdue customers, never archived ones', () => {
      assert.equal(countOverdue(customerRows(NOTES, TODAY, OPTIONS)), 2);
      assert.equal(countOverdue(customerRows(NOTES, TODAY, { ...OPTIONS, showArchived: true })), 2);
      assert.equal(countOverdue([]), 0);
    });

    it('shows days, never (a future date is not a contact), or unreadable', () => {
      const rows = customerRows([
        note({ name: 'a', lastContacted: day(2026, 11, 19) }),
        note({ name: 'b' }),
        note({ name: 'c', lastContacted: day(2026, 12, 4) }),
        note({ name: 'd', lastContacted: day(2026, 11, 19), brokenReason: 'Front matter has no closing "---" line.' }),
      ], TODAY, { ...OPTIONS, sortBy: 'name' });
      assert.deepEqual(rows.map((r) => shortDays(r.summary)), ['12d', 'never', 'never', 'unreadable']);
    });

    it('never counts an unreadable note as overdue, whatever its defaults would say', () => {
      const broken = note({ name: 'broken', lastContacted: day(2025, 1, 1), brokenReason: 'Front matter is not valid YAML: bad indentation.' });
      assert.equal(countOverdue(customerRows([broken], TODAY, OPTIONS)), 0);
    });
  });
});
