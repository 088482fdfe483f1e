// The harness moves demo and fixture copies to today; only real dates move, every one by the same days.
import * as assert from 'node:assert/strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shiftText, daysSinceWritten } = require('../../../test/harness/shift-dates.js') as {
  shiftText(text: string, days: number): string;
  daysSinceWritten(now: Date): number;
};

describe('harness: demo dates moved to today', () => {
  it('shifts dates and date-times, leaves impossible dates and week keys alone', () => {
    assert.equal(
      shiftText('last_contacted: 2026-11-20 · 2026-02-30 · 2026-11-03T16:30:00 · 2026-12-31 · 2026-W48 · 12026-11-20', 3),
      'last_contacted: 2026-11-23 · 2026-02-30 · 2026-11-06T16:30:00 · 2027-01-03 · 2026-W48 · 12026-11-20',
    );
  });

  it('counts whole local days since 2026-11-29 @tz', () => {
    assert.equal(daysSinceWritten(new Date(2026, 10, 29, 0, 0, 1)), 0);
    assert.equal(daysSinceWritten(new Date(2026, 11, 1, 23, 59, 59)), 2);
  });
});
