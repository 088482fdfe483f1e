import * as assert from 'node:assert/strict';
import { customerRows, type CustomerRow } from '../../src/core/today/customerList';
import { statusForCustomer, statusOverall } from '../../src/core/today/statusText';
import { day, note } from './helpers';

const TODAY = day(2026, 12, 1);
const rowsOf = (notes: Parameters<typeof customerRows>[0], showArchived = false): CustomerRow[] =>
  customerRows(notes, TODAY, { sortBy: 'overdue', showArchived, dueSoonDays: 3 });

const ACME = note({ name: 'Acme Logistics', lastContacted: day(2026, 11, 19), cadenceDays: 30 }); // 12d, ok
const GLOBEX = note({ name: 'Globex', lastContacted: day(2026, 10, 20), cadenceDays: 14 }); // 42d, overdue 28
const HOOLI = note({ name: 'Hooli', lastContacted: day(2026, 11, 1), cadenceDays: 14 }); // 30d, overdue 16
const INITECH = note({ name: 'Initech', lastContacted: day(2026, 11, 10), cadenceDays: 14 }); // 21d, overdue 7
const NEVER = note({ name: 'Soylent' });
const ARCHIVED = note({ name: 'Umbrella', status: 'archived', lastContacted: day(2024, 1, 1) });

describe('statusText', () => {
  describe('statusForCustomer', () => {
    it('shows the customer and its days since contact', () => {
      const rows = rowsOf([ACME, GLOBEX]);
      const acme = rows.find((r) => r.note === ACME)!;
      const view = statusForCustomer(acme, rows, TODAY);
      assert.equal(view.text, '$(person) Acme Logistics · 12d');
      assert.equal(view.warning, false);
      const globex = statusForCustomer(rows.find((r) => r.note === GLOBEX)!, rows, TODAY);
      assert.equal(globex.text, '$(person) Globex · 42d');
      assert.equal(globex.warning, true);
    });

    it('says never when nothing has happened yet, a future date included, and unreadable for a broken note', () => {
      const rows = rowsOf([NEVER, note({ name: 'Future', lastContacted: day(2026, 12, 4) }), note({ name: 'Broken', brokenReason: 'x', lastContacted: day(2025, 1, 1) })]);
      assert.equal(statusForCustomer(rows.find((r) => r.note === NEVER)!, rows, TODAY).text, '$(person) Soylent · never');
      assert.equal(statusForCustomer(rows.find((r) => r.note.name === 'Future')!, rows, TODAY).text, '$(person) Future · never');
      const broken = statusForCustomer(rows.find((r) => r.note.name === 'Broken')!, rows, TODAY);
      assert.equal(broken.text, '$(person) Broken · unreadable');
      assert.equal(broken.warning, false);
      // Never the most urgent customer, never overdue from defaults.
      assert.equal(statusOverall(rows, TODAY).text, '$(organization) 0 overdue · Future never');
    });

    it('escapes $( in names and truncates long names', () => {
      const rows = rowsOf([note({ name: '$(alert) Boss', lastContacted: day(2026, 11, 30) }), note({ name: 'A very long customer name that goes on and on', lastContacted: day(2026, 11, 30) })]);
      assert.equal(statusForCustomer(rows.find((r) => r.note.name === '$(alert) Boss')!, rows, TODAY).text, '$(person) \\$(alert) Boss · 1d');
      assert.equal(statusForCustomer(rows.find((r) => r.note.name.startsWith('A very'))!, rows, TODAY).text, '$(person) A very long customer name t… · 1d');
    });
  });

  describe('statusOverall', () => {
    it('counts overdue customers and names the most overdue', () => {
      const view = statusOverall(rowsOf([ACME, INITECH, GLOBEX, HOOLI, NEVER]), TODAY);
      assert.equal(view.text, '$(organization) 3 overdue · Globex 42d');
      assert.equal(view.warning, true);
    });

    it('shows the most urgent customer even when none is overdue', () => {
      const view = statusOverall(rowsOf([ACME, NEVER]), TODAY);
      assert.equal(view.text, '$(organization) 0 overdue · Soylent never');
      assert.equal(view.warning, false);
    });

    it('shows just the count with no customers', () => {
      const view = statusOverall([], TODAY);
      assert.equal(view.text, '$(organization) 0 overdue');
      assert.equal(view.warning, false);
      assert.equal(view.tooltip, '**Rapport** · days since last contact, 2026-12-01\n\nNo customer notes yet.\n\nClick to open a customer, most overdue first.');
    });

    it('leaves archived customers out of the count, the top and the tooltip, even when shown', () => {
      const rows = rowsOf([ARCHIVED, ACME], true);
      assert.equal(rows[rows.length - 1].note, ARCHIVED, 'archived comes last, even sorted most overdue first');
      const view = statusOverall(rows, TODAY);
      assert.equal(view.text, '$(organization) 0 overdue · Acme Logistics 12d');
      assert.equal(view.tooltip.includes('Umbrella'), false);
    });

    it('escapes $( in the most overdue name', () => {
      const view = statusOverall(rowsOf([note({ name: '$(alert) Boss', lastContacted: day(2026, 10, 1) })]), TODAY);
      assert.equal(view.text, '$(organization) 1 overdue · \\$(alert) Boss 61d');
    });
  });

  describe('tooltip', () => {
    it('lists every customer with state icon, days and overdue days', () => {
      const view = statusOverall(rowsOf([ACME, GLOBEX, NEVER, note({ name: 'Soon', lastContacted: day(2026, 11, 19), cadenceDays: 14 })]), TODAY);
      assert.equal(view.tooltip, [
        '**Rapport** · days since last contact, 2026-12-01',
        '',
        '- $(warning) Globex: 42d (28d overdue)',
        '- $(circle-slash) Soylent: never',
        '- $(clock) Soon: 12d',
        '- $(check) Acme Logistics: 12d',
        '',
        'Click to open a customer, most overdue first.',
      ].join('\n'));
    });

    it('escapes command links, HTML and icons from names', () => {
      const evil = note({ name: '[x](command:foo) <img src=x onerror=alert(1)> $(alert) *b*\nline', lastContacted: day(2026, 11, 30) });
      const view = statusOverall(rowsOf([evil]), TODAY);
      const line = view.tooltip.split('\n')[2];
      assert.equal(line, '- $(check) \\[x\\]\\(command\\:foo\\) \\<img src=x onerror=alert\\(1\\)\\> \\$\\(alert\\) \\*b\\* line: 1d');
      assert.equal(view.tooltip.includes('](command:'), false);
      assert.equal(/(^|[^\\])</.test(view.tooltip), false, 'no unescaped <');
      assert.equal(/(^|[^\\])\$\(alert/.test(view.tooltip), false);
      const forCustomer = statusForCustomer(rowsOf([evil])[0], rowsOf([evil]), TODAY);
      assert.equal(forCustomer.tooltip, view.tooltip);
    });
  });
});

describe('statusText promises', () => {
  it('names promises past due in the tooltip, not kept or future ones', () => {
    const commitments = [
      { text: 'late', done: false, due: day(2026, 11, 30), line: 9 },
      { text: 'later', done: false, due: day(2026, 11, 1), line: 10 },
      { text: 'kept', done: true, due: day(2026, 11, 1), line: 11 },
      { text: 'future', done: false, due: day(2026, 12, 5), line: 12 },
    ];
    const rows = rowsOf([note({ name: 'Acme', lastContacted: day(2026, 11, 30), commitments })]);
    assert.match(statusOverall(rows, TODAY).tooltip, /Acme: 1d · \$\(warning\) 2 promises past due/);
  });
});
