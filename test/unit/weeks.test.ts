import * as assert from 'node:assert/strict';
import { addDays, today } from '../../src/core/time/dates';
import { daysInMonth, isoWeek, isoWeekday, lastMonths, lastWeeks, monthKey, weekKey, weekStart } from '../../src/core/time/weeks';
import { day } from './helpers';

describe('ISO weeks @tz', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    assert.equal(isoWeekday(day(2026, 11, 30)), 1); // a Monday
    assert.equal(isoWeekday(day(2026, 12, 6)), 7);
    assert.equal(isoWeekday(day(1970, 1, 1)), 4);
    assert.equal(isoWeekday(day(1969, 12, 29)), 1); // before the epoch: negative ordinals
  });

  it('puts 2026-12-28 .. 2027-01-03 in 2026-W53, and 2027-01-04 in 2027-W01', () => {
    for (let d = 28; d <= 31; d++) assert.equal(weekKey(day(2026, 12, d)), '2026-W53');
    for (let d = 1; d <= 3; d++) assert.equal(weekKey(day(2027, 1, d)), '2026-W53', `2027-01-0${d}`);
    assert.equal(weekKey(day(2027, 1, 4)), '2027-W01');
    assert.deepEqual(weekStart(day(2027, 1, 3)), day(2026, 12, 28));
  });

  it('knows 2020-W53 and that 2020-12-31 .. 2021-01-03 belong to it', () => {
    assert.equal(weekKey(day(2020, 12, 31)), '2020-W53');
    assert.equal(weekKey(day(2021, 1, 3)), '2020-W53');
    assert.equal(weekKey(day(2021, 1, 4)), '2021-W01');
    assert.deepEqual(weekStart(day(2020, 12, 31)), day(2020, 12, 28));
  });

  it('puts the last days of December in week 1 of the next year when Thursday says so', () => {
    assert.deepEqual(isoWeek(day(2024, 12, 30)), { year: 2025, week: 1 });
    assert.deepEqual(isoWeek(day(2019, 12, 30)), { year: 2020, week: 1 });
    assert.deepEqual(isoWeek(day(2026, 1, 1)), { year: 2026, week: 1 }); // a Thursday
    assert.deepEqual(isoWeek(day(2022, 1, 2)), { year: 2021, week: 52 });
  });

  it('gives 2026-11-26 the key 2026-W48', () => {
    assert.equal(weekKey(day(2026, 11, 26)), '2026-W48');
  });

  it('finds the Monday of every day of several years, in the same week', () => {
    for (let d = day(2019, 12, 1); d.year < 2028; d = addDays(d, 1)) {
      const monday = weekStart(d);
      assert.equal(isoWeekday(monday), 1);
      assert.equal(weekKey(monday), weekKey(d));
    }
  });

  it('lists the last weeks oldest first, across the new year', () => {
    const weeks = lastWeeks(day(2027, 1, 6), 3).map(weekKey);
    assert.deepEqual(weeks, ['2026-W52', '2026-W53', '2027-W01']);
  });

  it('takes the week of the local day, whatever the zone', () => {
    // Sunday 23:30 local is still the old week; Monday 00:10 local is the new one.
    assert.equal(weekKey(today({ now: () => new Date(2026, 10, 29, 23, 30) })), '2026-W48');
    assert.equal(weekKey(today({ now: () => new Date(2026, 10, 30, 0, 10) })), '2026-W49');
    assert.equal(weekKey(today({ now: () => new Date(2027, 0, 3, 23, 59) })), '2026-W53');
  });

  it('names months and lists the last ones across a year boundary', () => {
    assert.equal(monthKey(day(2026, 3, 9)), '2026-03');
    assert.deepEqual(lastMonths(day(2027, 2, 10), 4), ['2026-11', '2026-12', '2027-01', '2027-02']);
    assert.equal(daysInMonth(day(2028, 2, 1)), 29);
    assert.equal(daysInMonth(day(2026, 2, 1)), 28);
  });
});
