import * as assert from 'node:assert/strict';
import { dayOf, detach, keptDay, keptList, keptTitle, NONE } from '../../src/core/reading/kept';
import { Ahead, hasContent, NOWHERE } from '../../src/core/reading/lineScan';
import { day } from './helpers';

describe('kept values', () => {
  it('detaches a piece of a text as an equal string', () => {
    const text = `${'x'.repeat(100)}Quarterly review with the board${'y'.repeat(100)}`;
    for (const [start, end] of [[100, 130], [100, 105], [0, 230], [5, 5]]) assert.equal(detach(text.slice(start, end)), text.slice(start, end));
    assert.equal(detach('😀 emoji first, then text'), '😀 emoji first, then text');
    assert.equal(keptTitle(text.slice(100, 130)), keptTitle(`${text}`.slice(100, 130)));
  });

  it('keeps lists at their length and shares one frozen empty list', () => {
    assert.equal(keptList([]), NONE);
    assert.ok(Object.isFrozen(NONE));
    const list = [1, 2, 3];
    assert.deepEqual(keptList(list), [1, 2, 3]);
    assert.notEqual(keptList(list), list);
  });

  it('shares one frozen object per day, and reads no impossible day', () => {
    assert.deepEqual(dayOf('2026-11-20'), day(2026, 11, 20));
    assert.equal(dayOf('2026-11-20'), dayOf('2026-11-20'));
    assert.ok(Object.isFrozen(dayOf('2026-11-20')));
    assert.equal(dayOf('2026-02-30'), undefined);
    assert.equal(dayOf('2024-02-29')?.day, 29);
    assert.equal(dayOf('0000-01-01'), undefined);
    assert.equal(keptDay(day(2026, 11, 20)), dayOf('2026-11-20'));
    assert.equal(keptDay(undefined), undefined);
  });
});

describe('line scan', () => {
  it('says a range has content exactly when trim leaves some', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `  ${String.fromCharCode(c)} `;
      assert.equal(hasContent(s, 0, s.length), s.trim() !== '', `U+${c.toString(16)}`);
    }
  });

  it('finds each occurrence ahead once, and says whether it lies in a range', () => {
    const text = 'a<!--b\nc\nd<!--';
    const ahead = new Ahead(text, '<!--');
    assert.equal(ahead.within(0, 6), true);
    assert.equal(ahead.within(7, 8), false);
    assert.equal(ahead.within(9, 14), true);
    assert.equal(ahead.next(15), NOWHERE);
    assert.ok(NOWHERE > text.length);
    assert.equal(Ahead.of(text, 'zz', 0), undefined);
    assert.equal(Ahead.of(text, '<!--', 2)?.next(2), 10);
  });
});
