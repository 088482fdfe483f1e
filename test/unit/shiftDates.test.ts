// The harness moves demo and fixture copies to today; only real dates move, every one by the same days.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addDays, formatDate } from '../../src/core/time/dates';
import { at, fixture, line, NOW, read } from './calendarHelpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shiftText, shiftMonthDays, shiftIcs, daysSinceWritten, shiftDatesToToday } = require('../../../test/harness/shift-dates.js') as {
  shiftText(text: string, days: number): string;
  shiftMonthDays(text: string, days: number): string;
  shiftIcs(text: string, days: number): string;
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

  it('moves a day of the year in the front matter (dates: birthday: 06-02) as its next day after 2026-11-29', () => {
    const note = ['---', 'dates: { birthday: 12-03, renewal: 2027-01-04, "kick-off": \'11-29\' }', 'more:', '  new year: 01-01   # yearly', '  leap: 02-29', '  bad: 02-30', '---', 'Call 12-03: not a front matter value.', ''].join('\n');
    assert.equal(shiftMonthDays(note, 3), ['---', 'dates: { birthday: 12-06, renewal: 2027-01-04, "kick-off": \'12-02\' }', 'more:', '  new year: 01-04   # yearly', '  leap: 02-29', '  bad: 02-30', '---', 'Call 12-03: not a front matter value.', ''].join('\n'));
    assert.equal(shiftMonthDays('---\nend: 12-31\nfeb: 02-28\n---\n', 1), '---\nend: 01-01\nfeb: 03-01\n---\n', 'across the year\'s end; 2027 has no 02-29');
    assert.equal(shiftMonthDays('no front matter: 12-03\n', 3), 'no front matter: 12-03\n');
  });

  it('keeps a shifted note\'s dates as far ahead of today as they were of 2026-11-29', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shift-'));
    fs.writeFileSync(path.join(dir, 'a.md'), '---\nlast_contacted: 2026-11-20\ndates: { birthday: 12-03, renewal: 2026-12-09 }\n---\n');
    assert.equal(shiftDatesToToday(dir, new Date(2027, 0, 30, 12)), 62);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), '---\nlast_contacted: 2027-01-21\ndates: { birthday: 02-03, renewal: 2027-02-09 }\n---\n');
    fs.rmSync(dir, { recursive: true });
  });

  it('counts whole local days since 2026-11-29 @tz', () => {
    assert.equal(daysSinceWritten(new Date(2026, 10, 29, 0, 0, 1)), 0);
    assert.equal(daysSinceWritten(new Date(2026, 11, 1, 23, 59, 59)), 2);
  });

  describe('a calendar export (.ics)', () => {
    // A zone's own DTSTART and rule: the starting points of its changes, never moved.
    const ZONE = ['BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16011028T030000',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'END:VTIMEZONE'];
    it('moves event dates, date-times, EXDATE lists, RECURRENCE-ID, UNTIL and a weekly rule\'s weekdays; never a VTIMEZONE', () => {
      const text = [
        ...ZONE,
        'BEGIN:VEVENT',
        'DTSTART;TZID="W. Europe Standard Time":20261124T093000',
        'DTEND;VALUE=DATE:20261231',
        'RRULE:FREQ=WEEKLY;UNTIL=20261229T083000Z;INTERVAL=1;BYDAY=TU,SA;WKST=MO',
        'EXDATE;TZID="W. Europe Standard Time":20261027T093000,20261103T093000',
        'RECURRENCE-ID:20261110T083000Z',
        'DTSTAMP:20261129T073012Z',
        'SUMMARY:Review of 20261124 numbers',
        'DESCRIPTION:Call 20261124 or 2026-11-24',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n');
      assert.equal(shiftIcs(text, 3), [
        ...ZONE,
        'BEGIN:VEVENT',
        'DTSTART;TZID="W. Europe Standard Time":20261127T093000',
        'DTEND;VALUE=DATE:20270103',
        'RRULE:FREQ=WEEKLY;UNTIL=20270101T083000Z;INTERVAL=1;BYDAY=FR,TU;WKST=MO',
        'EXDATE;TZID="W. Europe Standard Time":20261030T093000,20261106T093000',
        'RECURRENCE-ID:20261113T083000Z',
        'DTSTAMP:20261202T073012Z',
        'SUMMARY:Review of 20261124 numbers',
        'DESCRIPTION:Call 20261124 or 2026-11-24',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'));
      assert.equal(shiftIcs(text, 0), text);
      assert.match(shiftIcs(text, -8), /BYDAY=MO,FR;/);
    });

    it('reads a line folded inside a date as one, and keeps the folds where they were', () => {
      const folded = 'BEGIN:VEVENT\r\nEXDATE;TZID=Europe/Berlin:20261027T093000,202611\r\n 03T093000\r\nEND:VEVENT\r\n';
      assert.equal(shiftIcs(folded, 7), 'BEGIN:VEVENT\r\nEXDATE;TZID=Europe/Berlin:20261103T093000,202611\r\n 10T093000\r\nEND:VEVENT\r\n');
      assert.equal(shiftIcs(folded.replace(/\r\n/g, '\n'), 7), shiftIcs(folded, 7).replace(/\r\n/g, '\n'));
    });

    for (const days of [3, 14, 200]) {
      it(`gives the same meetings ${days} days later when the export and the clock move together @tz`, () => {
        const later = new Date(NOW.getTime() + days * 86_400_000);
        for (const name of ['outlook-w-europe.ics', 'google-berlin.ics']) {
          const before = read(fixture(name));
          const after = read(shiftIcs(fixture(name), days), { clock: at(later) });
          const moved = (e: typeof before.events[number]) => line({ ...e, date: addDays(e.date, days) });
          // Only the Google export's one time in UTC may move an hour on the Berlin clock, across a DST change.
          const wallClock = (events: readonly typeof before.events[number][]) => events.filter((e) => e.title !== 'Lunch with Ingrid');
          assert.deepEqual(wallClock(after.events).map(line), wallClock(before.events).map(moved), name);
          assert.equal(after.events.length, before.events.length, name);
          assert.deepEqual(after.skipped, before.skipped, name);
          assert.equal(formatDate(after.events[0].date), formatDate(addDays(before.events[0].date, days)));
        }
      });
    }

    it('moves a workspace\'s .ics files with its notes, and leaves their names alone', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shift-'));
      fs.mkdirSync(path.join(dir, 'calendar'));
      fs.writeFileSync(path.join(dir, 'calendar', 'export 2026-11-29.ics'), 'BEGIN:VEVENT\r\nDTSTART:20261125T090000Z\r\nEND:VEVENT\r\n');
      assert.equal(shiftDatesToToday(dir, new Date(2026, 11, 1, 12)), 2);
      assert.equal(fs.readFileSync(path.join(dir, 'calendar', 'export 2026-11-29.ics'), 'utf8'), 'BEGIN:VEVENT\r\nDTSTART:20261127T090000Z\r\nEND:VEVENT\r\n');
      fs.rmSync(dir, { recursive: true });
    });
  });
});
