import * as assert from 'node:assert/strict';
import { countOverdue, customerRows, daysShown, groupRows, notesByName, type GroupName, type ListOptions } from '../../src/core/today/customerList';
import type { ContactState, CustomerNote } from '../../src/core/model';
import { DAYS_NOTES, LIST_NOTES, TODAY } from '../fixtures/notes/today';
import { day, note } from './helpers';

const OPTIONS: ListOptions = { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 };
const NOTES: CustomerNote[] = LIST_NOTES;
const names = (rows: readonly { note: CustomerNote }[]) => rows.map((r) => r.note.name);

describe('customerList', () => {
  describe('customerRows', () => {
    it('hides archived customers unless shown', () => {
      assert.equal(customerRows(NOTES, TODAY, OPTIONS).length, 5);
      const all = customerRows(NOTES, TODAY, { ...OPTIONS, showArchived: true });
      assert.equal(all.length, 6);
      assert.deepEqual(all.find((r) => r.note.name === 'Old archived')?.description, { state: 'archived', daysSince: 699 });
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
      const rows = customerRows([...NOTES, note({ name: 'Broken', brokenReason: { id: 'front-matter-unclosed' } })], TODAY, { ...OPTIONS, sortBy: 'name' });
      assert.deepEqual(rows.map((r) => [r.note.name, r.description]), [
        ['alpha never', { state: 'never', planned: undefined }],
        ['Beta overdue 3', { state: 'overdue', overdueDays: 3 }],
        ['Broken', { state: 'unknown' }],
        ['Delta soon', { state: 'due-soon', daysSince: 12, daysUntilDue: 2 }],
        ['Gamma overdue 17', { state: 'overdue', overdueDays: 17 }],
        ['zeta ok', { state: 'ok', daysSince: 11, cadenceDays: 30 }],
      ]);
    });
  });

  describe('groupRows', () => {
    const rows = customerRows(NOTES, TODAY, OPTIONS);
    const shape = (groupBy: Parameters<typeof groupRows>[1]) => groupRows(rows, groupBy).map((g) => [g.name, names(g.rows)]);
    const value = (v: string): GroupName => ({ kind: 'value', value: v });
    const missing = (groupBy: 'segment' | 'owner' | 'tag'): GroupName => ({ kind: 'missing', groupBy });
    const state = (s: ContactState): GroupName => ({ kind: 'state', state: s });

    it('puts everything in one unlabeled group for none', () => {
      assert.deepEqual(shape('none'), [[{ kind: 'all' }, names(rows)]]);
    });

    it('groups by segment, keeping the sort inside, customers without one last', () => {
      assert.deepEqual(shape('segment'), [
        [value('Finance'), ['Beta overdue 3', 'Delta soon']],
        [value('Operations'), ['Gamma overdue 17', 'zeta ok']],
        [missing('segment'), ['alpha never']],
      ]);
    });

    it('treats segments that differ only in case as one group, labelled as first seen', () => {
      const mixed = customerRows([note({ name: 'One', segment: 'Finance' }), note({ name: 'Two', segment: 'finance' })], TODAY, { ...OPTIONS, sortBy: 'name' });
      assert.deepEqual(groupRows(mixed, 'segment').map((g) => [g.name, names(g.rows)]), [[value('Finance'), ['One', 'Two']]]);
    });

    it('groups by owner, customers without one last', () => {
      assert.deepEqual(shape('owner'), [
        [value('Dana'), ['alpha never', 'zeta ok']],
        [value('Sam'), ['Beta overdue 3', 'Delta soon']],
        [missing('owner'), ['Gamma overdue 17']],
      ]);
    });

    it('groups by state in the fixed order overdue, never, due soon, in touch', () => {
      assert.deepEqual(shape('state'), [
        [state('overdue'), ['Gamma overdue 17', 'Beta overdue 3']],
        [state('never'), ['alpha never']],
        [state('due-soon'), ['Delta soon']],
        [state('ok'), ['zeta ok']],
      ]);
      const onlyOk = groupRows(customerRows([NOTES[0]], TODAY, OPTIONS), 'state');
      assert.deepEqual(onlyOk.map((g) => g.name), [state('ok')]);
    });

    it('groups by tag, a customer with two tags in both, each tag once', () => {
      assert.deepEqual(shape('tag'), [
        [value('erp'), ['Beta overdue 3', 'zeta ok']],
        [value('strategic'), ['Gamma overdue 17', 'Beta overdue 3']],
        [missing('tag'), ['alpha never', 'Delta soon']],
      ]);
    });

    it('returns no groups for no rows', () => {
      assert.deepEqual(groupRows([], 'segment'), []);
    });
  });

  describe('countOverdue and daysShown', () => {
    it('counts overdue customers, never archived ones', () => {
      assert.equal(countOverdue(customerRows(NOTES, TODAY, OPTIONS)), 2);
      assert.equal(countOverdue(customerRows(NOTES, TODAY, { ...OPTIONS, showArchived: true })), 2);
      assert.equal(countOverdue([]), 0);
    });

    it('shows days, never (a future date is not a contact), or unreadable', () => {
      const rows = customerRows(DAYS_NOTES, TODAY, { ...OPTIONS, sortBy: 'name' });
      assert.deepEqual(rows.map((r) => daysShown(r.summary)), [12, 'never', 'never', 'unreadable']);
    });

    it('never counts an unreadable note as overdue, whatever its defaults would say', () => {
      const broken = note({ name: 'broken', lastContacted: day(2025, 1, 1), brokenReason: { id: 'yaml-invalid', reason: 'bad indentation' } });
      assert.equal(countOverdue(customerRows([broken], TODAY, OPTIONS)), 0);
    });
  });
});

describe('notesByName', () => {
  it('orders every note by name, accents and case folded, archived ones last', () => {
    const notes = [
      note({ name: 'zeta' }), note({ name: 'Umbrella', status: 'archived' }), note({ name: 'Émile' }), note({ name: 'acme' }), note({ name: 'Broken', status: 'active', brokenReason: { id: 'file-binary' } }),
    ];
    assert.deepEqual(notesByName(notes).map((n) => n.name), ['acme', 'Broken', 'Émile', 'zeta', 'Umbrella']);
  });
});
