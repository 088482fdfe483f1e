// The daily reminder: once a day (a day after the one last reminded; never twice on a day, nor when the
// clock is set back), off when disabled; and what it says: who needs contact, most overdue first, at
// most five by name, the promises due today and the important dates of today; nothing to say, nothing.
import * as assert from 'node:assert/strict';
import { customerRows } from '../../src/core/today/customerList';
import { reminderDay, reminderFor, shouldRemind, snoozeTarget, type DailyReminder } from '../../src/core/today/dailyReminder';
import { upcomingDates } from '../../src/core/today/upcomingDates';
import { today, type Clock } from '../../src/core/time/dates';
import type { CustomerNote } from '../../src/core/model';
import { ARCHIVED, GLOBEX, HOOLI, INITECH, NEVER, ACME, TODAY } from '../fixtures/notes/today';
import { day, note } from './helpers';

const at = (...parts: [number, number, number, number?, number?]): Clock => {
  const [y, m, d, h = 12, min = 0] = parts;
  return { now: () => new Date(y, m - 1, d, h, min) };
};

/** A host that looks at each clock reading in turn, as the extension does at start-up and each rollover. */
function remindedDays(readings: readonly Clock[], enabled = true, lastDay?: string): string[] {
  const shown: string[] = [];
  let last = lastDay;
  for (const clock of readings) {
    const date = today(clock);
    if (!shouldRemind(last, date, enabled)) continue;
    last = reminderDay(date);
    shown.push(last);
  }
  return shown;
}

const forDay = (notes: readonly CustomerNote[], date = TODAY) =>
  reminderFor(customerRows(notes, date, { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 }), upcomingDates(notes, date, 14), date);

describe('daily reminder: once a day @tz', () => {
  it('reminds on the first look of a day, never again that day', () => {
    assert.deepEqual(remindedDays([at(2026, 12, 1, 8), at(2026, 12, 1, 8, 5), at(2026, 12, 1, 23, 59)]), ['2026-12-01']);
  });

  it('reminds again once the local day rolls over', () => {
    assert.deepEqual(remindedDays([at(2026, 12, 1, 23, 59), at(2026, 12, 2, 0, 1), at(2026, 12, 2, 9)]), ['2026-12-01', '2026-12-02']);
    assert.deepEqual(remindedDays([at(2026, 12, 31, 22), at(2027, 1, 1, 0, 0)]), ['2026-12-31', '2027-01-01'], 'across the year\'s end');
  });

  it('reminds after days without VS Code, and on daylight-saving days', () => {
    assert.deepEqual(remindedDays([at(2026, 3, 27, 18), at(2026, 3, 29, 3, 30), at(2026, 3, 29, 23)]), ['2026-03-27', '2026-03-29']);
    assert.deepEqual(remindedDays([at(2026, 10, 25, 1), at(2026, 10, 25, 23, 30), at(2026, 10, 26, 0, 30)]), ['2026-10-25', '2026-10-26']);
  });

  it('keeps the day last reminded of an earlier session', () => {
    assert.deepEqual(remindedDays([at(2026, 12, 1, 9)], true, '2026-12-01'), []);
    assert.deepEqual(remindedDays([at(2026, 12, 2, 9)], true, '2026-12-01'), ['2026-12-02']);
  });

  it('never reminds twice when the clock is set back', () => {
    assert.deepEqual(remindedDays([at(2026, 12, 2, 9), at(2026, 12, 1, 9), at(2026, 12, 2, 10)]), ['2026-12-02']);
  });

  it('does not remind when turned off, and a stored day it cannot read counts as never', () => {
    assert.deepEqual(remindedDays([at(2026, 12, 1), at(2026, 12, 2)], false), []);
    assert.equal(shouldRemind('not a day', day(2026, 12, 1), true), true);
    assert.equal(shouldRemind(undefined, day(2026, 12, 1), true), true);
  });
});

describe('daily reminder: what it says', () => {
  it('names the overdue, most overdue first, and no one else', () => {
    const reminder = forDay([ACME, INITECH, GLOBEX, NEVER, HOOLI, ARCHIVED])!;
    assert.deepEqual(reminder.overdue.map((c) => [c.name, c.overdueDays]), [['Globex', 28], ['Hooli', 16], ['Initech', 7]]);
    assert.equal(reminder.overdueMore, 0);
    assert.deepEqual([reminder.promises, reminder.dates], [[], []]);
  });

  it('names at most five, and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => note({ name: `Overdue ${i + 1}`, lastContacted: day(2026, 11, 1 + i), cadenceDays: 7 }));
    const reminder = forDay(many)!;
    assert.deepEqual(reminder.overdue.map((c) => c.name), ['Overdue 1', 'Overdue 2', 'Overdue 3', 'Overdue 4', 'Overdue 5']);
    assert.equal(reminder.overdueMore, 3);
  });

  it('names open promises due today, not those due another day or kept', () => {
    const acme = note({
      name: 'Acme', lastContacted: TODAY, commitments: [
        { text: 'send the roadmap', done: false, due: TODAY, line: 12 },
        { text: 'kept already', done: true, due: TODAY, line: 13 },
        { text: 'yesterday\'s', done: false, due: day(2026, 11, 30), line: 14 },
        { text: 'tomorrow\'s', done: false, due: day(2026, 12, 2), line: 15 },
        { text: 'undated', done: false, line: 16 },
      ],
    });
    const reminder = forDay([acme])!;
    assert.deepEqual(reminder.promises, [{ id: acme.id, name: 'Acme', text: 'send the roadmap', line: 12 }]);
    assert.deepEqual(reminder.overdue, []);
  });

  it('names the important dates of today only', () => {
    const ingrid = note({ name: 'Ingrid', lastContacted: TODAY, dates: [{ label: 'birthday', month: 12, day: 1, yearly: true }, { label: 'renewal', month: 12, day: 5, year: 2026, yearly: false }] });
    const reminder = forDay([ingrid])!;
    assert.deepEqual(reminder.dates, [{ id: ingrid.id, name: 'Ingrid', label: 'birthday' }]);
  });

  it('says nothing when nobody needs contact and nothing is due today', () => {
    assert.equal(forDay([ACME, NEVER]), undefined);
    assert.equal(forDay([]), undefined);
  });

  it('never names an archived customer, its promises or its dates', () => {
    const gone = note({ name: 'Gone', status: 'archived', lastContacted: day(2024, 1, 1), commitments: [{ text: 'x', done: false, due: TODAY, line: 3 }], dates: [{ label: 'birthday', month: 12, day: 1, yearly: true }] });
    const rows = customerRows([gone], TODAY, { sortBy: 'overdue', showArchived: true, dueSoonDays: 3 });
    assert.equal(reminderFor(rows, upcomingDates([gone], TODAY, 14), TODAY), undefined);
  });

  it('snoozes the one customer who needs contact, else asks whom', () => {
    const one = forDay([GLOBEX, ACME])!;
    assert.equal(snoozeTarget(one), GLOBEX.id);
    assert.equal(snoozeTarget(forDay([GLOBEX, HOOLI])!), undefined);
    const onlyDates: DailyReminder = { ...one, overdue: [], dates: [{ id: ACME.id, name: 'Acme', label: 'birthday' }] };
    assert.equal(snoozeTarget(onlyDates), undefined);
  });
});
