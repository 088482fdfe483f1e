// The harness moves demo and fixture copies to today; only real dates move, every one by the same days.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shiftText, daysSinceWritten, shiftDatesToToday } = require('../../../test/harness/shift-dates.js') as {
  shiftText(text: string, days: number): string;
  daysSinceWritten(now: Date): number;
  shiftDatesToToday(dir: string, now: Date): number;
};

describe('harness: demo dates moved to today', () => {
  it('shifts dates and date-times, leaves impossible dates and week keys alone', () => {
    assert.equal(
      shiftText('last_contacted: 2026-11-20 · 2026-02-30 · 2026-11-03T16:30:00 · 2026-12-31 · 2026-W48 · 12026-11-20', 3),
      'last_contacted: 2026-11-23 · 2026-02-30 · 2026-11-06T16:30:00 · 2027-01-03 · 2026-W48 · 12026-11-20',
    );
  });

  it('moves a meeting note\'s file name with its text, so its name dates it as its text does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shift-'));
    fs.mkdirSync(path.join(dir, 'meetings'));
    fs.writeFileSync(path.join(dir, 'meetings', '2026-11-25 Review.md'), 'date: 2026-11-25\n');
    assert.equal(shiftDatesToToday(dir, new Date(2026, 11, 1, 12)), 2);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'meetings')), ['2026-11-27 Review.md']);
    assert.equal(fs.readFileSync(path.join(dir, 'meetings', '2026-11-27 Review.md'), 'utf8'), 'date: 2026-11-27\n');
    fs.rmSync(dir, { recursive: true });
  });

  it('counts whole local days since 2026-11-29 @tz', () => {
    assert.equal(daysSinceWritten(new Date(2026, 10, 29, 0, 0, 1)), 0);
    assert.equal(daysSinceWritten(new Date(2026, 11, 1, 23, 59, 59)), 2);
  });
});
