import * as assert from 'node:assert/strict';
import { customerRows, type CustomerRow, type DaysShown } from '../../src/core/today/customerList';
import { statusForCustomer, statusOverall, type StatusFocus, type TooltipRow } from '../../src/core/today/statusModel';
import { upcomingDates } from '../../src/core/today/upcomingDates';
import { ACME, ARCHIVED, GLOBEX, HOOLI, INITECH, NEVER, PROMISES, TODAY } from '../fixtures/notes/today';
import { day, note } from './helpers';

const rowsOf = (notes: Parameters<typeof customerRows>[0], showArchived = false): CustomerRow[] =>
  customerRows(notes, TODAY, { sortBy: 'overdue', showArchived, dueSoonDays: 3 });

const customer = (name: string, days: DaysShown): StatusFocus => ({ kind: 'customer', name, days });
const overall = (overdue: number, top?: { name: string; days: DaysShown }): StatusFocus => ({ kind: 'overall', overdue, top });
const row = (name: string, state: TooltipRow['state'], days: TooltipRow['days'], overdueDays?: number, latePromises = 0): TooltipRow => ({ name, state, days, overdueDays, latePromises });

describe('statusModel', () => {
  describe('statusForCustomer', () => {
    it('shows the customer and its days since contact', () => {
      const rows = rowsOf([ACME, GLOBEX]);
      const acme = rows.find((r) => r.note === ACME)!;
      const view = statusForCustomer(acme, rows, TODAY);
      assert.deepEqual(view.focus, customer('Acme Logistics', 12));
      assert.equal(view.warning, false);
      const globex = statusForCustomer(rows.find((r) => r.note === GLOBEX)!, rows, TODAY);
      assert.deepEqual(globex.focus, customer('Globex', 42));
      assert.equal(globex.warning, true);
    });

    it('says never when nothing has happened yet, a future date included, and unreadable for a broken note', () => {
      const rows = rowsOf([NEVER, note({ name: 'Future', lastContacted: day(2026, 12, 4) }), note({ name: 'Broken', brokenReason: { id: 'yaml-invalid', reason: 'x' }, lastContacted: day(2025, 1, 1) })]);
      assert.deepEqual(statusForCustomer(rows.find((r) => r.note === NEVER)!, rows, TODAY).focus, customer('Soylent', 'never'));
      assert.deepEqual(statusForCustomer(rows.find((r) => r.note.name === 'Future')!, rows, TODAY).focus, customer('Future', 'never'));
      const broken = statusForCustomer(rows.find((r) => r.note.name === 'Broken')!, rows, TODAY);
      assert.deepEqual(broken.focus, customer('Broken', 'unreadable'));
      assert.equal(broken.warning, false);
      // Never the most urgent customer, never overdue from defaults.
      assert.deepEqual(statusOverall(rows, TODAY).focus, overall(0, { name: 'Future', days: 'never' }));
    });

    it('hands the view names as written, long ones and $( included (the view escapes and truncates)', () => {
      const rows = rowsOf([note({ name: '$(alert) Boss', lastContacted: day(2026, 11, 30) }), note({ name: 'A very long customer name that goes on and on', lastContacted: day(2026, 11, 30) })]);
      assert.deepEqual(statusForCustomer(rows.find((r) => r.note.name === '$(alert) Boss')!, rows, TODAY).focus, customer('$(alert) Boss', 1));
      assert.deepEqual(statusForCustomer(rows.find((r) => r.note.name.startsWith('A very'))!, rows, TODAY).focus, customer('A very long customer name that goes on and on', 1));
    });
  });

  describe('statusOverall', () => {
    it('counts overdue customers and names the most overdue', () => {
      const view = statusOverall(rowsOf([ACME, INITECH, GLOBEX, HOOLI, NEVER]), TODAY);
      assert.deepEqual(view.focus, overall(3, { name: 'Globex', days: 42 }));
      assert.equal(view.warning, true);
    });

    it('shows the most urgent customer even when none is overdue', () => {
      const view = statusOverall(rowsOf([ACME, NEVER]), TODAY);
      assert.deepEqual(view.focus, overall(0, { name: 'Soylent', days: 'never' }));
      assert.equal(view.warning, false);
    });

    it('shows just the count with no customers', () => {
      const view = statusOverall([], TODAY);
      assert.deepEqual(view.focus, overall(0));
      assert.equal(view.warning, false);
      assert.deepEqual(view.tooltip, { today: TODAY, rows: [], more: 0, noCustomers: true, upcoming: [], upcomingMore: 0 });
    });

    it('leaves archived customers out of the count, the top and the tooltip, even when shown', () => {
      const rows = rowsOf([ARCHIVED, ACME], true);
      assert.equal(rows[rows.length - 1].note, ARCHIVED, 'archived comes last, even sorted most overdue first');
      const view = statusOverall(rows, TODAY);
      assert.deepEqual(view.focus, overall(0, { name: 'Acme Logistics', days: 12 }));
      assert.deepEqual(view.tooltip.rows.map((r) => r.name), ['Acme Logistics']);
    });

    it('names the most overdue as written, $( included', () => {
      const view = statusOverall(rowsOf([note({ name: '$(alert) Boss', lastContacted: day(2026, 10, 1) })]), TODAY);
      assert.deepEqual(view.focus, overall(1, { name: '$(alert) Boss', days: 61 }));
    });
  });

  describe('tooltip', () => {
    it('lists every customer with state, days and overdue days', () => {
      const view = statusOverall(rowsOf([ACME, GLOBEX, NEVER, note({ name: 'Soon', lastContacted: day(2026, 11, 19), cadenceDays: 14 })]), TODAY);
      assert.deepEqual(view.tooltip, {
        today: TODAY,
        rows: [row('Globex', 'overdue', 42, 28), row('Soylent', 'never', 'never'), row('Soon', 'due-soon', 12), row('Acme Logistics', 'ok', 12)],
        more: 0,
        noCustomers: false,
        upcoming: [],
        upcomingMore: 0,
      });
    });

    it('is the same list in a customer note and elsewhere, with names as written', () => {
      const evil = note({ name: '[x](command:foo) <img src=x onerror=alert(1)> $(alert) *b*\nline', lastContacted: day(2026, 11, 30) });
      const view = statusOverall(rowsOf([evil]), TODAY);
      assert.deepEqual(view.tooltip.rows, [row(evil.name, 'ok', 1)]);
      assert.deepEqual(statusForCustomer(rowsOf([evil])[0], rowsOf([evil]), TODAY).tooltip, view.tooltip);
    });

    it('shows the 25 most urgent customers and counts the rest', () => {
      const many = Array.from({ length: 30 }, (_, i) => note({ name: `C${i}`, lastContacted: day(2026, 11, 30) }));
      const view = statusOverall(rowsOf(many), TODAY);
      assert.equal(view.tooltip.rows.length, 25);
      assert.equal(view.tooltip.more, 5);
    });
  });
});

describe('statusModel important dates', () => {
  it('lists the dates coming up across customers, soonest first, ten at most, and counts the rest', () => {
    const dated = Array.from({ length: 12 }, (_, i) => note({ name: `D${i}`, lastContacted: day(2026, 11, 30), dates: [{ label: 'renewal', month: 12, day: 12 - i, year: 2026, yearly: false }] }));
    const rows = rowsOf(dated);
    const view = statusOverall(rows, TODAY, upcomingDates(dated, TODAY, 14));
    assert.deepEqual(view.tooltip.upcoming.slice(0, 2), [
      { name: 'D11', label: 'renewal', date: day(2026, 12, 1), daysUntil: 0 },
      { name: 'D10', label: 'renewal', date: day(2026, 12, 2), daysUntil: 1 },
    ]);
    assert.equal(view.tooltip.upcoming.length, 10);
    assert.equal(view.tooltip.upcomingMore, 2);
    assert.deepEqual(statusForCustomer(rows[0], rows, TODAY, upcomingDates(dated, TODAY, 14)).tooltip, view.tooltip, 'the same in a customer note');
  });
});

describe('statusModel promises', () => {
  it('counts promises past due in the tooltip, not kept or future ones', () => {
    const rows = rowsOf([note({ name: 'Acme', lastContacted: day(2026, 11, 30), commitments: PROMISES })]);
    assert.deepEqual(statusOverall(rows, TODAY).tooltip.rows, [row('Acme', 'ok', 1, undefined, 2)]);
  });
});
