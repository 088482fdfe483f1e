import * as assert from 'node:assert/strict';
import { formatMinutes, parseTimeGoal, weeklyMinutes } from '../../src/core/reading/timeGoal';

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
      const bad: [unknown, string][] = [
        ['2h', 'string "2h"'],
        ['lots', 'string "lots"'],
        ['0h/month', 'string "0h/month"'],
        ['2h/day', 'string "2h/day"'],
        ['/month', 'string "/month"'],
        [2, 'number 2'],
        [null, 'null'],
        [{ h: 2 }, 'a mapping'],
        [['2h/month'], 'a list'],
      ];
      for (const [value, found] of bad) {
        assert.deepEqual(parseTimeGoal(value), { ok: false, message: `must look like 2h/month or 30m/week (found ${found})` }, JSON.stringify(value));
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

  describe('formatMinutes', () => {
    it('formats like the contact-log headings', () => {
      assert.equal(formatMinutes(0), '0m');
      assert.equal(formatMinutes(45), '45m');
      assert.equal(formatMinutes(60), '1h');
      assert.equal(formatMinutes(90), '1h30m');
      assert.equal(formatMinutes(120), '2h');
      assert.equal(formatMinutes(1505), '25h5m');
    });

    it('rounds fractional minutes without ever showing 60m', () => {
      assert.equal(formatMinutes(27.69), '28m');
      assert.equal(formatMinutes(59.7), '1h');
      assert.equal(formatMinutes(119.6), '2h');
      assert.equal(formatMinutes(89.4), '1h29m');
      assert.equal(formatMinutes(weeklyMinutes({ minutes: 120, per: 'month' })), '28m');
    });

    it('words the duration in the units it is given', () => {
      const units = { hours: '{0} h', minutes: '{0} min', hoursMinutes: '{0} h {1} min' };
      assert.equal(formatMinutes(45, units), '45 min');
      assert.equal(formatMinutes(120, units), '2 h');
      assert.equal(formatMinutes(89.6, units), '1 h 30 min');
    });
  });
});
