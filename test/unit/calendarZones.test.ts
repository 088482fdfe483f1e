// Calendar events on the leader's clock, wherever the machine is: `npm run test:unit` runs every `@tz` test
// under UTC+14, +13, -10, New York, Berlin and Lord Howe (scripts/test-unit.mjs). The machine's zone
// (Date's getters, as the rest of Rapport reads days) and a zone looked up by name (Intl) must agree, and
// an event's local day is the one Intl gives for its instant.
import * as assert from 'node:assert/strict';
import { namedZone, systemZone, type WallTime } from '../../src/core/calendar/localZone';
import { addDays, formatDate, parseIsoDate } from '../../src/core/time/dates';
import { fixture, line, NOW, read, zone } from './calendarHelpers';

const ZONE = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `2026-11-26 00:30` for an instant in `timeZone`, from Intl: an oracle apart from the code under test. */
function intlClock(instant: number, timeZone = ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const wall = (year: number, month: number, day: number, hour: number, minute: number): WallTime => ({ year, month, day, hour, minute, second: 0 });

describe(`calendar: the leader's clock (${ZONE}) @tz`, () => {
  const here = namedZone(ZONE) ?? assert.fail(`Intl does not know ${ZONE}`);

  it('reads every half hour of 2026 the same by name as by the machine\'s zone @tz', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 30 * 60_000) {
      assert.deepEqual(here.wallTime(t), systemZone.wallTime(t), new Date(t).toISOString());
    }
  });

  it('turns every wall clock half hour of 2026 into the instant Date does, in skipped and repeated hours too @tz', () => {
    for (let d = 0; d < 365; d++) {
      const date = addDays({ year: 2026, month: 1, day: 1 }, d);
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        const w = wall(date.year, date.month, date.day, Math.floor(minutes / 60), minutes % 60);
        assert.equal(here.instant(w), systemZone.instant(w), JSON.stringify(w));
      }
    }
  });

  it('places every event of the Outlook export on the local day and time Intl gives for its instant @tz', () => {
    const local = read(fixture('outlook-w-europe.ics'), { zone: undefined });
    assert.ok(local.events.length > 10);
    for (const event of local.events) assert.equal(line(event).slice(0, 16), intlClock(event.start), event.title);
    assert.deepEqual(read(fixture('outlook-w-europe.ics'), { zone: here }).events, local.events, 'by name or by the machine: the same');
  });

  it('keeps the events whose local day is in the window here, whatever the zone @tz', () => {
    // The instants do not depend on the leader's zone; which of them are in the window does.
    const all = read(fixture('outlook-w-europe.ics'), { windowDays: 200 }).events;
    const today = parseIsoDate(intlClock(NOW.getTime()).slice(0, 10))!;
    const first = formatDate(addDays(today, -90));
    const expected = all.filter((e) => e.start <= NOW.getTime() && intlClock(e.start).slice(0, 10) >= first).map((e) => e.start);
    assert.ok(expected.length > 10);
    assert.deepEqual(read(fixture('outlook-w-europe.ics'), { zone: undefined }).events.map((e) => e.start), expected);
  });
});

describe('calendar: one late call seen from six zones', () => {
  // 00:30 in Berlin on 2026-11-26 is 23:30 UTC on the 25th: the day depends on where the leader is.
  for (const [name, expected] of [
    ['Europe/Berlin', '2026-11-26 00:30'],
    ['America/New_York', '2026-11-25 18:30'],
    ['Pacific/Honolulu', '2026-11-25 13:30'],
    ['Pacific/Kiritimati', '2026-11-26 13:30'],
    ['Pacific/Tongatapu', '2026-11-26 12:30'],
    ['Australia/Lord_Howe', '2026-11-26 10:30'],
  ] as const) {
    it(`is on ${expected} in ${name}`, () => {
      const call = read(fixture('outlook-w-europe.ics'), { zone: zone(name) }).events.find((e) => e.title === 'Leeds WMS cut-over call')!;
      assert.equal(line(call), `${expected} 45 Leeds WMS cut-over call`);
      assert.equal(intlClock(call.start, name), expected);
    });
  }

  it('shows a weekly Berlin meeting an hour earlier in New York only between the two autumn changes', () => {
    const ny = read(fixture('outlook-w-europe.ics'), { zone: zone('America/New_York') }).events;
    const times = ny.filter((e) => /^Order Desk portal/.test(e.title) || (e.title === 'Riverside plant sync' && /-1[01]-/.test(formatDate(e.date)))).map(line);
    assert.deepEqual(times, [
      '2026-10-06 03:30 60 Riverside plant sync',
      '2026-10-13 03:30 60 Riverside plant sync',
      '2026-10-20 03:30 60 Riverside plant sync',
      '2026-10-24 04:00 60 Order Desk portal planning', // 10:00 CEST
      '2026-10-25 05:00 60 Order Desk portal retro', // 10:00 CET, New York still on EDT
      '2026-11-03 03:30 60 Riverside plant sync', // both on winter time
      '2026-11-12 08:00 90 Riverside plant sync',
      '2026-11-17 03:30 60 Riverside plant sync',
      '2026-11-24 03:30 60 Riverside plant sync',
    ]);
  });
});
