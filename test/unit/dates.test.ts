import * as assert from 'node:assert/strict';
import {
  addDays,
  compareDates,
  daysBetween,
  formatDate,
  fromDate,
  fromOrdinal,
  isValidDate,
  laterOf,
  msUntilNextMidnight,
  ordinal,
  parseDateOrDateTime,
  parseIsoDate,
  today,
  type Clock,
} from '../../src/core/time/dates';
import type { LocalDate } from '../../src/core/model';
import { day } from './helpers';

const HOUR = 3_600_000;
const zone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
const clockAt = (date: Date): Clock => ({ now: () => date });
/** The local calendar day of an instant, computed with the local Date API only. */
const localDayOf = (instant: Date): LocalDate => ({ year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() });

describe('dates', () => {
  describe('parseIsoDate', () => {
    it('reads YYYY-MM-DD as a calendar date', () => {
      assert.deepEqual(parseIsoDate('2026-11-20'), day(2026, 11, 20));
      assert.deepEqual(parseIsoDate('  2026-01-05 '), day(2026, 1, 5));
      assert.deepEqual(parseIsoDate('2026-12-31'), day(2026, 12, 31));
    });

    it('refuses impossible dates', () => {
      for (const text of ['2026-02-30', '2026-02-29', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32', '1900-02-29', '0000-01-01']) {
        assert.equal(parseIsoDate(text), undefined, text);
      }
    });

    it('knows leap years', () => {
      assert.deepEqual(parseIsoDate('2024-02-29'), day(2024, 2, 29));
      assert.deepEqual(parseIsoDate('2000-02-29'), day(2000, 2, 29));
      assert.equal(parseIsoDate('2025-02-29'), undefined);
      assert.equal(isValidDate(2024, 2, 29), true);
      assert.equal(isValidDate(2025, 2, 29), false);
    });

    it('refuses other formats', () => {
      for (const text of ['', '2026-1-20', '2026-11-2', '20-11-2026', '2026/11/20', '2026.11.20', '20261120', '2026-11-20x', 'x2026-11-20',
        '2026-11-20T10:00', '26-11-20', 'today', '2026-11-20 2026-11-21']) {
        assert.equal(parseIsoDate(text), undefined, JSON.stringify(text));
      }
    });
  });

  describe('parseDateOrDateTime @tz', () => {
    it('reads a plain date as the same local date @tz', () => {
      assert.deepEqual(parseDateOrDateTime('2026-11-20'), day(2026, 11, 20));
      assert.equal(parseDateOrDateTime('2026-02-30'), undefined);
    });

    it('reads a date-time without an offset as local time (its own date) @tz', () => {
      assert.deepEqual(parseDateOrDateTime('2026-11-20T23:59'), day(2026, 11, 20));
      assert.deepEqual(parseDateOrDateTime('2026-11-20T00:00:00'), day(2026, 11, 20));
      assert.deepEqual(parseDateOrDateTime('2026-11-20 08:15:30.250'), day(2026, 11, 20));
      assert.deepEqual(parseDateOrDateTime('2026-03-08T02:30'), day(2026, 3, 8)); // a time skipped by US DST
    });

    it('converts a date-time with Z or an offset to the local day of that instant @tz', () => {
      const cases: [string, Date][] = [
        ['2026-11-20T10:00:00Z', new Date(Date.UTC(2026, 10, 20, 10, 0, 0))],
        ['2026-11-20T23:30:00Z', new Date(Date.UTC(2026, 10, 20, 23, 30))],
        ['2026-11-20T00:30z', new Date(Date.UTC(2026, 10, 20, 0, 30))],
        ['2026-11-20T00:30:00+14:00', new Date(Date.UTC(2026, 10, 19, 10, 30))],
        ['2026-11-20T23:30:00-10:00', new Date(Date.UTC(2026, 10, 21, 9, 30))],
        ['2026-11-20T12:00+0530', new Date(Date.UTC(2026, 10, 20, 6, 30))],
        ['2026-11-20T12:00-05', new Date(Date.UTC(2026, 10, 20, 17, 0))],
        ['2026-12-31T23:00:00Z', new Date(Date.UTC(2026, 11, 31, 23, 0))],
        ['2026-03-08T06:59:00Z', new Date(Date.UTC(2026, 2, 8, 6, 59))],
        ['2026-10-03T15:15:00Z', new Date(Date.UTC(2026, 9, 3, 15, 15))],
      ];
      for (const [text, instant] of cases) {
        assert.deepEqual(parseDateOrDateTime(text), localDayOf(instant), `${text} in ${zone}`);
      }
    });

    it('gives the same local day for one instant written with different offsets @tz', () => {
      const a = parseDateOrDateTime('2026-11-21T09:30:00Z');
      assert.deepEqual(parseDateOrDateTime('2026-11-20T23:30:00-10:00'), a);
      assert.deepEqual(parseDateOrDateTime('2026-11-21T23:30:00+14:00'), a);
      assert.deepEqual(parseDateOrDateTime('2026-11-21T15:00+05:30'), a);
    });

    it('shifts the written date by the zone offset, computed independently of the Date getters @tz', () => {
      // 2026-11-20T23:30-10:00 is 2026-11-21 09:30 UTC. Local minutes of that instant = 09:30 + the zone's offset.
      const instant = Date.UTC(2026, 10, 21, 9, 30);
      const offsetMinutes = -new Date(instant).getTimezoneOffset();
      const localMinutes = 9 * 60 + 30 + offsetMinutes;
      const expected = addDays(day(2026, 11, 21), Math.floor(localMinutes / 1440));
      assert.deepEqual(parseDateOrDateTime('2026-11-20T23:30:00-10:00'), expected);
      // The result is never more than one day away from the UTC date.
      assert.ok(Math.abs(daysBetween(day(2026, 11, 21), expected)) <= 1);
      // In the extreme zones the answer is known outright.
      if (zone === 'Pacific/Kiritimati') assert.deepEqual(expected, day(2026, 11, 21));
      if (zone === 'Pacific/Honolulu') assert.deepEqual(expected, day(2026, 11, 20));
      if (zone === 'UTC' || zone === 'Etc/UTC') assert.deepEqual(expected, day(2026, 11, 21));
    });

    it('knows the answer in the extreme zones @tz', () => {
      const kiritimati = zone === 'Pacific/Kiritimati';
      const honolulu = zone === 'Pacific/Honolulu';
      if (kiritimati) {
        assert.deepEqual(parseDateOrDateTime('2026-11-20T10:00:00Z'), day(2026, 11, 21));
        assert.deepEqual(parseDateOrDateTime('2026-11-20T09:59:00Z'), day(2026, 11, 20));
      }
      if (honolulu) {
        assert.deepEqual(parseDateOrDateTime('2026-11-20T09:59:00Z'), day(2026, 11, 19));
        assert.deepEqual(parseDateOrDateTime('2026-11-20T10:00:00Z'), day(2026, 11, 20));
      }
      if (zone === 'Europe/Berlin') assert.deepEqual(parseDateOrDateTime('2026-11-20T23:30:00Z'), day(2026, 11, 21));
      if (zone === 'America/New_York') assert.deepEqual(parseDateOrDateTime('2026-11-21T04:30:00Z'), day(2026, 11, 20));
    });

    it('refuses impossible date-times and offsets @tz', () => {
      for (const text of ['2026-02-30T10:00Z', '2026-11-20T24:00', '2026-11-20T10:60', '2026-11-20T10:00:60', '2026-11-20T10:00+15:00',
        '2026-11-20T10', '2026-11-20T1:00', '2026-11-20T10:00 Europe/Berlin', 'yesterday']) {
        assert.equal(parseDateOrDateTime(text), undefined, text);
      }
    });
  });

  describe('today and rollover @tz', () => {
    it('is the local calendar day of the injected clock @tz', () => {
      assert.deepEqual(today(clockAt(new Date(2026, 10, 20, 23, 59, 59, 999))), day(2026, 11, 20));
      assert.deepEqual(today(clockAt(new Date(2026, 10, 21, 0, 0, 0, 0))), day(2026, 11, 21));
      assert.deepEqual(today(clockAt(new Date(2026, 11, 31, 23, 59, 59, 999))), day(2026, 12, 31));
      assert.deepEqual(today(clockAt(new Date(2027, 0, 1, 0, 0))), day(2027, 1, 1));
    });

    it('rolls over at local midnight: today is 0, yesterday is 1 @tz', () => {
      let now = new Date(2026, 10, 20, 23, 59, 59, 999);
      const clock: Clock = { now: () => now };
      const contact = day(2026, 11, 20);
      assert.equal(daysBetween(contact, today(clock)), 0);
      now = new Date(2026, 10, 21, 0, 0, 0, 0);
      assert.equal(daysBetween(contact, today(clock)), 1);
      now = new Date(now.getTime() + msUntilNextMidnight(now));
      assert.equal(daysBetween(contact, today(clock)), 2);
    });

    it('rolls over on DST change days too @tz', () => {
      for (const [y, m, d] of [[2026, 3, 8], [2026, 3, 29], [2026, 10, 4], [2026, 4, 5], [2026, 10, 25], [2026, 11, 1]]) {
        const before = new Date(y, m - 1, d, 23, 59, 59, 999);
        const after = new Date(y, m - 1, d + 1, 0, 0, 0, 0);
        assert.deepEqual(today(clockAt(before)), day(y, m, d));
        assert.deepEqual(today(clockAt(after)), addDays(day(y, m, d), 1));
        assert.equal(daysBetween(today(clockAt(before)), today(clockAt(after))), 1);
      }
    });
  });

  describe('daysBetween @tz', () => {
    it('counts whole calendar days @tz', () => {
      assert.equal(daysBetween(day(2026, 11, 20), day(2026, 11, 20)), 0);
      assert.equal(daysBetween(day(2026, 11, 20), day(2026, 12, 2)), 12);
      assert.equal(daysBetween(day(2026, 12, 2), day(2026, 11, 20)), -12);
      assert.equal(daysBetween(day(2026, 12, 31), day(2027, 1, 1)), 1);
      assert.equal(daysBetween(day(2024, 2, 28), day(2024, 3, 1)), 2);
      assert.equal(daysBetween(day(2025, 2, 28), day(2025, 3, 1)), 1);
      assert.equal(daysBetween(day(2026, 1, 1), day(2027, 1, 1)), 365);
      assert.equal(daysBetween(day(2024, 1, 1), day(2025, 1, 1)), 366);
    });

    it('is not shifted by daylight-saving changes @tz', () => {
      assert.equal(daysBetween(day(2026, 3, 7), day(2026, 3, 9)), 2); // US spring forward 2026-03-08
      assert.equal(daysBetween(day(2026, 3, 28), day(2026, 3, 30)), 2); // EU 2026-03-29
      assert.equal(daysBetween(day(2026, 10, 3), day(2026, 10, 5)), 2); // Lord Howe, 30 minutes, 2026-10-04
      assert.equal(daysBetween(day(2026, 10, 24), day(2026, 10, 26)), 2); // EU fall back
      assert.equal(daysBetween(day(2026, 10, 31), day(2026, 11, 2)), 2); // US fall back
      assert.equal(daysBetween(day(2026, 3, 1), day(2026, 4, 1)), 31);
      assert.equal(daysBetween(day(2026, 10, 1), day(2026, 11, 1)), 31);
    });

    it('counts days between local instants on both sides of a DST change @tz', () => {
      const cases: [Date, Date, number][] = [
        [new Date(2026, 2, 7, 23, 30), new Date(2026, 2, 8, 23, 30), 1],
        [new Date(2026, 2, 8, 0, 30), new Date(2026, 2, 9, 0, 10), 1],
        [new Date(2026, 2, 28, 12, 0), new Date(2026, 2, 30, 0, 5), 2],
        [new Date(2026, 9, 3, 23, 59), new Date(2026, 9, 4, 3, 0), 1],
        [new Date(2026, 9, 4, 0, 0), new Date(2026, 9, 4, 23, 59), 0],
        [new Date(2026, 10, 1, 0, 30), new Date(2026, 10, 1, 23, 30), 0],
      ];
      for (const [a, b, expected] of cases) assert.equal(daysBetween(fromDate(a), fromDate(b)), expected, `${a.toString()} → ${b.toString()}`);
    });
  });

  describe('msUntilNextMidnight @tz', () => {
    const landsOnNextMidnight = (now: Date) => {
      const ms = msUntilNextMidnight(now);
      assert.ok(ms >= 1, `positive: ${ms}`);
      const at = new Date(now.getTime() + ms);
      const label = `${now.toString()} + ${ms}ms = ${at.toString()}`;
      assert.equal(at.getHours(), 0, label);
      assert.equal(at.getMinutes(), 0, label);
      assert.equal(at.getSeconds(), 0, label);
      assert.equal(at.getMilliseconds(), 0, label);
      assert.deepEqual(fromDate(at), addDays(fromDate(now), 1), label);
      // One millisecond earlier is still the same day as `now`: it is the next midnight, not a later one.
      assert.deepEqual(fromDate(new Date(at.getTime() - 1)), fromDate(now), label);
      return ms;
    };

    it('lands exactly on the next local midnight @tz', () => {
      assert.equal(landsOnNextMidnight(new Date(2026, 10, 20, 23, 59, 59, 999)), 1);
      assert.equal(landsOnNextMidnight(new Date(2026, 10, 20, 23, 0, 0, 0)), HOUR);
      assert.equal(landsOnNextMidnight(new Date(2026, 10, 20, 12, 0)), 12 * HOUR);
      assert.equal(landsOnNextMidnight(new Date(2026, 10, 21, 0, 0, 0, 0)), 24 * HOUR);
      assert.equal(landsOnNextMidnight(new Date(2026, 11, 31, 18, 30)), 5.5 * HOUR);
    });

    it('lands on local midnight on DST change days @tz', () => {
      for (const [y, m, d] of [[2026, 3, 8], [2026, 3, 29], [2026, 10, 4], [2026, 4, 5], [2026, 10, 25], [2026, 11, 1]]) {
        for (const hour of [0, 1, 3, 12, 23]) landsOnNextMidnight(new Date(y, m - 1, d, hour, 15));
      }
    });

    it('measures the real length of a DST day @tz', () => {
      // Hours from local midnight to the next one, where this zone changes its clocks in 2026.
      const known: Record<string, Record<string, number>> = {
        'America/New_York': { '2026-03-08': 23, '2026-11-01': 25 },
        'Europe/Berlin': { '2026-03-29': 23, '2026-10-25': 25 },
        'Australia/Lord_Howe': { '2026-10-04': 23.5, '2026-04-05': 24.5 },
        'Pacific/Kiritimati': {},
        'Pacific/Honolulu': {},
        UTC: {},
        'Etc/UTC': {},
      };
      const table = known[zone];
      if (!table) return; // an unlisted zone: the landing test above still holds
      for (const date of ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01', '2026-06-15']) {
        const d = parseIsoDate(date)!;
        const ms = msUntilNextMidnight(new Date(d.year, d.month - 1, d.day, 0, 0, 0, 0));
        assert.equal(ms / HOUR, table[date] ?? 24, `${date} in ${zone}`);
      }
    });
  });

  describe('arithmetic and formatting @tz', () => {
    it('formats as YYYY-MM-DD with zero padding @tz', () => {
      assert.equal(formatDate(day(2026, 3, 5)), '2026-03-05');
      assert.equal(formatDate(day(2026, 11, 20)), '2026-11-20');
      assert.equal(formatDate(day(999, 1, 1)), '0999-01-01');
    });

    it('adds days across months, years and leap days @tz', () => {
      assert.deepEqual(addDays(day(2026, 12, 31), 1), day(2027, 1, 1));
      assert.deepEqual(addDays(day(2026, 3, 1), -1), day(2026, 2, 28));
      assert.deepEqual(addDays(day(2024, 3, 1), -1), day(2024, 2, 29));
      assert.deepEqual(addDays(day(2026, 11, 20), 14), day(2026, 12, 4));
      assert.deepEqual(addDays(day(2026, 3, 7), 2), day(2026, 3, 9));
      assert.deepEqual(addDays(day(2026, 10, 4), 0), day(2026, 10, 4));
      assert.deepEqual(addDays(day(2026, 1, 31), 365), day(2027, 1, 31));
    });

    it('round-trips ordinals @tz', () => {
      assert.equal(ordinal(day(1970, 1, 1)), 0);
      assert.equal(ordinal(day(1970, 1, 2)), 1);
      assert.equal(ordinal(day(1969, 12, 31)), -1);
      assert.deepEqual(fromOrdinal(0), day(1970, 1, 1));
      assert.deepEqual(fromOrdinal(-1), day(1969, 12, 31));
      assert.equal(ordinal(day(2026, 11, 20)), 20777);
      for (const d of [day(2026, 11, 20), day(2024, 2, 29), day(2000, 1, 1), day(1900, 3, 1), day(2026, 3, 8), day(2026, 10, 4), day(9999, 12, 31)]) {
        assert.deepEqual(fromOrdinal(ordinal(d)), d);
      }
      for (let n = 20_000; n < 20_800; n += 7) assert.equal(ordinal(fromOrdinal(n)), n);
    });

    it('compares and picks the later date @tz', () => {
      assert.ok(compareDates(day(2026, 11, 20), day(2026, 11, 21)) < 0);
      assert.ok(compareDates(day(2027, 1, 1), day(2026, 12, 31)) > 0);
      assert.equal(compareDates(day(2026, 11, 20), day(2026, 11, 20)), 0);
      assert.deepEqual(laterOf(day(2026, 11, 20), day(2026, 10, 30)), day(2026, 11, 20));
      assert.deepEqual(laterOf(day(2026, 10, 30), day(2026, 11, 20)), day(2026, 11, 20));
      assert.deepEqual(laterOf(undefined, day(2026, 1, 1)), day(2026, 1, 1));
      assert.deepEqual(laterOf(day(2026, 1, 1), undefined), day(2026, 1, 1));
      assert.equal(laterOf(undefined, undefined), undefined);
    });

    it('takes the local day of an instant @tz', () => {
      assert.deepEqual(fromDate(new Date(2026, 10, 20, 0, 0)), day(2026, 11, 20));
      assert.deepEqual(fromDate(new Date(2026, 10, 20, 23, 59, 59, 999)), day(2026, 11, 20));
    });
  });
});

describe('ordinal by arithmetic', () => {
  it('equals the Date.UTC day number for every day from 1899 to 2101', () => {
    const { ordinal } = require('../../src/core/time/dates') as typeof import('../../src/core/time/dates');
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const expected = Math.round(t / 86_400_000);
      const actual = ordinal({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      if (actual !== expected) throw new Error(`${d.toISOString()}: ${actual} != ${expected}`);
    }
  });

  it('and back: fromOrdinal gives the Date.UTC day of every day number from year 1 to 9999', () => {
    const { fromOrdinal } = require('../../src/core/time/dates') as typeof import('../../src/core/time/dates');
    for (let n = -719_162; n <= 2_932_896; n++) {
      const d = new Date(n * 86_400_000);
      const actual = fromOrdinal(n);
      if (actual.year !== d.getUTCFullYear() || actual.month !== d.getUTCMonth() + 1 || actual.day !== d.getUTCDate()) throw new Error(`${n}: ${JSON.stringify(actual)} != ${d.toISOString()}`);
    }
  });
});
