// Days since contact end to end under the machine's zone: a note's text is parsed, summarised, described
// and put in the status bar with an injected clock. `npm run test:unit` runs every `@tz` test under
// UTC+14, +13, -10, New York, Berlin and Lord Howe (a 30-minute DST shift), see scripts/test-unit.mjs.
// (test/unit/dates.test.ts covers the date functions themselves.)
import * as assert from 'node:assert/strict';
import { describeContact, summarizeContact } from '../../src/core/today/contactState';
import { customerRows } from '../../src/core/today/customerList';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { problemsOn } from '../../src/core/today/datedProblems';
import { today, type Clock } from '../../src/core/time/dates';
import { statusForCustomer, statusOverall, type StatusFocus } from '../../src/core/today/statusModel';
import type { ContactDescription } from '../../src/core/today/contactState';

const ZONE = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

const at = (date: Date): Clock => ({ now: () => new Date(date.getTime()) });
/** A local wall-clock instant in the machine's zone. */
const local = (y: number, m: number, d: number, h = 12, min = 0, s = 0, ms = 0) => new Date(y, m - 1, d, h, min, s, ms);

/** The local calendar day of an instant, from Intl (an oracle independent of the Date getters Rapport uses). */
function intlDay(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

function noteWith(frontMatter: string, body = '') {
  return parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', `---\nname: Acme\ncadence: 14\n${frontMatter}\n---\n# Acme\n${body}`, { defaultCadenceDays: 14 });
}

/** What the tree and the status bar say for one note at one instant. */
function shown(frontMatter: string, clock: Clock, body = '') {
  const note = noteWith(frontMatter, body);
  assert.deepEqual(note.problems, []);
  const day = today(clock);
  const summary = summarizeContact(note, day, 3);
  const rows = customerRows([note], day, { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 });
  return {
    summary,
    description: describeContact(summary, note.cadenceDays),
    rowDescription: rows[0].description,
    status: statusForCustomer(rows[0], rows, day),
    overall: statusOverall(rows, day),
  };
}

const ok = (daysSince: number): ContactDescription => ({ state: 'ok', daysSince, cadenceDays: 14 });
const dueIn = (daysSince: number, daysUntilDue: number): ContactDescription => ({ state: 'due-soon', daysSince, daysUntilDue });
const acme = (days: number | 'never'): StatusFocus => ({ kind: 'customer', name: 'Acme', days });
const numbersIn = (data: unknown): number[] => [...JSON.stringify(data).matchAll(/":(-?\d+)/g)].map((m) => Number(m[1]));
const assertNoNegativeDays = (data: unknown) => assert.ok(numbersIn(data).every((n) => n >= 0), JSON.stringify(data));
/** No count of days at all: only the date itself (year, month, day) may appear. */
const assertNoDayCounts = (data: unknown) => assert.doesNotMatch(JSON.stringify(data), /"(days|daysSince|daysUntilDue|overdueDays)":\d/, JSON.stringify(data));

describe(`time zones end to end (${ZONE}) @tz`, () => {
  describe('around local midnight @tz', () => {
    it('counts 0 all of today and 1 from the first millisecond of tomorrow @tz', () => {
      const fm = 'last_contacted: 2026-03-10';
      for (const [clock, days] of [
        [local(2026, 3, 10, 0, 0, 0, 0), 0],
        [local(2026, 3, 10, 23, 59, 59, 999), 0],
        [local(2026, 3, 11, 0, 0, 0, 0), 1],
        [local(2026, 3, 11, 23, 59, 59, 999), 1],
        [local(2026, 3, 12, 0, 0, 0, 1), 2],
      ] as const) {
        const view = shown(fm, at(clock));
        assert.equal(view.summary.daysSince, days, `${clock.toString()}`);
        assert.deepEqual(view.description, ok(days));
        assert.deepEqual(view.status.focus, acme(days));
      }
    });

    it('turns overdue exactly at local midnight after the due date @tz', () => {
      const fm = 'last_contacted: 2026-06-01'; // due 2026-06-15
      assert.deepEqual(shown(fm, at(local(2026, 6, 15, 23, 59, 59, 999))).description, dueIn(14, 0));
      const after = shown(fm, at(local(2026, 6, 16, 0, 0, 0, 0)));
      assert.equal(after.summary.state, 'overdue');
      assert.deepEqual(after.description, { state: 'overdue', overdueDays: 1 });
      assert.deepEqual(after.overall.focus, { kind: 'overall', overdue: 1, top: { name: 'Acme', days: 15 } });
    });
  });

  describe('across daylight-saving changes @tz', () => {
    // Every day of 2026 (spring and autumn changes of New York, Berlin and Lord Howe included), just after
    // local midnight and just before the next: whole calendar days, never off by one.
    it('counts whole calendar days on every day of the year, at both ends of the day @tz', () => {
      const fm = 'last_contacted: 2025-12-31';
      for (let d = 0; d < 366; d++) {
        const start = local(2026, 1, 1 + d, 0, 0, 1);
        const end = local(2026, 1, 1 + d, 23, 59, 59);
        for (const clock of [start, end]) {
          const expected = dayNumber(intlDay(clock)) - dayNumber('2025-12-31');
          const view = shown(fm, at(clock));
          assert.equal(view.summary.daysSince, expected, clock.toString());
          assert.deepEqual(view.status.focus, acme(expected));
          assert.deepEqual(view.description, expected > 14 ? { state: 'overdue', overdueDays: expected - 14 } : expected >= 11 ? dueIn(expected, 14 - expected) : ok(expected));
        }
      }
    });

    it('keeps a due date in calendar days across a DST change @tz', () => {
      // Contacts the day before the changes in the northern spring and autumn and Lord Howe's April change.
      for (const [last, now, days] of [
        ['2026-03-07', local(2026, 3, 21, 1, 0), 14], // US spring forward 2026-03-08
        ['2026-03-28', local(2026, 4, 11, 23, 0), 14], // EU spring forward 2026-03-29
        ['2026-04-04', local(2026, 4, 18, 0, 30), 14], // Lord Howe falls back 2026-04-05
        ['2026-10-24', local(2026, 11, 7, 12, 0), 14], // EU falls back 2026-10-25, US 2026-11-01
      ] as const) {
        const view = shown(`last_contacted: ${last}`, at(now));
        assert.equal(view.summary.daysSince, days, `${last} → ${now.toString()}`);
        assert.equal(view.summary.state, 'due-soon');
        assert.deepEqual(view.description, dueIn(days, 0));
      }
    });
  });

  describe('date-times with offsets @tz', () => {
    it('counts from the local calendar day of the instant, not the written date @tz', () => {
      // One instant: 2026-06-16 09:30 UTC, written in three offsets.
      const expectedDay = intlDay(new Date(Date.UTC(2026, 5, 16, 9, 30)));
      const known: Record<string, string> = {
        'Pacific/Kiritimati': '2026-06-16', 'Pacific/Tongatapu': '2026-06-16', 'Pacific/Honolulu': '2026-06-15',
        'America/New_York': '2026-06-16', 'Europe/Berlin': '2026-06-16', 'Australia/Lord_Howe': '2026-06-16',
      };
      if (known[ZONE]) assert.equal(expectedDay, known[ZONE], 'the Intl oracle agrees with the table');
      const clock = at(local(2026, 6, 20, 12, 0));
      const expected = dayNumber('2026-06-20') - dayNumber(expectedDay);
      for (const written of ['2026-06-15T23:30:00-10:00', '2026-06-16T09:30Z', '2026-06-16T23:30:00+14:00']) {
        const view = shown(`last_contacted: ${written}`, clock);
        assert.equal(view.summary.daysSince, expected, written);
        assert.deepEqual(view.status.focus, acme(expected));
      }
    });

    it('reads a date-time without an offset as local wall time @tz', () => {
      const view = shown('last_contacted: 2026-06-15T23:59', at(local(2026, 6, 16, 0, 1)));
      assert.equal(view.summary.daysSince, 1);
    });

    it('places a log entry and last_contacted on the same local day whatever the offset @tz', () => {
      const instant = new Date(Date.UTC(2026, 0, 10, 11, 0)); // local day differs by zone
      const localDay = intlDay(instant);
      const view = shown(`last_contacted: 2026-01-10T11:00:00Z`, at(local(2026, 1, 20)), `\n## Contact log\n\n### ${localDay} Call\n`);
      assert.equal(view.summary.lastContactSource, 'last_contacted', 'same day: last_contacted wins the tie');
      assert.equal(view.summary.daysSince, dayNumber('2026-01-20') - dayNumber(localDay));
    });
  });

  describe('future dates @tz', () => {
    it('does not count a last_contacted after today as a contact, and flags it @tz', () => {
      const now = local(2026, 8, 1, 23, 30);
      for (const written of ['2026-08-02', '2026-08-05']) {
        const view = shown(`last_contacted: ${written}`, at(now));
        assert.equal(view.summary.daysSince, undefined);
        assert.deepEqual(view.description, { state: 'never', planned: undefined });
        assert.deepEqual(view.status.focus, acme('never'));
        const problems = problemsOn(noteWith(`last_contacted: ${written}`), today(at(now)));
        assert.deepEqual(problems.map((p) => [p.code, p.key, p.line]), [['future-date', 'last_contacted', 3]]);
        // Nothing counts days to or from a date that has not come yet.
        for (const shownData of [view.description, view.rowDescription, view.status, view.overall]) assertNoDayCounts(shownData);
      }
      // The next day it is true, and counted.
      assert.equal(shown('last_contacted: 2026-08-02', at(local(2026, 8, 2, 0, 0, 0, 1))).summary.daysSince, 0);
    });

    it('counts a date-time a few hours ahead in another zone only once it is today here @tz', () => {
      // Late evening locally; the instant three hours later may already be tomorrow here.
      const now = local(2026, 8, 1, 22, 0);
      const later = new Date(now.getTime() + 3 * 3_600_000);
      const view = shown(`last_contacted: ${later.toISOString().slice(0, 16)}Z`, at(now));
      const ahead = dayNumber(intlDay(later)) - dayNumber(intlDay(now));
      assert.equal(view.summary.daysSince, ahead === 0 ? 0 : undefined);
      assert.deepEqual(view.status.focus, acme(ahead === 0 ? 0 : 'never'));
      assertNoNegativeDays(view.description);
    });

    it('counts a planned next_contact in local days @tz', () => {
      const view = shown('last_contacted: 2026-08-01\nnext_contact: 2026-08-03', at(local(2026, 8, 1, 23, 59, 59)));
      assert.deepEqual(view.description, dueIn(0, 2));
    });
  });
});
