// Reading .ics exports: the events that happened in the window, recurring ones expanded with their
// exceptions, all-day, cancelled and declined ones left out, on the leader's clock (an injected zone here,
// so every expectation holds whatever the machine's zone: the @tz runs prove it). Real-world shapes:
// test/fixtures/calendar/ (an Outlook export in "W. Europe Standard Time", a Google export in Europe/Berlin,
// a hand-written file of endless rules, an Outlook export cut off mid-download).
import * as assert from 'node:assert/strict';
import { readCalendar } from '../../src/core/calendar/readCalendar';
import type { CalendarReadResult } from '../../src/core/calendar/calendarEvent';
import { CALENDAR_LIMITS } from '../../src/core/calendar/limits';
import { formatDate } from '../../src/core/time/dates';
import { at, BERLIN, fixture, ics, line, NOW, read, zone } from './calendarHelpers';

const refused = (result: CalendarReadResult) => {
  assert.equal(result.ok, false, 'refused');
  return (result as Extract<CalendarReadResult, { ok: false }>).message;
};

const RIVERSIDE = (day: string, time = '09:30', minutes = 60) => `${day} ${time} ${minutes} Riverside plant sync`;
const STEERING = 'Monthly steering: S/4HANA wave 2, WMS Leeds rollout, customer portal hypercare, data platform, and the OT network segmentation at Riverside';
const DESK = (day: string, time = '10:00') => `${day} ${time} 30 Order Desk hypercare check-in`;

describe('calendar: reading an .ics export', () => {
  describe('an Outlook export (VTIMEZONE "W. Europe Standard Time") @tz', () => {
    const result = read(fixture('outlook-w-europe.ics'));

    it('lists the events of the last 90 days up to now, oldest first, on the Berlin clock @tz', () => {
      assert.deepEqual(result.events.map(line), [
        RIVERSIDE('2026-09-01'), RIVERSIDE('2026-09-08'), RIVERSIDE('2026-09-15'), RIVERSIDE('2026-09-22'), RIVERSIDE('2026-09-29'),
        RIVERSIDE('2026-10-06'), RIVERSIDE('2026-10-13'), RIVERSIDE('2026-10-20'),
        '2026-10-24 10:00 60 Order Desk portal planning',
        '2026-10-25 10:00 60 Order Desk portal retro',
        RIVERSIDE('2026-11-03'),
        '2026-11-03 15:00 90 S/4 business case checkpoint',
        RIVERSIDE('2026-11-12', '14:00', 90),
        `2026-11-16 13:00 120 ${STEERING}`,
        RIVERSIDE('2026-11-17'), RIVERSIDE('2026-11-24'),
        '2026-11-26 00:30 45 Leeds WMS cut-over call',
      ]);
    });

    it('honours EXDATE and replaces the occurrence a RECURRENCE-ID moves @tz', () => {
      const days = result.events.filter((e) => e.title === 'Riverside plant sync').map((e) => formatDate(e.date));
      assert.ok(!days.includes('2026-10-27'), 'EXDATE 2026-10-27');
      assert.ok(!days.includes('2026-11-10'), 'moved from 2026-11-10');
      assert.ok(days.includes('2026-11-12'), 'moved to Thursday 2026-11-12');
      assert.ok(!days.includes('2026-12-01'), 'not yet happened');
      assert.ok(!days.includes('2026-08-25'), 'before the window');
    });

    it('keeps a weekly time on the wall clock across the autumn change: the instant moves an hour @tz', () => {
      const [before, after] = ['2026-10-20', '2026-11-03'].map((d) => result.events.find((e) => formatDate(e.date) === d && e.title === 'Riverside plant sync')!);
      assert.equal(new Date(before.start).toISOString(), '2026-10-20T07:30:00.000Z');
      assert.equal(new Date(after.start).toISOString(), '2026-11-03T08:30:00.000Z');
    });

    it('skips the all-day event and the cancelled one, and counts them @tz', () => {
      assert.deepEqual(result.skipped, { allDay: 1, cancelled: 1, declined: 0, unreadable: 0 });
      assert.ok(!result.events.some((e) => /Venlo|Canceled/.test(e.title)));
      assert.equal(result.cutShort, 0);
      assert.deepEqual(result.owner, [], 'X-WR-CALNAME "Calendar" is no address');
    });

    it('reads attendees by address, lower case, mailto: off, with their names; and the organizer @tz', () => {
      const sync = result.events.find((e) => e.title === 'Riverside plant sync')!;
      assert.deepEqual(sync.attendees, [
        { email: 'henrik.dahl@brightwater.example', name: 'Henrik Dahl', declined: false },
        { email: 'aisha.khan@brightwater.example', name: 'Aisha Khan', declined: false },
      ]);
      assert.deepEqual(sync.organizer, { email: 'cio@brightwater.example', name: 'Alex Morgan', declined: false });
    });

    it('unfolds a title folded over lines @tz', () => {
      assert.ok(fixture('outlook-w-europe.ics').includes('\r\n '), 'the fixture folds lines');
      assert.equal(result.events.find((e) => e.title.startsWith('Monthly steering'))!.title, STEERING);
    });

    it('keys each occurrence apart, the same way each time @tz', () => {
      const keys = result.events.map((e) => e.key);
      assert.equal(new Set(keys).size, keys.length);
      assert.deepEqual(read(fixture('outlook-w-europe.ics')).events.map((e) => e.key), keys);
      assert.match(result.events[0].key, /^040000008200E00074C5B7101A82E008.*@2026-09-01T09:30:00$/);
      assert.match(result.events.find((e) => formatDate(e.date) === '2026-11-12')!.key, /@2026-11-10T09:30:00$/, 'the moved one keeps the occurrence it replaces');
    });
  });

  describe('a Google export (TZID=Europe/Berlin, X-WR-TIMEZONE, the owner in X-WR-CALNAME) @tz', () => {
    const result = read(fixture('google-berlin.ics'));

    it('expands an endless weekly rule up to now, with EXDATE, a cancelled and a moved occurrence @tz', () => {
      assert.deepEqual(result.events.filter((e) => e.title === 'Order Desk hypercare check-in').map(line), [
        DESK('2026-10-05'), DESK('2026-10-12'), DESK('2026-10-26'), DESK('2026-11-10', '16:00'), DESK('2026-11-16'), DESK('2026-11-23'),
      ]);
    });

    it('lists the rest, a UTC time placed on the Berlin clock @tz', () => {
      assert.deepEqual(result.events.filter((e) => e.title !== 'Order Desk hypercare check-in').map(line), [
        '2026-11-20 09:00 120 Pricing workshop',
        '2026-11-24 12:30 75 Lunch with Ingrid',
        '2026-11-26 14:00 90 Commercial QBR',
        '2026-11-27 08:30 45 Coffee with Rafael Costa',
      ]);
    });

    it('takes the owner from X-WR-CALNAME and skips the event the owner declined @tz', () => {
      assert.deepEqual(result.owner, ['cio@brightwater.example']);
      assert.deepEqual(result.skipped, { allDay: 1, cancelled: 1, declined: 1, unreadable: 0 });
      assert.ok(!result.events.some((e) => e.title.includes('TransAlp')));
    });

    it('keeps an attendee\'s own decline on the attendee: the event stays, they are marked @tz', () => {
      const workshop = result.events.find((e) => e.title === 'Pricing workshop')!;
      assert.deepEqual(workshop.attendees.map((a) => [a.email, a.declined]), [
        ['cio@brightwater.example', false], ['laura.bennett@brightwater.example', true], ['sofia.marin@brightwater.example', false],
      ]);
      assert.equal(workshop.attendees[0].name, undefined, 'a CN that is the address itself is no name');
    });
  });

  describe('the window', () => {
    const berlin = (day: string, time: string) => `DTSTART;TZID=Europe/Berlin:${day.replace(/-/g, '')}T${time.replace(':', '')}00`;
    const around = ics(
      ['UID:a', berlin('2026-08-30', '23:59'), 'DURATION:PT30M', 'SUMMARY:day before the window'],
      ['UID:b', berlin('2026-08-31', '00:00'), 'DURATION:PT30M', 'SUMMARY:first minute of the window'],
      ['UID:c', berlin('2026-11-29', '11:59'), 'DURATION:PT30M', 'SUMMARY:started a minute ago'],
      ['UID:d', berlin('2026-11-29', '12:00'), 'DURATION:PT30M', 'SUMMARY:starts now'],
      ['UID:e', berlin('2026-11-29', '12:01'), 'DURATION:PT30M', 'SUMMARY:in a minute'],
      ['UID:f', berlin('2026-11-28', '23:30'), 'DURATION:PT60M', 'SUMMARY:over midnight'],
    );

    it('runs from the first minute of the day 90 days back to now: an event counts once it has started', () => {
      assert.deepEqual(read(around).events.map((e) => e.title), ['first minute of the window', 'over midnight', 'started a minute ago', 'starts now']);
    });

    it('places an event over midnight on the day it started', () => {
      assert.deepEqual(formatDate(read(around).events.find((e) => e.title === 'over midnight')!.date), '2026-11-28');
    });

    it('takes another number of days; 0 is today only; nonsense is the default', () => {
      assert.deepEqual(read(around, { windowDays: 0 }).events.map((e) => e.title), ['started a minute ago', 'starts now']);
      assert.deepEqual(read(around, { windowDays: 1 }).events.map((e) => e.title), ['over midnight', 'started a minute ago', 'starts now']);
      assert.equal(read(around, { windowDays: 89 }).events.length, 3);
      for (const nonsense of [-1, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(read(around, { windowDays: nonsense }).events.length, 4, String(nonsense));
    });

    it('moves with the clock: the same file a week later has lost the first week', () => {
      const later = read(fixture('outlook-w-europe.ics'), { clock: at(new Date(Date.UTC(2026, 11, 6, 11))) });
      assert.equal(formatDate(later.events[0].date), '2026-09-08');
      assert.ok(later.events.some((e) => formatDate(e.date) === '2026-12-01'), 'the next Tuesday has happened by then');
    });

    it('counts an occurrence moved into the window from before it, and not one moved out of it', () => {
      const moved = ics(
        ['UID:s', berlin('2026-08-04', '09:00'), 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Weekly'],
        ['UID:s', 'RECURRENCE-ID;TZID=Europe/Berlin:20260825T090000', berlin('2026-09-02', '15:00'), 'DURATION:PT1H', 'SUMMARY:Weekly'],
        ['UID:s', 'RECURRENCE-ID;TZID=Europe/Berlin:20261124T090000', berlin('2026-12-03', '15:00'), 'DURATION:PT1H', 'SUMMARY:Weekly'],
      );
      const days = read(moved).events.map((e) => formatDate(e.date));
      assert.ok(days.includes('2026-09-02'));
      assert.ok(!days.includes('2026-08-25') && !days.includes('2026-11-24') && !days.includes('2026-12-03'));
      assert.equal(days.length, 13); // the 13 Tuesdays from Sep 1 to Nov 24, less Nov 24 (moved out), plus Sep 2 (moved in)
    });

    it('matches a RECURRENCE-ID written in UTC to its occurrence, and an exception without its series stands alone', () => {
      const utc = ics(
        ['UID:s', berlin('2026-11-02', '10:00'), 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=3', 'SUMMARY:Daily'],
        ['UID:s', 'RECURRENCE-ID:20261103T090000Z', 'STATUS:CANCELLED', berlin('2026-11-03', '10:00'), 'SUMMARY:Daily'],
        ['UID:orphan', 'RECURRENCE-ID:20261105T090000Z', berlin('2026-11-05', '10:00'), 'DURATION:PT20M', 'SUMMARY:Alone'],
      );
      const result = read(utc);
      assert.deepEqual(result.events.map(line), ['2026-11-02 10:00 60 Daily', '2026-11-04 10:00 60 Daily', '2026-11-05 10:00 20 Alone']);
      assert.equal(result.skipped.cancelled, 1);
    });
  });

  describe('durations', () => {
    const one = (...props: string[]) => read(ics(['UID:x', 'SUMMARY:x', ...props])).events[0];

    it('reads DTEND, DURATION, or neither', () => {
      assert.equal(one('DTSTART:20261120T090000Z', 'DTEND:20261120T094500Z').minutes, 45);
      assert.equal(one('DTSTART:20261120T090000Z', 'DURATION:PT1H30M').minutes, 90);
      assert.equal(one('DTSTART:20261120T090000Z').minutes, undefined, 'no end: no duration');
      assert.equal(one('DTSTART:20261120T090000Z', 'DTEND:20261120T090000Z').minutes, undefined, 'zero');
      assert.equal(one('DTSTART:20261120T090000Z', 'DTEND:20261120T090020Z').minutes, undefined, 'under a minute rounds to none');
    });

    it('measures real time between a start and an end in different zones', () => {
      // A call from Berlin to New York, written the way a travel tool writes it.
      assert.equal(one('DTSTART;TZID=Europe/Berlin:20261120T150000', 'DTEND;TZID=America/New_York:20261120T100000').minutes, 60);
    });

    it('gives no duration to a block longer than twelve hours (an offsite written with times)', () => {
      assert.equal(one('DTSTART:20261120T080000Z', 'DTEND:20261120T200000Z').minutes, 720);
      assert.equal(one('DTSTART:20261118T080000Z', 'DTEND:20261120T170000Z').minutes, undefined);
    });
  });

  describe('time zones the file does not define', () => {
    it('looks a TZID up by name when there is no VTIMEZONE, and reads floating times in X-WR-TIMEZONE @tz', () => {
      const text = ics(
        ['UID:s', 'DTSTART;TZID=Europe/Berlin:20260803T091500', 'DURATION:PT15M', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Stand-up'],
        ['UID:f', 'DTSTART:20261125T143000', 'DTEND:20261125T153000', 'SUMMARY:Carrier partners review'],
      ).replace('PRODID:-//test//EN', 'PRODID:-//test//EN\r\nX-WR-TIMEZONE:Europe/Berlin');
      const result = read(text, { zone: zone('America/New_York') });
      const standUp = result.events.filter((e) => e.title === 'Stand-up');
      assert.equal(line(standUp[0]), '2026-08-31 03:15 15 Stand-up', '09:15 in Berlin, summer time in both');
      assert.equal(line(standUp.find((e) => formatDate(e.date) === '2026-10-26')!), '2026-10-26 04:15 15 Stand-up', 'Berlin back on CET, New York not yet');
      assert.equal(line(standUp.find((e) => formatDate(e.date) === '2026-11-02')!), '2026-11-02 03:15 15 Stand-up', 'both on winter time');
      assert.equal(line(result.events.find((e) => e.title === 'Carrier partners review')!), '2026-11-25 08:30 60 Carrier partners review', '14:30 in Berlin');
    });

    it('reads a floating time on the leader\'s clock when the calendar names no zone, in any zone', () => {
      for (const name of ['Europe/Berlin', 'Pacific/Kiritimati', 'Pacific/Honolulu']) {
        const result = read(ics(['UID:f', 'DTSTART:20261125T143000', 'DTEND:20261125T150000', 'SUMMARY:Floating']), { zone: zone(name), clock: at(new Date(Date.UTC(2026, 11, 1))) });
        assert.equal(line(result.events[0]), '2026-11-25 14:30 30 Floating', name);
      }
    });

    it('falls back to X-WR-TIMEZONE for a Windows zone name without its VTIMEZONE', () => {
      const text = ics(['UID:w', 'DTSTART;TZID="W. Europe Standard Time":20261120T090000', 'DURATION:PT1H', 'SUMMARY:No VTIMEZONE']).replace('PRODID:-//test//EN', 'PRODID:-//test//EN\r\nX-WR-TIMEZONE:Europe/Berlin');
      assert.equal(line(read(text, { zone: zone('UTC') }).events[0]), '2026-11-20 08:00 60 No VTIMEZONE');
    });
  });

  describe('endless and huge', () => {
    it('stops an endless rule at now, and a rule that never reaches the window at its step limit', function () {
      this.timeout(20_000);
      const started = Date.now();
      const result = read(fixture('unending-rrule.ics'));
      assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
      assert.equal(result.cutShort, 1, 'the every-minute rule since 2020');
      const standUp = result.events.filter((e) => e.title === 'Logistics DCs stand-up');
      assert.equal(standUp.length, 65, 'every weekday from Mon 2026-08-31 to Fri 2026-11-27');
      assert.equal(formatDate(standUp[standUp.length - 1].date), '2026-11-27');
      assert.ok(!result.events.some((e) => e.title === 'Monitoring ping'));
    });

    it('shares one step budget across the file, so many endless rules still end', function () {
      this.timeout(30_000);
      const series = Array.from({ length: 7 }, (_, i) => [`UID:m${i}`, 'DTSTART:20200101T000000Z', 'RRULE:FREQ=MINUTELY', `SUMMARY:m${i}`]);
      const result = read(ics(...series, ['UID:single', 'DTSTART:20261120T090000Z', 'SUMMARY:Still read']));
      assert.equal(result.cutShort, 7);
      assert.deepEqual(result.events.map((e) => e.title), ['Still read']);
      assert.ok(CALENDAR_LIMITS.steps < 7 * CALENDAR_LIMITS.stepsPerSeries, 'the file budget ran out before the series limits');
    });

    it('refuses a file over 20 MB before parsing it', () => {
      const huge = `BEGIN:VCALENDAR\r\nX-PAD:${'x'.repeat(CALENDAR_LIMITS.bytes)}\r\nEND:VCALENDAR\r\n`;
      const message = refused(readCalendar(huge, { clock: at(NOW) }));
      assert.equal(message.id, 'calendar-too-large');
      assert.deepEqual(message, { id: 'calendar-too-large', bytes: huge.length, limitBytes: 20 * 1024 * 1024 });
      // Counted in UTF-8 bytes: a text of fewer characters can still be too large.
      const wide = `BEGIN:VCALENDAR\r\nX-PAD:${'ü'.repeat(CALENDAR_LIMITS.bytes / 2)}\r\nEND:VCALENDAR\r\n`;
      assert.equal(refused(readCalendar(wide, { clock: at(NOW) })).id, 'calendar-too-large');
    });

    it('refuses more than 50,000 events before parsing them', () => {
      const many = ics(...Array.from({ length: CALENDAR_LIMITS.events + 1 }, (_, i) => [`UID:${i}`]));
      assert.deepEqual(refused(readCalendar(many, { clock: at(NOW) })), { id: 'calendar-too-many-events', events: 50_001, limitEvents: 50_000 });
    });
  });

  describe('files that are not right', () => {
    it('says what the parser says of an export cut off mid-download', () => {
      assert.deepEqual(refused(readCalendar(fixture('truncated-outlook.ics'), { clock: at(NOW) })), {
        id: 'calendar-unreadable', reason: 'invalid ical body. component began but did not end',
      });
    });

    it('says a file without a VCALENDAR is no calendar', () => {
      for (const text of ['', 'hello', '<html><body>Sign in to download your calendar</body></html>', '---\nname: Acme\n---\n', 'BEGIN:VCARD\r\nFN:Dana\r\nEND:VCARD\r\n']) {
        assert.deepEqual(refused(readCalendar(text, { clock: at(NOW) })), { id: 'calendar-not-icalendar' }, JSON.stringify(text));
      }
    });

    it('skips and counts one event it cannot read, and reads the others', () => {
      const result = read(ics(
        ['UID:bad-date', 'DTSTART:2026112', 'SUMMARY:Bad date'],
        ['UID:bad-exception', 'RECURRENCE-ID:nonsense', 'DTSTART:20261120T090000Z', 'SUMMARY:Bad exception'],
        ['UID:good', 'DTSTART:20261121T090000Z', 'DURATION:PT1H', 'SUMMARY:Good'],
      ));
      assert.deepEqual(result.events.map((e) => e.title), ['Good']);
      assert.equal(result.skipped.unreadable, 2);
    });

    it('refuses the file for a recurrence rule the parser rejects while parsing, with its reason', () => {
      const message = refused(readCalendar(ics(['UID:bad-rule', 'DTSTART:20261120T090000Z', 'RRULE:FREQ=SOMETIMES']), { clock: at(NOW) }));
      assert.equal(message.id, 'calendar-unreadable');
      assert.match((message as { reason: string }).reason, /^invalid frequency "SOMETIMES"/);
    });

    it('reads a byte order mark, bare LF line ends, lower-case names and two calendars in one file @tz', () => {
      const google = fixture('google-berlin.ics');
      const outlook = fixture('outlook-w-europe.ics');
      assert.equal(read(`\uFEFF${google.replace(/\r\n/g, '\n')}`).events.length, 10);
      assert.equal(read(google.replace(/^(BEGIN|END):VEVENT/gm, (m) => m.toLowerCase())).events.length, 10);
      assert.equal(read(`${outlook}${google}`).events.length, 27);
    });

    it('never throws, whatever part of an export it gets', function () {
      this.timeout(60_000);
      const texts = [fixture('outlook-w-europe.ics'), fixture('google-berlin.ics')];
      let seed = 7;
      const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
      for (let i = 0; i < 60; i++) {
        const text = texts[i % texts.length];
        const a = Math.floor(random() * text.length);
        const b = Math.floor(random() * text.length);
        // A piece cut out, or a run of characters replaced by ones that mean something to the parser.
        const broken = i % 2 ? text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b)) : text.slice(0, a) + ':;,\r\n "=\\'.slice(i % 9) + text.slice(a + 5);
        const result = readCalendar(broken, { clock: at(NOW), zone: BERLIN });
        assert.equal(typeof result.ok, 'boolean');
      }
    });
  });

  describe('the owner', () => {
    const declined = ics(['UID:d', 'DTSTART:20261120T090000Z', 'DURATION:PT1H', 'SUMMARY:Vendor pitch', 'ATTENDEE;PARTSTAT=DECLINED:MAILTO:Dana@Acme.example', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:katrin@transalp.example']);

    it('skips an event the owner declined when the owner\'s address is given', () => {
      assert.equal(read(declined, { ownerEmails: ['dana@acme.example'] }).events.length, 0);
      assert.equal(read(declined, { ownerEmails: ['mailto:DANA@acme.example'] }).skipped.declined, 1);
    });

    it('keeps it when the owner is not known, with the decline on that attendee', () => {
      const [event] = read(declined).events;
      assert.deepEqual(event.attendees.map((a) => [a.email, a.declined]), [['dana@acme.example', true], ['katrin@transalp.example', false]]);
    });

    it('reads an address from an EMAIL parameter, and one attendee listed twice once (the decline wins)', () => {
      const [event] = read(ics(['UID:e', 'DTSTART:20261120T090000Z', 'SUMMARY:x',
        'ATTENDEE;CN=Ewa;EMAIL=ewa@b.example:urn:uuid:1234', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:ewa@b.example', 'ATTENDEE;PARTSTAT=DECLINED:mailto:EWA@b.example', 'ATTENDEE:invalid:nomail'])).events;
      assert.deepEqual(event.attendees, [{ email: 'ewa@b.example', name: 'Ewa', declined: true }]);
    });
  });
});
