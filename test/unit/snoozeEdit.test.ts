import * as assert from 'node:assert/strict';
import { snoozeEdit, snoozeEnd } from '../../src/core/editing/snoozeEdit';
import { applyEdit } from '../../src/core/editing/editResult';
import { day, lines } from './helpers';

describe('snooze', () => {
  it('lasts a week, two weeks, or to the same day next month (its last day when shorter), across a year end', () => {
    assert.deepEqual(snoozeEnd(day(2026, 12, 1), 'week'), day(2026, 12, 8));
    assert.deepEqual(snoozeEnd(day(2026, 12, 25), 'two-weeks'), day(2027, 1, 8));
    assert.deepEqual(snoozeEnd(day(2026, 12, 15), 'month'), day(2027, 1, 15));
    assert.deepEqual(snoozeEnd(day(2027, 1, 31), 'month'), day(2027, 2, 28));
    assert.deepEqual(snoozeEnd(day(2028, 1, 31), 'month'), day(2028, 2, 29));
  });

  it('writes snooze_until alone, keeping comments and line endings, and replaces an earlier one', () => {
    const text = lines(['---', 'name: Acme   # the name', 'cadence: 2w', '---', '# Acme', ''], '\r\n');
    const set = snoozeEdit(text, day(2026, 12, 15));
    assert.ok(set.ok);
    const snoozed = applyEdit(text, set.edit);
    assert.equal(snoozed, lines(['---', 'name: Acme   # the name', 'cadence: 2w', 'snooze_until: 2026-12-15', '---', '# Acme', ''], '\r\n'));
    const again = snoozeEdit(snoozed, day(2027, 1, 5));
    assert.ok(again.ok);
    assert.equal(applyEdit(snoozed, again.edit), snoozed.replace('2026-12-15', '2027-01-05'));
  });

  it('ends a snooze by taking its line out, and refuses a note whose front matter cannot be read', () => {
    const text = lines(['---', 'name: Acme', 'snooze_until: 2026-12-15  # back after the audit', 'cadence: 2w', '---', '']);
    const end = snoozeEdit(text, undefined);
    assert.ok(end.ok);
    assert.equal(applyEdit(text, end.edit), lines(['---', 'name: Acme', 'cadence: 2w', '---', '']));
    assert.equal(snoozeEdit('---\nname: [broken\n---\n', day(2026, 12, 15)).ok, false);
  });
});
