import * as assert from 'node:assert/strict';
import { weeklyReview } from '../../src/core/reports/weeklyReview';
import { ACME, ARCHIVED, CALM, GLOBEX, HOOLI, REVIEW_SETTINGS as SETTINGS, REVIEW_TODAY as TODAY } from '../fixtures/notes/review';
import { day, note } from './helpers';

describe('weeklyReview @tz', () => {
  const review = weeklyReview([ACME, GLOBEX, HOOLI, ARCHIVED], TODAY, SETTINGS);

  it('is named after the ISO week, Monday to Sunday', () => {
    assert.equal(review.week, '2026-W49');
    assert.equal(review.fileName, '2026-W49.md');
    assert.deepEqual([review.today, review.monday, review.sunday], [TODAY, day(2026, 11, 30), day(2026, 12, 6)]);
    assert.equal(weeklyReview([], day(2027, 1, 2), SETTINGS).fileName, '2026-W53.md');
  });

  it('says who was contacted this week, for how long, and the share of the week', () => {
    assert.deepEqual(review.time, {
      customers: [{ name: 'Acme', contacts: 2, dates: ['2026-11-30', '2026-12-01'], minutes: 105 }],
      minutes: 105, workingHoursPerWeek: 40, percentOfWeek: 4,
    });
  });

  it('lists who is overdue and who was never contacted', () => {
    assert.deepEqual(review.overdue, [{ name: 'Globex', overdueDays: 48, lastContact: day(2026, 10, 1), cadenceDays: 14 }]);
    assert.deepEqual(review.neverContacted, ['Hooli']);
  });

  it('lists open promises, overdue first, most overdue on top', () => {
    assert.deepEqual(review.promises, [
      { name: 'Globex', text: 'old promise', due: day(2026, 10, 1), overdueDays: 62 },
      { name: 'Acme', text: 'send the roadmap', due: day(2026, 11, 25), overdueDays: 7 },
      { name: 'Acme', text: 'later', due: day(2026, 12, 20), overdueDays: undefined },
      { name: 'Acme', text: 'no date yet', due: undefined, overdueDays: undefined },
    ]);
  });

  it('lists habits gone quiet and stale opportunities and risks', () => {
    assert.equal(review.staleDays, 90);
    assert.ok(!review.quietHabits.some((q) => q.name === 'Acme'));
    const never = (habit: string) => ({ habit, last: undefined });
    assert.deepEqual(review.quietHabits.find((q) => q.name === 'Globex')?.habits, [never('understand'), never('vulnerability'), never('time')]);
    assert.deepEqual(review.register, [{ name: 'Acme', kind: 'risk', text: 'the ERP upgrade slips', touched: day(2026, 5, 1) }]);
  });

  it('has nothing to show where nothing is due, and no customers at all with no notes', () => {
    const calm = weeklyReview([CALM], TODAY, SETTINGS);
    assert.deepEqual([calm.overdue, calm.neverContacted, calm.promises, calm.register], [[], [], [], []]);
    assert.deepEqual(calm.time.customers, [{ name: 'Calm', contacts: 1, dates: ['2026-12-01'], minutes: 0 }]);
    assert.equal(calm.noCustomers, false);
    const none = weeklyReview([], TODAY, SETTINGS);
    assert.deepEqual(none.time.customers, []);
    assert.equal(none.noCustomers, true);
    assert.deepEqual(none.quietHabits, []);
  });
});

describe('weeklyReview: coming up', () => {
  it('lists the important dates of the next days, soonest first, and none of archived customers', () => {
    const dates = [{ label: 'renewal', month: 12, day: 10, year: 2026, yearly: false }, { label: 'birthday', month: 1, day: 3, yearly: true }];
    const review = weeklyReview([note({ name: 'Acme', dates }), note({ name: 'Gone', status: 'archived', dates })], TODAY, { ...SETTINGS, upcomingDays: 14 });
    assert.deepEqual(review.upcoming, [{ name: 'Acme', label: 'renewal', date: day(2026, 12, 10), daysUntil: 8 }]);
    assert.deepEqual(weeklyReview([note({ name: 'Acme', dates })], TODAY, { ...SETTINGS, upcomingDays: 40 }).upcoming.map((u) => [u.label, u.date]), [
      ['renewal', day(2026, 12, 10)], ['birthday', day(2027, 1, 3)],
    ]);
  });
});
