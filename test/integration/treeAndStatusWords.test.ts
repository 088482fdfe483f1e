// The tree's and the status bar's words in the real extension host (English UI), for the same inputs
// as the unit tests of core's view models: the sentences those tests checked before core returned data.
import * as assert from 'node:assert/strict';
import { describeContact, summarizeContact } from '../../src/core/today/contactState';
import { customerRows, daysShown, groupRows, type CustomerRow } from '../../src/core/today/customerList';
import { statusForCustomer, statusOverall } from '../../src/core/today/statusModel';
import { contactWords, groupWords, shortDays } from '../../src/vscode/words/contactWords';
import { statusWords } from '../../src/vscode/words/statusWords';
import * as fs from 'fs';
import * as path from 'path';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { loadNote } from '../../src/core/reading/noteLoader';
import { escapeMarkdown } from '../../src/core/markdownText';
import { today, type Clock } from '../../src/core/time/dates';
import { EVIL, HOSTILE_DIR } from '../fixtures/hostile/expectations';
import { ACME, ARCHIVED, DAYS_NOTES, GLOBEX, HOOLI, INITECH, LIST_NOTES, NEVER, PROMISES, TODAY } from '../fixtures/notes/today';
import { day, note } from '../unit/helpers';

const described = (...args: Parameters<typeof summarizeContact>) => contactWords(describeContact(summarizeContact(...args), args[0].cadenceDays));

describe('words: tree descriptions (from test/unit/contactState.test.ts and customerList.test.ts)', () => {
  it('describes each state exactly', () => {
    assert.equal(described(note(), TODAY, 3), 'never contacted');
    assert.equal(described(note({ nextContact: day(2026, 12, 10) }), TODAY, 3), 'never contacted · planned 2026-12-10');
    assert.equal(described(note({ lastContacted: day(2026, 11, 20) }), day(2026, 11, 25), 3), '5d · every 14d');
    assert.equal(described(note({ lastContacted: day(2026, 11, 20) }), day(2026, 11, 20), 3), '0d · every 14d');
    assert.equal(described(note({ lastContacted: day(2026, 11, 20) }), TODAY, 3), '11d · due in 3d');
    assert.equal(described(note({ lastContacted: day(2026, 11, 20) }), day(2026, 12, 4), 3), '14d · due today');
    assert.equal(described(note({ lastContacted: day(2026, 11, 20) }), day(2026, 12, 9), 3), '5d overdue');
    assert.equal(described(note({ lastContacted: day(2026, 12, 4) }), TODAY, 3), 'never contacted');
    assert.equal(described(note({ status: 'archived', lastContacted: day(2026, 11, 1) }), TODAY, 3), 'archived · 30d');
    assert.equal(described(note({ status: 'archived' }), TODAY, 3), 'archived');
    assert.equal(described(note({ brokenReason: { id: 'yaml-invalid', reason: 'x' } }), TODAY, 3), '⚠');
  });

  it('writes whole days', () => {
    assert.equal(shortDays(0), '0d');
    assert.equal(shortDays(12), '12d');
  });

  const OPTIONS = { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 } as const;
  const NOTES = LIST_NOTES;

  it('describes each row, marking broken notes, and an archived one', () => {
    const all = customerRows(NOTES, TODAY, { ...OPTIONS, showArchived: true });
    assert.equal(contactWords(all.find((r) => r.note.name === 'Old archived')!.description), 'archived · 699d');
    const rows = customerRows([...NOTES, note({ name: 'Broken', brokenReason: { id: 'front-matter-unclosed' } })], TODAY, { ...OPTIONS, sortBy: 'name' });
    assert.deepEqual(rows.map((r) => [r.note.name, contactWords(r.description)]), [
      ['alpha never', 'never contacted'],
      ['Beta overdue 3', '3d overdue'],
      ['Broken', '⚠'],
      ['Delta soon', '12d · due in 2d'],
      ['Gamma overdue 17', '17d overdue'],
      ['zeta ok', '11d · every 30d'],
    ]);
  });

  it('labels the groups: states, values, "(no segment)" and the like', () => {
    const rows = customerRows(NOTES, TODAY, OPTIONS);
    const labels = (groupBy: Parameters<typeof groupRows>[1]) => groupRows(rows, groupBy).map((g) => groupWords(g.name));
    assert.deepEqual(labels('none'), ['']);
    assert.deepEqual(labels('segment'), ['Finance', 'Operations', '(no segment)']);
    assert.deepEqual(labels('owner'), ['Dana', 'Sam', '(no owner)']);
    assert.deepEqual(labels('state'), ['Overdue', 'Never contacted', 'Due soon', 'In touch']);
    assert.deepEqual(labels('tag'), ['erp', 'strategic', '(no tag)']);
    assert.deepEqual(groupRows(customerRows([NOTES[0]], TODAY, OPTIONS), 'state').map((g) => groupWords(g.name)), ['In touch']);
  });

  it('shows days, never (a future date is not a contact), or unreadable', () => {
    const rows = customerRows(DAYS_NOTES, TODAY, { ...OPTIONS, sortBy: 'name' });
    assert.deepEqual(rows.map((r) => shortDays(daysShown(r.summary))), ['12d', 'never', 'never', 'unreadable']);
  });
});

describe('words: the status bar (from test/unit/statusText.test.ts)', () => {
  const rowsOf = (notes: Parameters<typeof customerRows>[0], showArchived = false): CustomerRow[] =>
    customerRows(notes, TODAY, { sortBy: 'overdue', showArchived, dueSoonDays: 3 });
  const forCustomer = (row: CustomerRow, rows: readonly CustomerRow[]) => statusWords(statusForCustomer(row, rows, TODAY));
  const overall = (rows: readonly CustomerRow[]) => statusWords(statusOverall(rows, TODAY));

  it('shows the customer and its days since contact', () => {
    const rows = rowsOf([ACME, GLOBEX]);
    assert.equal(forCustomer(rows.find((r) => r.note === ACME)!, rows).text, '$(person) Acme Logistics · 12d');
    assert.equal(forCustomer(rows.find((r) => r.note === GLOBEX)!, rows).text, '$(person) Globex · 42d');
  });

  it('says never when nothing has happened yet, a future date included, and unreadable for a broken note', () => {
    const rows = rowsOf([NEVER, note({ name: 'Future', lastContacted: day(2026, 12, 4) }), note({ name: 'Broken', brokenReason: { id: 'yaml-invalid', reason: 'x' }, lastContacted: day(2025, 1, 1) })]);
    assert.equal(forCustomer(rows.find((r) => r.note === NEVER)!, rows).text, '$(person) Soylent · never');
    assert.equal(forCustomer(rows.find((r) => r.note.name === 'Future')!, rows).text, '$(person) Future · never');
    assert.equal(forCustomer(rows.find((r) => r.note.name === 'Broken')!, rows).text, '$(person) Broken · unreadable');
    assert.equal(overall(rows).text, '$(organization) 0 overdue · Future never');
  });

  it('escapes $( in names and truncates long names', () => {
    const rows = rowsOf([note({ name: '$(alert) Boss', lastContacted: day(2026, 11, 30) }), note({ name: 'A very long customer name that goes on and on', lastContacted: day(2026, 11, 30) })]);
    assert.equal(forCustomer(rows.find((r) => r.note.name === '$(alert) Boss')!, rows).text, '$(person) \\$(alert) Boss · 1d');
    assert.equal(forCustomer(rows.find((r) => r.note.name.startsWith('A very'))!, rows).text, '$(person) A very long customer name t… · 1d');
  });

  it('counts overdue customers and names the most overdue, or the most urgent', () => {
    assert.equal(overall(rowsOf([ACME, INITECH, GLOBEX, HOOLI, NEVER])).text, '$(organization) 3 overdue · Globex 42d');
    assert.equal(overall(rowsOf([ACME, NEVER])).text, '$(organization) 0 overdue · Soylent never');
    assert.equal(overall(rowsOf([ARCHIVED, ACME], true)).text, '$(organization) 0 overdue · Acme Logistics 12d');
    assert.equal(overall(rowsOf([note({ name: '$(alert) Boss', lastContacted: day(2026, 10, 1) })])).text, '$(organization) 1 overdue · \\$(alert) Boss 61d');
  });

  it('shows just the count with no customers', () => {
    const view = overall([]);
    assert.equal(view.text, '$(organization) 0 overdue');
    assert.equal(view.tooltip, '**Rapport** · days since last contact, 2026-12-01\n\nNo customer notes yet.\n\nClick to open a customer, most overdue first.');
  });

  it('lists every customer with state icon, days and overdue days', () => {
    const view = overall(rowsOf([ACME, GLOBEX, NEVER, note({ name: 'Soon', lastContacted: day(2026, 11, 19), cadenceDays: 14 })]));
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
    assert.equal(overall(rowsOf([ARCHIVED, ACME], true)).tooltip.includes('Umbrella'), false);
  });

  it('escapes command links, HTML and icons from names', () => {
    const evil = note({ name: '[x](command:foo) <img src=x onerror=alert(1)> $(alert) *b*\nline', lastContacted: day(2026, 11, 30) });
    const view = overall(rowsOf([evil]));
    assert.equal(view.tooltip.split('\n')[2], '- $(check) \\[x\\]\\(command\\:foo\\) \\<img src=x onerror=alert\\(1\\)\\> \\$\\(alert\\) \\*b\\* line: 1d');
    assert.equal(view.tooltip.includes('](command:'), false);
    assert.equal(/(^|[^\\])</.test(view.tooltip), false, 'no unescaped <');
    assert.equal(/(^|[^\\])\$\(alert/.test(view.tooltip), false);
    assert.equal(forCustomer(rowsOf([evil])[0], rowsOf([evil])).tooltip, view.tooltip);
  });

  it('names promises past due in the tooltip, not kept or future ones', () => {
    assert.match(overall(rowsOf([note({ name: 'Acme', lastContacted: day(2026, 11, 30), commitments: PROMISES })])).tooltip, /Acme: 1d · \$\(warning\) 2 promises past due/);
  });
});

describe('words: days since contact at any hour (from test/unit/timezones.test.ts)', () => {
  const at = (date: Date): Clock => ({ now: () => new Date(date.getTime()) });
  const local = (y: number, m: number, d: number, h = 12, min = 0, sec = 0, ms = 0) => new Date(y, m - 1, d, h, min, sec, ms);
  /** The tree's description and the status bar, worded, for one note at one instant. */
  const worded = (frontMatter: string, clock: Clock) => {
    const n = parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', `---\nname: Acme\ncadence: 14\n${frontMatter}\n---\n# Acme\n`, { defaultCadenceDays: 14 });
    const rows = customerRows([n], today(clock), { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 });
    const status = statusWords(statusForCustomer(rows[0], rows, today(clock)));
    const overall = statusWords(statusOverall(rows, today(clock)));
    return { description: contactWords(rows[0].description), status: status.text, overall: overall.text, texts: [status.tooltip, overall.text, overall.tooltip] };
  };

  it('counts 0 all of today and 1 from the first millisecond of tomorrow', () => {
    for (const [clock, days] of [[local(2026, 3, 10, 0, 0, 0, 0), 0], [local(2026, 3, 10, 23, 59, 59, 999), 0], [local(2026, 3, 11, 0, 0, 0, 0), 1], [local(2026, 3, 12, 0, 0, 0, 1), 2]] as const) {
      const view = worded('last_contacted: 2026-03-10', at(clock));
      assert.equal(view.description, `${days}d · every 14d`);
      assert.equal(view.status, `$(person) Acme · ${days}d`);
    }
  });

  it('turns overdue exactly at local midnight after the due date', () => {
    assert.equal(worded('last_contacted: 2026-06-01', at(local(2026, 6, 15, 23, 59, 59, 999))).description, '14d · due today');
    const after = worded('last_contacted: 2026-06-01', at(local(2026, 6, 16, 0, 0, 0, 0)));
    assert.equal(after.description, '1d overdue');
    assert.equal(after.overall, '$(organization) 1 overdue · Acme 15d');
  });

  it('counts whole calendar days on every day of the year', () => {
    for (let d = 0; d < 366; d++) {
      const clock = local(2026, 1, 1 + d, 0, 0, 1);
      const expected = Math.round((Date.UTC(clock.getFullYear(), clock.getMonth(), clock.getDate()) - Date.UTC(2025, 11, 31)) / 86_400_000);
      const view = worded('last_contacted: 2025-12-31', at(clock));
      assert.equal(view.status, `$(person) Acme · ${expected}d`);
      assert.equal(view.description, expected > 14 ? `${expected - 14}d overdue` : expected >= 11 ? `${expected}d · due ${expected === 14 ? 'today' : `in ${14 - expected}d`}` : `${expected}d · every 14d`);
    }
  });

  it('does not count a last_contacted after today as a contact', () => {
    for (const written of ['2026-08-02', '2026-08-05']) {
      const view = worded(`last_contacted: ${written}`, at(local(2026, 8, 1, 23, 30)));
      assert.equal(view.description, 'never contacted');
      assert.equal(view.status, '$(person) Acme · never');
      for (const text of [view.description, view.status, ...view.texts]) assert.doesNotMatch(text, /-\d+d|in \d+d/, text);
    }
  });

  it('counts a planned next_contact in local days', () => {
    assert.equal(worded('last_contacted: 2026-08-01\nnext_contact: 2026-08-03', at(local(2026, 8, 1, 23, 59, 59))).description, '0d · due in 2d');
  });
});

describe('words: hostile names in the status bar (from test/unit/hostile.test.ts)', () => {
  const load = (file: string) => loadNote(`file:///ws/customers/hostile/${file}`, fs.readFileSync(path.join(HOSTILE_DIR, file)), { defaultCadenceDays: 14 });
  const rows = customerRows(['injection-fields.md', 'injection-heading.md', 'injection-broken.md'].map(load), day(2026, 3, 1), { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 });

  it('draws no link, HTML or icon from a note in the tooltip or the text', () => {
    assert.equal(rows.length, 3);
    const ours = ['**Rapport**', '$(warning)', '$(circle-slash)', '$(clock)', '$(check)'];
    for (const view of [statusOverall(rows, day(2026, 3, 1)), ...rows.map((row) => statusForCustomer(row, rows, day(2026, 3, 1)))].map(statusWords)) {
      const rest = ours.reduce((text, own) => text.split(own).join(''), view.tooltip);
      assert.doesNotMatch(rest, /(^|[^\\])\[/, `an unescaped [ in ${rest}`);
      assert.doesNotMatch(rest, /(^|[^\\])</, `an unescaped < in ${rest}`);
      assert.doesNotMatch(rest, /(^|[^\\])\$\(/, `a live $( in ${rest}`);
      assert.doesNotMatch(rest, /\]\(|command:workbench[^\\]/, `a link target in ${rest}`);
      assert.ok(view.tooltip.includes(escapeMarkdown(EVIL)));
      // Status bar text renders icons but not Markdown: only $( must be escaped there.
      assert.doesNotMatch(view.text.replace(/^\$\((person|organization)\)/, ''), /(^|[^\\])\$\(/);
    }
  });
});
