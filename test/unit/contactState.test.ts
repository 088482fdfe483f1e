import * as assert from 'node:assert/strict';
import { compareUrgency, describeContact, summarizeContact, type ContactSummary } from '../../src/core/today/contactState';
import type { LogEntry } from '../../src/core/model';
import { day, note } from './helpers';

const TODAY = day(2026, 12, 1);
const entry = (y: number, m: number, d: number, line = 10): LogEntry => ({ date: day(y, m, d), title: 'Call', line });

describe('contactState', () => {
  describe('summarizeContact', () => {
    it('is never with no contact recorded', () => {
      assert.deepEqual(summarizeContact(note(), TODAY, 3), { state: 'never', overdueDays: 0, dueDate: undefined });
    });

    it('is never, with the planned date, when only next_contact is set', () => {
      const s = summarizeContact(note({ nextContact: day(2026, 12, 10) }), TODAY, 3);
      assert.deepEqual(s, { state: 'never', overdueDays: 0, dueDate: day(2026, 12, 10) });
    });

    it('drops a next_contact that a later contact has already met, and falls back to the cadence', () => {
      const met = summarizeContact(note({ lastContacted: day(2026, 11, 28), nextContact: day(2026, 11, 27), cadenceDays: 14 }), TODAY, 3);
      assert.equal(met.state, 'ok');
      assert.deepEqual(met.dueDate, day(2026, 12, 12));
      const onTheDay = summarizeContact(note({ lastContacted: day(2026, 11, 27), nextContact: day(2026, 11, 27), cadenceDays: 14 }), TODAY, 3);
      assert.deepEqual(onTheDay.dueDate, day(2026, 12, 11));
    });

    it('is ok well within the cadence', () => {
      const s = summarizeContact(note({ lastContacted: day(2026, 11, 25), cadenceDays: 14 }), TODAY, 3);
      const expected: ContactSummary = {
        state: 'ok', lastContact: day(2026, 11, 25), lastContactSource: 'last_contacted', daysSince: 6,
        dueDate: day(2026, 12, 9), overdueDays: 0, daysUntilDue: 8,
      };
      assert.deepEqual(s, expected);
    });

    it('is due-soon within dueSoonDays of the due date, ok just outside', () => {
      const n = note({ lastContacted: day(2026, 11, 20), cadenceDays: 14 }); // due 2026-12-04, 3 days away
      assert.equal(summarizeContact(n, TODAY, 3).state, 'due-soon');
      assert.equal(summarizeContact(n, TODAY, 2).state, 'ok');
      assert.equal(summarizeContact(n, day(2026, 12, 4), 0).state, 'due-soon');
      assert.equal(summarizeContact(n, day(2026, 12, 4), 0).daysUntilDue, 0);
    });

    it('is overdue the day after the due date, with the days overdue', () => {
      const n = note({ lastContacted: day(2026, 11, 20), cadenceDays: 14 });
      const s = summarizeContact(n, day(2026, 12, 5), 3);
      assert.equal(s.state, 'overdue');
      assert.equal(s.overdueDays, 1);
      assert.equal(s.daysUntilDue, -1);
      assert.equal(s.daysSince, 15);
      assert.equal(summarizeContact(n, day(2027, 1, 4), 3).overdueDays, 31);
    });

    it('uses next_contact as the due date when present', () => {
      const n = note({ lastContacted: day(2026, 11, 20), cadenceDays: 14, nextContact: day(2026, 11, 28) });
      const s = summarizeContact(n, TODAY, 3);
      assert.equal(s.state, 'overdue');
      assert.deepEqual(s.dueDate, day(2026, 11, 28));
      assert.equal(s.overdueDays, 3);
      const later = summarizeContact(note({ lastContacted: day(2026, 11, 1), cadenceDays: 14, nextContact: day(2026, 12, 20) }), TODAY, 3);
      assert.equal(later.state, 'ok'); // 30 days since contact, but the planned touchpoint is ahead
      assert.equal(later.daysUntilDue, 19);
    });

    it('takes the later of last_contacted and the newest entry, and says which', () => {
      const fromLog = summarizeContact(note({ lastContacted: day(2026, 11, 10), entries: [entry(2026, 11, 25), entry(2026, 11, 1)] }), TODAY, 3);
      assert.deepEqual(fromLog.lastContact, day(2026, 11, 25));
      assert.equal(fromLog.lastContactSource, 'contact log');
      assert.equal(fromLog.daysSince, 6);
      const fromKey = summarizeContact(note({ lastContacted: day(2026, 11, 28), entries: [entry(2026, 11, 25)] }), TODAY, 3);
      assert.deepEqual(fromKey.lastContact, day(2026, 11, 28));
      assert.equal(fromKey.lastContactSource, 'last_contacted');
      const same = summarizeContact(note({ lastContacted: day(2026, 11, 25), entries: [entry(2026, 11, 25)] }), TODAY, 3);
      assert.equal(same.lastContactSource, 'last_contacted');
      const onlyLog = summarizeContact(note({ entries: [entry(2026, 10, 1), entry(2026, 11, 2)] }), TODAY, 3);
      assert.deepEqual(onlyLog.lastContact, day(2026, 11, 2));
      assert.equal(onlyLog.lastContactSource, 'contact log');
      assert.equal(onlyLog.state, 'overdue');
      assert.equal(onlyLog.overdueDays, 15);
    });

    it('does not count a last_contacted in the future: it cannot be true (it is flagged instead)', () => {
      const s = summarizeContact(note({ lastContacted: day(2026, 12, 4), cadenceDays: 14 }), TODAY, 3);
      assert.deepEqual(s, { state: 'never', overdueDays: 0, dueDate: undefined });
      const withLog = summarizeContact(note({ lastContacted: day(2027, 1, 10), entries: [entry(2026, 11, 25)] }), TODAY, 3);
      assert.deepEqual(withLog.lastContact, day(2026, 11, 25));
      assert.equal(withLog.lastContactSource, 'contact log');
      assert.equal(withLog.daysSince, 6);
    });

    it('takes a log entry dated after today as a planned contact: the due date, not a contact', () => {
      const s = summarizeContact(note({ lastContacted: day(2026, 11, 10), cadenceDays: 14, entries: [entry(2026, 12, 3), entry(2026, 12, 20)] }), TODAY, 3);
      assert.deepEqual(s.lastContact, day(2026, 11, 10));
      assert.deepEqual(s.dueDate, day(2026, 12, 3)); // the earliest plan wins over the cadence (due 11-24)
      assert.equal(s.state, 'due-soon');
      const never = summarizeContact(note({ entries: [entry(2026, 12, 9)] }), TODAY, 3);
      assert.deepEqual(never, { state: 'never', overdueDays: 0, dueDate: day(2026, 12, 9) });
    });

    it('gives an unreadable note no state at all: never overdue from defaults', () => {
      const s = summarizeContact(note({ lastContacted: day(2026, 1, 1), brokenReason: { id: 'yaml-invalid', reason: 'bad indentation' } }), TODAY, 3);
      assert.deepEqual(s, { state: 'unknown', overdueDays: 0 });
    });

    it('lets an archived customer never nag: days since contact, nothing due or overdue', () => {
      const s = summarizeContact(note({ status: 'archived', lastContacted: day(2026, 6, 30), cadenceDays: 14, nextContact: day(2026, 7, 1) }), TODAY, 3);
      assert.deepEqual(s, { state: 'archived', lastContact: day(2026, 6, 30), lastContactSource: 'last_contacted', daysSince: 154, overdueDays: 0 });
      assert.deepEqual(summarizeContact(note({ status: 'archived' }), TODAY, 3), { state: 'archived', overdueDays: 0 });
    });

    it('is snoozed up to and including snooze_until, then overdue again the day after', () => {
      const overdue = note({ lastContacted: day(2026, 10, 1), cadenceDays: 14, snoozeUntil: day(2026, 12, 15) });
      const snoozed = summarizeContact(overdue, TODAY, 3);
      assert.equal(snoozed.state, 'snoozed');
      assert.deepEqual([snoozed.overdueDays, snoozed.daysSince, snoozed.snoozedUntil], [0, 61, day(2026, 12, 15)]);
      assert.equal(summarizeContact(overdue, day(2026, 12, 15), 3).state, 'snoozed', 'on its last day');
      const after = summarizeContact(overdue, day(2026, 12, 16), 3);
      assert.deepEqual([after.state, after.overdueDays, after.snoozedUntil], ['overdue', 62, undefined], 'the day after');
    });

    it('snoozes a due-soon, an ok and a never-contacted customer too, but never an archived or unreadable one', () => {
      const until = day(2026, 12, 3);
      assert.equal(summarizeContact(note({ lastContacted: day(2026, 11, 20), cadenceDays: 14, snoozeUntil: until }), TODAY, 3).state, 'snoozed');
      assert.equal(summarizeContact(note({ lastContacted: day(2026, 11, 30), cadenceDays: 14, snoozeUntil: until }), TODAY, 3).state, 'snoozed');
      assert.deepEqual(summarizeContact(note({ snoozeUntil: until }), TODAY, 3), { state: 'snoozed', overdueDays: 0, dueDate: undefined, snoozedUntil: until });
      assert.equal(summarizeContact(note({ status: 'archived', snoozeUntil: until }), TODAY, 3).state, 'archived');
      assert.equal(summarizeContact(note({ brokenReason: { id: 'front-matter-unclosed' }, snoozeUntil: until }), TODAY, 3).state, 'unknown');
      assert.equal(summarizeContact(note({ lastContacted: day(2026, 10, 1), snoozeUntil: day(2026, 11, 30) }), TODAY, 3).state, 'overdue', 'a snooze that ended yesterday');
    });

    it('counts whole local days across a DST change @tz', () => {
      const s = summarizeContact(note({ lastContacted: day(2026, 3, 7), cadenceDays: 1 }), day(2026, 3, 9), 0);
      assert.equal(s.daysSince, 2);
      assert.equal(s.overdueDays, 1);
    });
  });

  describe('describeContact', () => {
    it('describes each state with the numbers the tree shows', () => {
      assert.deepEqual(describeContact(summarizeContact(note(), TODAY, 3), 14), { state: 'never', planned: undefined });
      assert.deepEqual(describeContact(summarizeContact(note({ nextContact: day(2026, 12, 10) }), TODAY, 3), 14), { state: 'never', planned: day(2026, 12, 10) });
      assert.deepEqual(describeContact(summarizeContact(note({ lastContacted: day(2026, 11, 20) }), day(2026, 11, 25), 3), 14), { state: 'ok', daysSince: 5, cadenceDays: 14 });
      assert.deepEqual(describeContact(summarizeContact(note({ lastContacted: day(2026, 11, 20) }), day(2026, 11, 20), 3), 14), { state: 'ok', daysSince: 0, cadenceDays: 14 });
      assert.deepEqual(describeContact(summarizeContact(note({ lastContacted: day(2026, 11, 20) }), TODAY, 3), 14), { state: 'due-soon', daysSince: 11, daysUntilDue: 3 });
      assert.deepEqual(describeContact(summarizeContact(note({ lastContacted: day(2026, 11, 20) }), day(2026, 12, 4), 3), 14), { state: 'due-soon', daysSince: 14, daysUntilDue: 0 });
      assert.deepEqual(describeContact(summarizeContact(note({ lastContacted: day(2026, 11, 20) }), day(2026, 12, 9), 3), 14), { state: 'overdue', overdueDays: 5 });
      assert.deepEqual(describeContact(summarizeContact(note({ lastContacted: day(2026, 12, 4) }), TODAY, 3), 14), { state: 'never', planned: undefined });
      assert.deepEqual(describeContact(summarizeContact(note({ status: 'archived', lastContacted: day(2026, 11, 1) }), TODAY, 3), 14), { state: 'archived', daysSince: 30 });
      assert.deepEqual(describeContact(summarizeContact(note({ status: 'archived' }), TODAY, 3), 14), { state: 'archived', daysSince: undefined });
      assert.deepEqual(describeContact(summarizeContact(note({ brokenReason: { id: 'yaml-invalid', reason: 'x' } }), TODAY, 3), 14), { state: 'unknown' });
    });
  });

  describe('compareUrgency', () => {
    it('orders overdue (most first), unreadable, never, then by due date, archived last', () => {
      const summaries: Record<string, ContactSummary> = {
        okLate: summarizeContact(note({ lastContacted: day(2026, 11, 30), cadenceDays: 30 }), TODAY, 3),
        overdue5: summarizeContact(note({ lastContacted: day(2026, 11, 12), cadenceDays: 14 }), TODAY, 3),
        never: summarizeContact(note(), TODAY, 3),
        dueSoon: summarizeContact(note({ lastContacted: day(2026, 11, 19), cadenceDays: 14 }), TODAY, 3),
        overdue20: summarizeContact(note({ lastContacted: day(2026, 10, 28), cadenceDays: 14 }), TODAY, 3),
        okSoon: summarizeContact(note({ lastContacted: day(2026, 11, 25), cadenceDays: 14 }), TODAY, 3),
        archived: summarizeContact(note({ status: 'archived', lastContacted: day(2025, 1, 1) }), TODAY, 3),
        unreadable: summarizeContact(note({ brokenReason: { id: 'yaml-invalid', reason: 'x' } }), TODAY, 3),
      };
      assert.equal(summaries.overdue5.overdueDays, 5);
      assert.equal(summaries.overdue20.overdueDays, 20);
      const order = Object.keys(summaries).sort((a, b) => compareUrgency(summaries[a], summaries[b]));
      assert.deepEqual(order, ['overdue20', 'overdue5', 'unreadable', 'never', 'dueSoon', 'okSoon', 'okLate', 'archived']);
      assert.equal(compareUrgency(summaries.never, summaries.never), 0);
    });
  });
});
