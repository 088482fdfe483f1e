import * as assert from 'node:assert/strict';
import { describe as describeValue, formatCadence, parseCadence } from '../../src/core/reading/cadence';

const TEXT_HINT = 'a number of days or text like 3d, 2w, 1m';

describe('cadence', () => {
  describe('parseCadence', () => {
    it('accepts a number of days', () => {
      assert.deepEqual(parseCadence(14), { ok: true, days: 14 });
      assert.deepEqual(parseCadence(1), { ok: true, days: 1 });
      assert.deepEqual(parseCadence(3660), { ok: true, days: 3660 });
    });

    it('accepts a number written as text', () => {
      assert.deepEqual(parseCadence('14'), { ok: true, days: 14 });
      assert.deepEqual(parseCadence(' 30 '), { ok: true, days: 30 });
    });

    it('accepts days, weeks and months (30 days)', () => {
      assert.deepEqual(parseCadence('3d'), { ok: true, days: 3 });
      assert.deepEqual(parseCadence('2w'), { ok: true, days: 14 });
      assert.deepEqual(parseCadence('1m'), { ok: true, days: 30 });
      assert.deepEqual(parseCadence('3 D'), { ok: true, days: 3 });
      assert.deepEqual(parseCadence('  2W'), { ok: true, days: 14 });
      assert.deepEqual(parseCadence('6m'), { ok: true, days: 180 });
    });

    it('refuses zero and negative cadences', () => {
      assert.deepEqual(parseCadence('0'), { ok: false, message: 'cadence 0 must be at least one day' });
      assert.deepEqual(parseCadence(0), { ok: false, message: 'cadence 0 must be at least one day' });
      assert.deepEqual(parseCadence('-3'), { ok: false, message: 'cadence -3 must be at least one day' });
      assert.deepEqual(parseCadence(-1), { ok: false, message: 'cadence -1 must be at least one day' });
      assert.deepEqual(parseCadence('0w'), { ok: false, message: 'cadence 0w must be at least one day' });
    });

    it('refuses fractions of a day', () => {
      assert.deepEqual(parseCadence('1.5'), { ok: false, message: 'cadence 1.5 must be a whole number of days' });
      assert.deepEqual(parseCadence(1.5), { ok: false, message: 'cadence 1.5 must be a whole number of days' });
      assert.equal(parseCadence(Number.NaN).ok, false);
      assert.equal(parseCadence(Number.POSITIVE_INFINITY).ok, false);
    });

    it('refuses absurdly long cadences', () => {
      assert.deepEqual(parseCadence(3661), { ok: false, message: 'cadence 3661 is longer than ten years' });
      assert.deepEqual(parseCadence('600m'), { ok: false, message: 'cadence 600m is longer than ten years' });
    });

    it('refuses unknown units and text', () => {
      assert.deepEqual(parseCadence('2x'), { ok: false, message: `cadence "2x" is not ${TEXT_HINT}` });
      assert.deepEqual(parseCadence('weekly'), { ok: false, message: `cadence "weekly" is not ${TEXT_HINT}` });
      assert.deepEqual(parseCadence('-3d'), { ok: false, message: `cadence "-3d" is not ${TEXT_HINT}` });
      assert.deepEqual(parseCadence('2w3d'), { ok: false, message: `cadence "2w3d" is not ${TEXT_HINT}` });
      assert.deepEqual(parseCadence(''), { ok: false, message: `cadence "" is not ${TEXT_HINT}` });
    });

    it('refuses objects, lists, null and booleans, saying what was found', () => {
      assert.deepEqual(parseCadence({ every: 2 }), { ok: false, message: `cadence must be ${TEXT_HINT} (found a mapping)` });
      assert.deepEqual(parseCadence([14]), { ok: false, message: `cadence must be ${TEXT_HINT} (found a list)` });
      assert.deepEqual(parseCadence(null), { ok: false, message: `cadence must be ${TEXT_HINT} (found null)` });
      assert.deepEqual(parseCadence(true), { ok: false, message: `cadence must be ${TEXT_HINT} (found boolean true)` });
    });
  });

  it('formats a cadence in days', () => {
    assert.equal(formatCadence(14), '14d');
    assert.equal(formatCadence(1), '1d');
  });

  it('describes a found value for messages', () => {
    assert.equal(describeValue(null), 'null');
    assert.equal(describeValue([1]), 'a list');
    assert.equal(describeValue({}), 'a mapping');
    assert.equal(describeValue(new Date(0)), 'a date');
    assert.equal(describeValue('x'), 'string "x"');
    assert.equal(describeValue(3), 'number 3');
  });
});
