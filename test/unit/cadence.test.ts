import * as assert from 'node:assert/strict';
import { parseCadence } from '../../src/core/reading/cadence';

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
      assert.deepEqual(parseCadence('0'), { ok: false, message: { id: 'cadence-too-short', value: '0' } });
      assert.deepEqual(parseCadence(0), { ok: false, message: { id: 'cadence-too-short', value: '0' } });
      assert.deepEqual(parseCadence('-3'), { ok: false, message: { id: 'cadence-too-short', value: '-3' } });
      assert.deepEqual(parseCadence(-1), { ok: false, message: { id: 'cadence-too-short', value: '-1' } });
      assert.deepEqual(parseCadence('0w'), { ok: false, message: { id: 'cadence-too-short', value: '0w' } });
    });

    it('refuses fractions of a day', () => {
      assert.deepEqual(parseCadence('1.5'), { ok: false, message: { id: 'cadence-fraction', value: '1.5' } });
      assert.deepEqual(parseCadence(1.5), { ok: false, message: { id: 'cadence-fraction', value: '1.5' } });
      assert.equal(parseCadence(Number.NaN).ok, false);
      assert.equal(parseCadence(Number.POSITIVE_INFINITY).ok, false);
    });

    it('refuses absurdly long cadences', () => {
      assert.deepEqual(parseCadence(3661), { ok: false, message: { id: 'cadence-too-long', value: '3661' } });
      assert.deepEqual(parseCadence('600m'), { ok: false, message: { id: 'cadence-too-long', value: '600m' } });
    });

    it('refuses unknown units and text', () => {
      for (const value of ['2x', 'weekly', '-3d', '2w3d', '']) {
        assert.deepEqual(parseCadence(value), { ok: false, message: { id: 'cadence-unreadable', value } });
      }
    });

    it('refuses objects, lists, null and booleans, saying what was found', () => {
      assert.deepEqual(parseCadence({ every: 2 }), { ok: false, message: { id: 'cadence-not-text', found: { kind: 'mapping' } } });
      assert.deepEqual(parseCadence([14]), { ok: false, message: { id: 'cadence-not-text', found: { kind: 'list' } } });
      assert.deepEqual(parseCadence(null), { ok: false, message: { id: 'cadence-not-text', found: { kind: 'null' } } });
      assert.deepEqual(parseCadence(true), { ok: false, message: { id: 'cadence-not-text', found: { kind: 'scalar', type: 'boolean', json: 'true' } } });
    });
  });
});
