// Which customers each calendar event was with: by an attendee's address in `emails:`, or by a name or
// alias in the title; one entry per customer; and which matches the preview checks.
import * as assert from 'node:assert/strict';
import { matchEvents, type CalendarMatch } from '../../src/core/calendar/matchEvents';
import type { CalendarEvent } from '../../src/core/calendar/calendarEvent';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { formatDate } from '../../src/core/time/dates';
import type { CustomerNote } from '../../src/core/model';
import { day, note } from './helpers';
import { fixture, ics, read } from './calendarHelpers';

const WS = 'file:///ws/customers';
const customer = (name: string, more: Partial<CustomerNote> = {}) => note({ id: `${WS}/${name.toLowerCase().replace(/\W+/g, '-')}.md`, name, ...more });

const RIVERSIDE = customer('Riverside Plant', { emails: ['henrik.dahl@brightwater.example'], aliases: ['Riverside'] });
const INGRID = customer('Ingrid Solberg', { emails: ['ingrid.solberg@brightwater.example'], account: 'group-finance' });
const MARCUS = customer('Marcus Ellery', { emails: ['marcus.ellery@brightwater.example'] });
const DESK = customer('Order Desk', { emails: ['marta.silva@brightwater.example'] });
const LAURA = customer('Laura Bennett', { emails: ['laura.bennett@brightwater.example'] });
const COMMERCIAL = customer('Commercial');
const RAFAEL = customer('Rafael Costa');
const DCS = customer('Logistics DCs', { emails: ['gary.holt@brightwater-logistics.example', 'ewa.nowak@brightwater-logistics.example'] });
const FINANCE = customer('Finance');
const CUSTOMERS = [RIVERSIDE, INGRID, MARCUS, DESK, LAURA, COMMERCIAL, RAFAEL, DCS, FINANCE];

const events = () => [...read(fixture('outlook-w-europe.ics')).events, ...read(fixture('google-berlin.ics')).events].sort((a, b) => a.start - b.start);
/** `2026-11-03 Ingrid Solberg: S/4 business case checkpoint`. */
const shown = (m: CalendarMatch) => `${formatDate(m.event.date)} ${m.customerName}: ${m.event.title}`;
const of = (matches: readonly CalendarMatch[], name: string) => matches.filter((m) => m.customerName === name);
const one = (title: string, more: string[] = []): readonly CalendarEvent[] => read(ics(['UID:x', 'DTSTART:20261120T090000Z', 'DURATION:PT1H', `SUMMARY:${title}`, ...more])).events;

describe('calendar: matching events to customers', () => {
  const matches = matchEvents(events(), CUSTOMERS);

  it('matches the Outlook and Google exports to the demo\'s customers, by event then by name', () => {
    assert.deepEqual(matches.filter((m) => formatDate(m.event.date) >= '2026-11-12').map(shown), [
      '2026-11-12 Riverside Plant: Riverside plant sync',
      '2026-11-16 Order Desk: Order Desk hypercare check-in',
      `2026-11-16 Ingrid Solberg: ${matches.find((m) => m.event.title.startsWith('Monthly steering'))!.event.title}`,
      `2026-11-16 Marcus Ellery: ${matches.find((m) => m.event.title.startsWith('Monthly steering'))!.event.title}`,
      `2026-11-16 Riverside Plant: ${matches.find((m) => m.event.title.startsWith('Monthly steering'))!.event.title}`,
      '2026-11-17 Riverside Plant: Riverside plant sync',
      '2026-11-23 Order Desk: Order Desk hypercare check-in',
      '2026-11-24 Riverside Plant: Riverside plant sync',
      '2026-11-24 Ingrid Solberg: Lunch with Ingrid',
      '2026-11-26 Logistics DCs: Leeds WMS cut-over call',
      '2026-11-26 Commercial: Commercial QBR',
      '2026-11-27 Rafael Costa: Coffee with Rafael Costa',
    ]);
  });

  it('matches by attendee address, whatever the case it was written in', () => {
    const sync = of(matches, 'Riverside Plant').find((m) => m.event.title === 'Riverside plant sync')!;
    assert.deepEqual(sync.byEmail, ['henrik.dahl@brightwater.example']);
    assert.equal(sync.byName, 'Riverside Plant', 'the name is in the title too (the longest name found is the one named)');
    const aisha = matchEvents(events(), [customer('Aisha Khan', { emails: ['aisha.khan@brightwater.example'] })]);
    assert.equal(aisha.length, 12, 'every Riverside plant sync: Outlook wrote Aisha.Khan@Brightwater.example');
  });

  it('reads emails: from a note as the matcher needs them', () => {
    const text = '---\nname: Riverside Plant\nemails: [mailto:Henrik.Dahl@Brightwater.example]\n---\n';
    const parsed = parseCustomerNote(`${WS}/riverside.md`, 'riverside.md', text, { defaultCadenceDays: 14 });
    const byEmail = matchEvents(one('Line 5 incident', ['ATTENDEE:MAILTO:HENRIK.DAHL@BRIGHTWATER.EXAMPLE']), [parsed]);
    assert.deepEqual(byEmail.map((m) => m.byEmail), [['henrik.dahl@brightwater.example']]);
  });

  it('matches the organizer too: a customer who invited the leader', () => {
    const invited = matchEvents(one('Budget round', ['ORGANIZER;CN=Ingrid:mailto:ingrid.solberg@brightwater.example']), CUSTOMERS);
    assert.deepEqual(invited.map((m) => [m.customerName, m.byEmail]), [['Ingrid Solberg', ['ingrid.solberg@brightwater.example']]]);
  });

  it('does not match an attendee who declined', () => {
    assert.deepEqual(of(matches, 'Laura Bennett'), []);
    assert.ok(!matches.some((m) => m.event.title === 'Pricing workshop'), 'nobody else of it is a customer');
  });

  it('matches a name or an alias in the title as whole words, case and accents aside', () => {
    const zoe = customer('Zoë Müller', { aliases: ['ACME Corp', 'Acme, Inc.'] });
    const titles = ['Sync with zoe MULLER', 'ACME corp quarterly', 'Intro (acme, inc.)', 'Zoë Müllers birthday', 'acmecorp review', 'Mo-Zoë Müller'];
    assert.deepEqual(titles.map((t) => matchEvents(one(t), [zoe]).map((m) => m.byName)), [['Zoë Müller'], ['ACME Corp'], ['Acme, Inc.'], [], [], ['Zoë Müller']]);
    assert.deepEqual(matchEvents(one('Finances review'), [FINANCE]), [], '"Finance" is not in "Finances"');
    assert.deepEqual(matchEvents(one('Finance: budget 2027'), [FINANCE]).map((m) => m.byName), ['Finance']);
    assert.deepEqual(matchEvents(one('A'), [customer('A')]), [], 'a one-letter name names nothing');
  });

  it('makes one match per customer of a meeting with several, each with how it was found', () => {
    const steering = matches.filter((m) => m.event.title.startsWith('Monthly steering'));
    assert.deepEqual(steering.map((m) => [m.customerName, m.byEmail, m.byName]), [
      ['Ingrid Solberg', ['ingrid.solberg@brightwater.example'], undefined],
      ['Marcus Ellery', ['marcus.ellery@brightwater.example'], undefined],
      ['Riverside Plant', ['henrik.dahl@brightwater.example'], 'Riverside'],
    ]);
    const two = matchEvents(one('DC peak review', ['ATTENDEE:mailto:gary.holt@brightwater-logistics.example', 'ATTENDEE:mailto:ewa.nowak@brightwater-logistics.example']), [DCS]);
    assert.deepEqual(two.map((m) => m.byEmail), [['gary.holt@brightwater-logistics.example', 'ewa.nowak@brightwater-logistics.example']]);
  });

  it('checks a new entry, and writes it as the heading would', () => {
    const lunch = of(matches, 'Ingrid Solberg').find((m) => m.event.title === 'Lunch with Ingrid')!;
    assert.equal(lunch.state, 'new');
    assert.equal(lunch.checked, true);
    assert.deepEqual(lunch.entry, { date: day(2026, 11, 24), title: 'Lunch with Ingrid', minutes: 75 });
    assert.deepEqual(matchEvents(one('Sync\\nwith [[Henrik]]', ['ATTENDEE:mailto:henrik.dahl@brightwater.example']), [RIVERSIDE])[0].entry.title, 'Sync with [Henrik]');
  });

  it('lists what is already logged, in an entry or a meeting note of that day, unchecked', () => {
    const logged = customer('Riverside Plant', {
      ...RIVERSIDE,
      entries: [{ date: day(2026, 11, 24), title: 'riverside  PLANT sync', line: 9, minutes: 45 }],
    });
    const commercial = customer('Commercial', { mentions: [{ noteId: 'file:///ws/meetings/2026-11-26%20Commercial%20QBR.md', noteTitle: '2026-11-26 Commercial QBR', line: 3, date: day(2026, 11, 26) }] });
    const again = matchEvents(events(), [logged, commercial]);
    assert.deepEqual(again.filter((m) => m.state === 'already-logged').map(shown), ['2026-11-24 Riverside Plant: Riverside plant sync', '2026-11-26 Commercial: Commercial QBR']);
    assert.ok(again.filter((m) => m.state === 'already-logged').every((m) => !m.checked));
    assert.equal(again.filter((m) => m.customerName === 'Riverside Plant' && m.state === 'new').length, 12, 'every other day is new');
  });

  it('lists an archived customer\'s meeting and an unreadable note\'s unchecked', () => {
    const archived = customer('Precision Tooling', { status: 'archived' });
    const broken = customer('Northline Home & Garden', { brokenReason: { id: 'front-matter-unclosed' }, status: 'active' });
    const result = matchEvents([...one('Precision Tooling TSA close-out'), ...one('Northline Home & Garden EDI call')], [archived, broken]);
    assert.deepEqual(result.map((m) => [m.customerName, m.state, m.checked]), [
      ['Precision Tooling', 'archived', false],
      ['Northline Home & Garden', 'unreadable', false],
    ]);
  });

  it('lists the same meeting once per customer when a file holds it twice', () => {
    const twice = [...read(fixture('google-berlin.ics')).events, ...read(fixture('google-berlin.ics')).events];
    const lunches = matchEvents(twice, [INGRID]).filter((m) => m.event.title === 'Lunch with Ingrid');
    assert.equal(lunches.length, 1);
  });

  it('matches nothing for customers without addresses or names in the titles', () => {
    assert.deepEqual(matchEvents(events(), [customer('Carrier partners')]), []);
    assert.deepEqual(matchEvents([], CUSTOMERS), []);
  });
});
