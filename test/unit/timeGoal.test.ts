import * as assert from 'node:assert/strict';
import { formatMinutes, hoursAndMinutes, parseTimeGoal, weeklyMinutes } from '../../src/core/reading/timeGoal';
import { type FoundValue } from '../../src/core/model';

describe('timeGoal', () => {
  describe('parseTimeGoal', () => {
    const good: [string, number, 'week' | 'month'][] = [
      ['2h/month', 120, 'month'],
      ['30m/week', 30, 'week'],
      ['1.5h per month', 90, 'month'],
      ['1h30m / wk', 90, 'week'],
      ['45m/mo', 45, 'month'],
      ['2h/m', 120, 'month'],
      ['2h/w', 120, 'week'],
      ['2 h / month', 120, 'month'],
      ['90 min/week', 90, 'week'],
      ['2H/Month', 120, 'month'],
    ];
    for (const [text, minutes, per] of good) {
      it(`reads "${text}"`, () => assert.deepEqual(parseTimeGoal(text), { ok: true, goal: { minutes, per } }));
    }

    it('refuses bad values with the found value', () => {
      const text = (json: string) => ({ kind: 'scalar', type: 'string', json } as const);
      const bad: [unknown, FoundValue][] = [
        ['2h', text('"2h"')],
        ['lots', text('"lots"')],
        ['0h/month', text('"0h/month"')],
        ['2h/day', text('"2h/day"')],
        ['/month', text('"/month"')],
        [2, { kind: 'scalar', type: 'number', json: '2' }],
        [null, { kind: 'null' }],
        [{ h: 2 }, { kind: 'mapping' }],
        [['2h/month'], { kind: 'list' }],
      ];
      for (const [value, found] of bad) {
        assert.deepEqual(parseTimeGoal(value), { ok: false, message: { id: 'time-goal-unreadable', found } }, JSON.stringify(value));
      }
    });
  });

  describe('weeklyMinutes', () => {
    it('keeps a weekly goal and spreads a monthly one over 52/12 weeks', () => {
      assert.equal(weeklyMinutes({ minutes: 30, per: 'week' }), 30);
      assert.equal(weeklyMinutes({ minutes: 130, per: 'month' }), 30);
      assert.equal(weeklyMinutes({ minutes: 120, per: 'month' }), (120 * 12) / 52);
    });
  });

  describe('hoursAndMinutes', () => {
    const split = (hours: number, minutes: number) => ({ hours, minutes });
    it('splits like the contact-log headings', () => {
      assert.deepEqual(hoursAndMinutes(0), split(0, 0));
      assert.deepEqual(hoursAndMinutes(45), split(0, 45));
      assert.deepEqual(hoursAndMinutes(60), split(1, 0));
      assert.deepEqual(hoursAndMinutes(90), split(1, 30));
      assert.deepEqual(hoursAndMinutes(120), split(2, 0));
      assert.deepEqual(hoursAndMinutes(1505), split(25, 5));
    });

    it('rounds fractional minutes without ever making 60 minutes', () => {
      assert.deepEqual(hoursAndMinutes(27.69), split(0, 28));
      assert.deepEqual(hoursAndMinutes(59.7), split(1, 0));
      assert.deepEqual(hoursAndMinutes(119.6), split(2, 0));
      assert.deepEqual(hoursAndMinutes(89.4), split(1, 29));
      assert.deepEqual(hoursAndMinutes(weeklyMinutes({ minutes: 120, per: 'month' })), split(0, 28));
    });

    it('words the duration in the units it is given', () => {
      const units = { hours: '{0} h', minutes: '{0} min', hoursMinutes: '{0} h {1} min' };
      assert.equal(formatMinutes(45, units), '45 min');
      assert.equal(formatMinutes(120, units), '2 h');
      assert.equal(formatMinutes(89.6, units), '1 h 30 min');
    });
  });
});
