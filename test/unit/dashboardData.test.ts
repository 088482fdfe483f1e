import * as assert from 'node:assert/strict';
import { bucketContacts, contactsOf, weekActivity } from '../../src/core/reports/contactActivity';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { dashboardData, timeAgainstIntent, WEEKS_SHOWN } from '../../src/core/reports/dashboardData';
import { weekKey } from '../../src/core/time/weeks';
import { day, lines, note } from './helpers';

// Wednesday of 2026-W49 (Monday 2026-11-30).
const TODAY = day(2026, 12, 2);
const SETTINGS = { dueSoonDays: 3, staleDays: 90, workingHoursPerWeek: 40 };

const parse = (name: string, ...body: string[]) =>
  parseCustomerNote(`file:///ws/customers/${name.toLowerCase()}.md`, `${name}.md`, lines(body), { defaultCadenceDays: 14 });

const ACME = parse('Acme',
  '---', 'name: Acme', 'cadence: 7', 'last_contacted: 2026-11-01', 'time_goal: 2h/month', '---',
  '## Opportunities and risks',
  '- Risk: the ERP upgrade slips (noted 2026-05-01)',
  '- Opportunity: shared data platform (noted 2026-11-20)',
  '## Contact log',
  '### 2026-11-30 Steering (1h30m)', 'Closeness: 4', '#habit/time',
  '### 2026-12-01 Call (15m)',
  '### 2026-11-10 Review (45m)', 'Closeness: 2',
  '- [ ] send the roadmap (due 2026-11-25)',
  '- [ ] later (due 2026-12-20)',
);
const GLOBEX = parse('Globex',
  '---', 'name: Globex', 'cadence: 2w', 'last_contacted: 2026-10-01', 'time_goal: 30m/week', '---',
  '## Contact log',
  '### 2026-09-15 Kick-off (1h)', 'Closeness: 3',
  '- [ ] old promise (due 2026-10-01)',
);
const NEVER = parse('Hooli', '---', 'name: Hooli', '---');
const ARCHIVED = parse('Archived', '---', 'name: Archived', 'status: archived', 'last_contacted: 2026-01-01', '---', '### 2026-12-01 Hidden (5h)');

describe('contact activity @tz', () => {
  it('counts dated entries plus last_contacted when no entry has that date', () => {
    assert.deepEqual(contactsOf(ACME, TODAY).map((c) => [c.date.day, c.date.month, c.minutes]), [[1, 11, 0], [10, 11, 45], [30, 11, 90], [1, 12, 15]]);
    const same = note({ lastContacted: day(2026, 11, 30), entries: [{ date: day(2026, 11, 30), title: 'x', line: 1, minutes: 30 }] });
    assert.equal(contactsOf(same, TODAY).length, 1);
  });

  it('counts nothing dated after today: a planned meeting is not a contact yet', () => {
    const planned = note({ lastContacted: day(2026, 12, 20), entries: [
      { date: day(2026, 12, 3), title: 'Steering', line: 1, minutes: 60 },
      { date: day(2026, 12, 1), title: 'Call', line: 2, minutes: 15 },
    ] });
    assert.deepEqual(contactsOf(planned, TODAY).map((c) => [c.date.day, c.minutes]), [[1, 15]]);
    assert.deepEqual({ ...weekActivity(planned, TODAY), list: undefined }, { contacts: 1, minutes: 15, dates: ['2026-12-01'], list: undefined });
  });

  it('sums contacts and minutes per ISO week', () => {
    const buckets = bucketContacts([ACME, GLOBEX], weekKey, TODAY);
    assert.deepEqual(buckets.get('2026-W49'), { contacts: 2, minutes: 105 });
    assert.deepEqual(buckets.get('2026-W46'), { contacts: 1, minutes: 45 });
    assert.deepEqual({ ...weekActivity(ACME, TODAY), list: undefined }, { contacts: 2, minutes: 105, dates: ['2026-11-30', '2026-12-01'], list: undefined });
  });
});

describe('dashboardData @tz', () => {
  const data = dashboardData([ACME, GLOBEX, NEVER, ARCHIVED], TODAY, SETTINGS);

  it('is plain JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(data)), data);
    assert.equal(data.today, '2026-12-02');
    assert.equal(data.week, '2026-W49');
    assert.equal(data.month, '2026-12');
  });

  it('orders days since contact against cadence most overdue first and leaves archived customers out', () => {
    assert.deepEqual(data.contactBars.map((b) => [b.name, b.state, b.daysSince, b.cadenceDays, b.overdueDays]), [
      ['Globex', 'overdue', 62, 14, 48],
      ['Hooli', 'never', undefined, 14, 0],
      ['Acme', 'ok', 1, 7, 0],
    ]);
  });

  it('marks the due date with a planned next_contact, not the cadence', () => {
    const planned = parse('Planned', '---', 'name: Planned', 'cadence: 30', 'last_contacted: 2026-11-20', 'next_contact: 2026-12-04', '---');
    const [bar] = dashboardData([planned], TODAY, SETTINGS).contactBars;
    assert.deepEqual([bar.dueDate, bar.dueAfterDays, bar.planned], ['2026-12-04', 14, true]);
    const steady = dashboardData([ACME], TODAY, SETTINGS).contactBars[0];
    assert.deepEqual([steady.dueAfterDays, steady.planned], [7, false]);
  });

  it('counts contacts and minutes over the last 12 weeks, oldest first', () => {
    assert.equal(data.weeks.length, WEEKS_SHOWN);
    assert.equal(data.weeks[0].key, '2026-W38');
    assert.equal(data.weeks[0].start, '2026-09-14');
    assert.deepEqual(data.weeks[0], { key: '2026-W38', start: '2026-09-14', contacts: 1, minutes: 60 }); // Globex kick-off
    assert.deepEqual(data.weeks.at(-1), { key: '2026-W49', start: '2026-11-30', contacts: 2, minutes: 105 });
    const w44 = data.weeks.find((w) => w.key === '2026-W44')!; // Acme last_contacted 2026-11-01 (a Sunday)
    assert.deepEqual([w44.contacts, w44.minutes], [1, 0]);
    assert.equal(data.weeks.reduce((n, w) => n + w.contacts, 0), 6);
  });

  it('sums minutes per month', () => {
    assert.deepEqual(data.months.map((m) => [m.key, m.minutes]), [
      ['2026-07', 0], ['2026-08', 0], ['2026-09', 60], ['2026-10', 0], ['2026-11', 135], ['2026-12', 15],
    ]);
  });

  it('compares time invested with time_goal per customer and in total', () => {
    const acme = data.time.rows.find((r) => r.name === 'Acme')!;
    assert.deepEqual([acme.investedWeek, acme.investedMonth, acme.intendedMonth], [105, 15, 120]);
    assert.equal(Math.round(acme.intendedWeek! * 100) / 100, 27.69);
    const globex = data.time.rows.find((r) => r.name === 'Globex')!;
    assert.deepEqual([globex.investedWeek, globex.intendedWeek, Math.round(globex.intendedMonth!)], [0, 30, 130]);
    assert.equal(data.time.rows.some((r) => r.name === 'Hooli'), false, 'no goal and no time: left out');
    assert.deepEqual(data.time.rows.map((r) => r.name), ['Globex', 'Acme'], 'furthest behind first');
    const t = data.time.total;
    assert.deepEqual([t.investedWeek, t.investedMonth, t.goalInvestedMonth], [105, 15, 15]);
    assert.equal(Math.round(t.intendedMonth), 250);
    assert.equal(t.monthProgress, 2 / 31);
  });

  it('lists a customer with time but no goal after the ones with goals', () => {
    const free = note({ name: 'Free', entries: [{ date: day(2026, 12, 1), title: 'x', line: 1, minutes: 20 }] });
    const { rows } = timeAgainstIntent([free, ACME], TODAY);
    assert.deepEqual(rows.map((r) => [r.name, r.intendedMonth]), [['Acme', 120], ['Free', undefined]]);
  });

  it('gives the share of the working week spent with customers', () => {
    assert.deepEqual(data.share, { minutes: 105, workingMinutes: 2400, ratio: 105 / 2400 });
    assert.equal(dashboardData([ACME], TODAY, { ...SETTINGS, workingHoursPerWeek: 0 }).share.ratio, 0);
  });

  it('charts closeness per customer by date', () => {
    assert.deepEqual(data.closeness, [
      { id: ACME.id, name: 'Acme', points: [{ date: '2026-11-10', value: 2 }, { date: '2026-11-30', value: 4 }] },
      { id: GLOBEX.id, name: 'Globex', points: [{ date: '2026-09-15', value: 3 }] },
    ]);
  });

  it('lists stale habits, overdue promises (most overdue first) and stale opportunities and risks', () => {
    assert.deepEqual(data.staleHabits.map((s) => [s.name, s.habits.map((h) => h.habit)]), [
      ['Acme', ['understand', 'vulnerability']],
      // Globex's kick-off (2026-09-15) is a contact-log entry: time invested 78 days ago, not quiet.
      ['Globex', ['understand', 'vulnerability']],
      ['Hooli', ['understand', 'vulnerability', 'time']],
    ]);
    assert.deepEqual(data.overdueCommitments.map((c) => [c.name, c.text, c.due, c.daysOverdue]), [
      ['Globex', 'old promise', '2026-10-01', 62],
      ['Acme', 'send the roadmap', '2026-11-25', 7],
    ]);
    assert.deepEqual(data.staleRegister.map((r) => [r.name, r.kind, r.text, r.touched]), [['Acme', 'risk', 'the ERP upgrade slips', '2026-05-01']]);
  });

  it('is empty but complete without notes', () => {
    const empty = dashboardData([], TODAY, SETTINGS);
    assert.equal(empty.contactBars.length, 0);
    assert.equal(empty.weeks.length, 12);
    assert.equal(empty.share.minutes, 0);
  });
});

describe('dashboardData: coming up', () => {
  const dated = (name: string, status: 'active' | 'archived' = 'active') => note({
    name, status, lastContacted: day(2026, 11, 30),
    dates: [{ label: 'renewal', month: 12, day: 9, year: 2026, yearly: false }, { label: 'birthday', month: 12, day: 2, yearly: true }, { label: 'audit', month: 3, day: 1, year: 2027, yearly: false }],
  });

  it('lists the dates within the days ahead, soonest first, as plain JSON; none of archived customers', () => {
    const data = dashboardData([dated('Acme'), dated('Gone', 'archived')], TODAY, SETTINGS);
    assert.deepEqual(data.upcoming.map(({ name, label, date, daysUntil, yearly }) => [name, label, date, daysUntil, yearly]), [
      ['Acme', 'birthday', '2026-12-02', 0, true],
      ['Acme', 'renewal', '2026-12-09', 7, false],
    ]);
    assert.deepEqual(dashboardData([dated('Acme')], TODAY, { ...SETTINGS, upcomingDays: 0 }).upcoming.map((u) => u.label), ['birthday']);
    assert.deepEqual(dashboardData([], TODAY, SETTINGS).upcoming, []);
  });
});
