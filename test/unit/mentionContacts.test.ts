// Mentions as contacts: the effective last contact, plans, one contact per day, and a meeting's minutes
// counted with each customer but once in a total. Run in several time zones (@tz).
import * as assert from 'node:assert/strict';
import { contactsOf, totalMinutes, weekActivity } from '../../src/core/reports/contactActivity';
import { dashboardData } from '../../src/core/reports/dashboardData';
import { weeklyReview } from '../../src/core/reports/weeklyReview';
import { summarizeContact } from '../../src/core/today/contactState';
import { habitCoverage } from '../../src/core/today/insights';
import type { LocalDate, Mention } from '../../src/core/model';
import { day, note } from './helpers';

const TODAY = day(2026, 12, 1); // a Tuesday
const STEERING = 'file:///ws/meetings/2026-11-30%20steering.md';
const mention = (date: LocalDate | undefined, extra: Partial<Mention> = {}): Mention => ({ noteId: STEERING, noteTitle: 'Steering', line: 4, date, ...extra });

describe('mentions as contacts @tz', () => {
  it('make the effective last contact when newer than last_contacted and the log, naming the note', () => {
    const s = summarizeContact(note({ lastContacted: day(2026, 11, 10), cadenceDays: 14, mentions: [mention(day(2026, 11, 30))] }), TODAY, 3);
    assert.deepEqual(s.lastContact, day(2026, 11, 30));
    assert.equal(s.lastContactSource, 'mention');
    assert.equal(s.lastContactNote, STEERING);
    assert.equal(s.daysSince, 1);
    assert.equal(s.state, 'ok');
  });

  it('leave the customer\'s own note as the source on the same day', () => {
    const s = summarizeContact(note({ lastContacted: day(2026, 11, 30), mentions: [mention(day(2026, 11, 30))] }), TODAY, 3);
    assert.equal(s.lastContactSource, 'last_contacted');
    assert.equal(s.lastContactNote, undefined);
  });

  it('do not count when undated (a reference), and a future one is a plan that sets the due date', () => {
    const n = note({ lastContacted: day(2026, 11, 1), cadenceDays: 14, mentions: [mention(day(2026, 12, 4)), mention(undefined)] });
    const s = summarizeContact(n, TODAY, 3);
    assert.deepEqual(s.lastContact, day(2026, 11, 1));
    assert.deepEqual(s.dueDate, day(2026, 12, 4), 'the planned meeting, not last contact + cadence (overdue since 11-15)');
    assert.equal(s.state, 'due-soon');
    const never = summarizeContact(note({ mentions: [mention(day(2026, 12, 9)), mention(day(2026, 12, 4))] }), TODAY, 3);
    assert.equal(never.state, 'never');
    assert.deepEqual(never.dueDate, day(2026, 12, 4), 'the earliest plan');
  });

  it('count once per day, beside a log entry of that day too', () => {
    const n = note({
      entries: [{ date: day(2026, 11, 30), title: 'Call', line: 9 }],
      mentions: [mention(day(2026, 11, 30)), mention(day(2026, 11, 30), { noteId: 'file:///ws/journal/2026-11-30.md' }), mention(day(2026, 11, 24))],
    });
    assert.deepEqual(contactsOf(n, TODAY).map((c) => [c.date.day, c.sameDay ?? false]), [[24, false], [30, false]]);
  });

  it('count a dated heading\'s minutes with each customer mentioned under it, and once in the week\'s total', () => {
    const shared = mention(day(2026, 11, 30), { headingLine: 3, minutes: 45 });
    const acme = note({ name: 'Acme', mentions: [shared] });
    const globex = note({ name: 'Globex', mentions: [shared], entries: [{ date: day(2026, 11, 30), title: 'Call', line: 9, minutes: 15 }] });
    assert.equal(weekActivity(acme, TODAY).minutes, 45);
    assert.deepEqual([weekActivity(globex, TODAY).minutes, weekActivity(globex, TODAY).contacts], [60, 1], 'a call and the meeting on one day: one contact, both durations');
    assert.equal(totalMinutes([...weekActivity(acme, TODAY).list, ...weekActivity(globex, TODAY).list]), 60);
    const review = weeklyReview([acme, globex], TODAY, { dueSoonDays: 3, staleDays: 90, workingHoursPerWeek: 40 });
    assert.equal(review.time.minutes, 60);
    assert.deepEqual(review.time.customers.map((c) => [c.name, c.minutes]), [['Globex', 60], ['Acme', 45]]);
    const dashboard = dashboardData([acme, globex], TODAY, { dueSoonDays: 3, staleDays: 90, workingHoursPerWeek: 40 });
    assert.equal(dashboard.time.total.investedWeek, 60);
    assert.equal(dashboard.weeks.at(-1)!.minutes, 60);
    assert.equal(dashboard.weeks.at(-1)!.contacts, 2);
  });

  it('are time invested for the habit of investing time', () => {
    const [, , time] = habitCoverage(note({ mentions: [mention(day(2026, 11, 30)), mention(day(2026, 12, 20))] }), TODAY, 90);
    assert.deepEqual(time.last, day(2026, 11, 30));
  });
});
