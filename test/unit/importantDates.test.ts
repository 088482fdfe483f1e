// Important dates: `dates:` read from a customer note (yearly or one-off, bad values at the key's line),
// and the dates coming up within the next days, across year ends and leap days.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { readImportantDates } from '../../src/core/reading/importantDates';
import { nextOccurrence, upcomingDates } from '../../src/core/today/upcomingDates';
import { today, type Clock } from '../../src/core/time/dates';
import type { ImportantDate } from '../../src/core/model';
import { day, lines, note } from './helpers';

const parse = (text: string) => parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', text, { defaultCadenceDays: 14 });
const yearly = (label: string, month: number, dayOfMonth: number, year?: number): ImportantDate => ({ label, month, day: dayOfMonth, ...(year && { year }), yearly: true });
const once = (label: string, year: number, month: number, dayOfMonth: number): ImportantDate => ({ label, month, day: dayOfMonth, year, yearly: false });

describe('important dates: reading dates:', () => {
  it('reads a flow mapping and a block mapping, in the order written', () => {
    assert.deepEqual(parse('---\nname: Acme\ndates: { renewal: 2027-03-31, birthday: 06-02 }\n---\n').dates, [once('renewal', 2027, 3, 31), yearly('birthday', 6, 2)]);
    const block = parse(lines(['---', 'name: Acme', 'dates:', '  contract renewal: 2027-03-31   # the WMS support', '  "Dana\'s birthday": 1980-06-02', '  kick-off: "11-29"', '---', '']));
    assert.deepEqual(block.dates, [once('contract renewal', 2027, 3, 31), yearly('Dana\'s birthday', 6, 2, 1980), yearly('kick-off', 11, 29)]);
    assert.deepEqual(block.problems, []);
  });

  it('makes a date labelled birthday or anniversary yearly, as a whole word in any case', () => {
    const { dates } = readImportantDates({ Birthday: '1980-06-02', 'go-live anniversary': '2025-03-01', birthdays_list: '2026-01-05', anniversaryish: '2026-01-06' });
    assert.deepEqual(dates.map((d) => [d.label, d.yearly]), [['Birthday', true], ['go-live anniversary', true], ['birthdays_list', false], ['anniversaryish', false]]);
  });

  it('takes 02-29 as a yearly day, and leaves a label without a value alone', () => {
    assert.deepEqual(readImportantDates({ leap: '02-29', renewal: null, review: '' }), { dates: [yearly('leap', 2, 29)], problems: [] });
    assert.deepEqual(readImportantDates(undefined), { dates: [], problems: [] });
    assert.deepEqual(readImportantDates(null), { dates: [], problems: [] });
  });

  it('reports dates that is not a mapping at the key line, and reads nothing of it', () => {
    for (const [value, found] of [['[2027-03-31]', { kind: 'list' }], ['2027-03-31', { kind: 'scalar', type: 'string', json: '"2027-03-31"' }]] as const) {
      const n = parse(`---\nname: Acme\ndates: ${value}\n---\n`);
      assert.deepEqual(n.dates, []);
      assert.deepEqual(n.problems, [{
        message: { id: 'bad-value', key: 'dates', reason: { id: 'dates-not-a-mapping', found } },
        line: 2, column: 0, severity: 'warning', code: 'bad-value', key: 'dates',
      }]);
    }
  });

  it('reports each entry that is no day at the key line; the others still count', () => {
    const n = parse(lines(['---', 'name: Acme', 'cadence: 2w', 'dates:', '  renewal: 2027-03-31', '  bad day: 02-30', '  bad month: 2027-13-01', '  listed: [06-02]', '  number: 602', '  typed: next spring', '---', '']));
    assert.deepEqual(n.dates, [once('renewal', 2027, 3, 31)]);
    assert.deepEqual(n.problems.map((p) => [p.line, p.key, (p.message as { reason: unknown }).reason]), [
      [3, 'dates', { id: 'date-not-a-day', label: 'bad day', found: { kind: 'scalar', type: 'string', json: '"02-30"' } }],
      [3, 'dates', { id: 'date-not-a-day', label: 'bad month', found: { kind: 'scalar', type: 'string', json: '"2027-13-01"' } }],
      [3, 'dates', { id: 'date-not-a-day', label: 'listed', found: { kind: 'list' } }],
      [3, 'dates', { id: 'date-not-a-day', label: 'number', found: { kind: 'scalar', type: 'number', json: '602' } }],
      [3, 'dates', { id: 'date-not-a-day', label: 'typed', found: { kind: 'scalar', type: 'string', json: '"next spring"' } }],
    ]);
  });

  it('has no dates for a note without them or one that cannot be read', () => {
    assert.deepEqual(parse('---\nname: Acme\n---\n').dates, []);
    assert.deepEqual(parse('---\nname: [Acme\ndates: { renewal: 2027-03-31 }\n---\n').dates, []);
  });
});

describe('important dates: the next occurrence', () => {
  it('is this year\'s day for a yearly date still to come, today included, else next year\'s', () => {
    assert.deepEqual(nextOccurrence(yearly('birthday', 6, 2), day(2026, 5, 30)), day(2026, 6, 2));
    assert.deepEqual(nextOccurrence(yearly('birthday', 6, 2), day(2026, 6, 2)), day(2026, 6, 2));
    assert.deepEqual(nextOccurrence(yearly('birthday', 6, 2), day(2026, 6, 3)), day(2027, 6, 2));
    assert.deepEqual(nextOccurrence(yearly('birthday', 6, 2, 1980), day(2026, 6, 3)), day(2027, 6, 2), 'the year written is when it first happened');
  });

  it('comes round across the year\'s end', () => {
    assert.deepEqual(nextOccurrence(yearly('kick-off', 1, 3), day(2026, 12, 28)), day(2027, 1, 3));
    assert.deepEqual(nextOccurrence(yearly('review', 12, 31), day(2027, 1, 1)), day(2027, 12, 31));
  });

  it('falls on 02-28 in a year without 02-29, and on 02-29 in a leap year', () => {
    const leap = yearly('birthday', 2, 29, 1988);
    assert.deepEqual(nextOccurrence(leap, day(2027, 2, 1)), day(2027, 2, 28));
    assert.deepEqual(nextOccurrence(leap, day(2027, 2, 28)), day(2027, 2, 28), 'today, in a year without 02-29');
    assert.deepEqual(nextOccurrence(leap, day(2027, 3, 1)), day(2028, 2, 29));
    assert.deepEqual(nextOccurrence(leap, day(2028, 2, 29)), day(2028, 2, 29));
    assert.deepEqual(nextOccurrence(leap, day(2100, 1, 1)), day(2100, 2, 28), '2100 is no leap year');
  });

  it('is the day itself for a one-off date, until it has passed', () => {
    assert.deepEqual(nextOccurrence(once('renewal', 2027, 3, 31), day(2027, 3, 31)), day(2027, 3, 31));
    assert.equal(nextOccurrence(once('renewal', 2027, 3, 31), day(2027, 4, 1)), undefined);
    assert.equal(nextOccurrence(once('go-live', 2024, 2, 29), day(2025, 2, 28)), undefined, 'a one-off leap day never comes round');
  });
});

describe('important dates: coming up', () => {
  const ACME = note({ name: 'Acme', dates: [once('renewal', 2026, 12, 8), yearly('birthday', 6, 2), once('kick-off', 2026, 11, 1)] });
  const GLOBEX = note({ name: 'Globex', dates: [yearly('anniversary', 12, 3, 2019), once('audit', 2027, 1, 3)] });

  it('lists each date within the days ahead, today included, soonest first, with the days until', () => {
    assert.deepEqual(upcomingDates([ACME, GLOBEX], day(2026, 12, 3), 14).map((u) => [u.name, u.label, u.daysUntil, u.date, u.yearly]), [
      ['Globex', 'anniversary', 0, day(2026, 12, 3), true],
      ['Acme', 'renewal', 5, day(2026, 12, 8), false],
    ]);
    assert.deepEqual(upcomingDates(GLOBEX, day(2026, 12, 3), 0).map((u) => u.label), ['anniversary'], '0 days: only today');
    assert.deepEqual(upcomingDates(ACME, day(2026, 11, 24), 14).map((u) => u.label), ['renewal'], 'exactly 14 days ahead counts');
    assert.deepEqual(upcomingDates(ACME, day(2026, 11, 23), 14), []);
  });

  it('looks across the year\'s end (28 Dec to 3 Jan) and never lists a one-off that has passed', () => {
    assert.deepEqual(upcomingDates([ACME, GLOBEX], day(2026, 12, 28), 6).map((u) => [u.label, u.daysUntil]), [['audit', 6]]);
    assert.deepEqual(upcomingDates([ACME, GLOBEX], day(2026, 12, 28), 5), []);
    assert.ok(!upcomingDates(ACME, day(2026, 11, 2), 365).some((u) => u.label === 'kick-off'));
  });

  it('gives a yearly 02-29 on 02-28 of a year without one', () => {
    const leap = note({ name: 'Leap', dates: [yearly('birthday', 2, 29)] });
    assert.deepEqual(upcomingDates(leap, day(2027, 2, 20), 14).map((u) => [u.date, u.daysUntil]), [[day(2027, 2, 28), 8]]);
    assert.deepEqual(upcomingDates(leap, day(2028, 2, 20), 14).map((u) => [u.date, u.daysUntil]), [[day(2028, 2, 29), 9]]);
  });

  it('takes each note\'s own days ahead (the setting is per folder)', () => {
    const days = (n: { name: string }) => (n.name === 'Acme' ? 5 : 0);
    assert.deepEqual(upcomingDates([ACME, GLOBEX], day(2026, 12, 3), days).map((u) => u.label), ['anniversary', 'renewal']);
    assert.deepEqual(upcomingDates([ACME, GLOBEX], day(2026, 12, 2), days).map((u) => u.label), []);
  });

  it('lists nothing of an archived customer: archived customers never nag', () => {
    assert.deepEqual(upcomingDates(note({ ...GLOBEX, status: 'archived' }), day(2026, 12, 3), 14), []);
  });

  it('counts whole local days from the clock\'s day, whatever the zone @tz', () => {
    // 23:30 and 00:30 local on the two sides of midnight before a year's last day.
    const at = (h: number, m: number, d: number): Clock => ({ now: () => new Date(2026, 11, d, h, m) });
    const late = upcomingDates(GLOBEX, today(at(23, 30, 27)), 7).map((u) => u.daysUntil);
    const early = upcomingDates(GLOBEX, today(at(0, 30, 28)), 7).map((u) => u.daysUntil);
    assert.deepEqual([late, early], [[7], [6]]);
  });
});

describe('important dates: the demo workspace', () => {
  // The demo is written as of 2026-11-29; the harness moves it to today, its MM-DD days too.
  const DEMO = path.resolve(__dirname, '../../../examples/demo-workspace/customers');
  const demo = (file: string) => parseCustomerNote(`file:///demo/customers/${file}`, file, fs.readFileSync(path.join(DEMO, file), 'utf8'), { defaultCadenceDays: 14 });

  it('reads the demo\'s dates without a problem, and has one today and one next week', () => {
    const notes = ['ingrid-solberg-cfo.md', 'brightwater-logistics-dcs.md'].map(demo);
    for (const n of notes) assert.deepEqual(n.problems, [], n.name);
    assert.deepEqual(upcomingDates(notes, day(2026, 11, 29), 14).map((u) => [u.name, u.label, u.daysUntil]), [
      ['Ingrid Solberg', 'birthday', 0],
      ['Logistics DCs', 'peak season starts', 8],
    ]);
  });
});
