// The demo's calendar export against the demo's customer notes, as of the day the demo is written
// (2026-11-29): what the import's preview would list, and what importing all of it writes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { matchEvents, type CalendarMatch } from '../../src/core/calendar/matchEvents';
import { importEdits } from '../../src/core/calendar/importEdits';
import { entriesByCustomer, previewCalendar } from '../../src/core/calendar/calendarImport';
import { entryHeading } from '../../src/core/calendar/calendarEntry';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { formatDate } from '../../src/core/time/dates';
import { applyEdits } from './helpers';
import { at, BERLIN, NOW, read } from './calendarHelpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shiftText, shiftIcs } = require('../../../test/harness/shift-dates.js') as { shiftText(text: string, days: number): string; shiftIcs(text: string, days: number): string };

const DEMO = path.resolve(__dirname, '../../../examples/demo-workspace');
const customersDir = path.join(DEMO, 'customers');
const noteText = (file: string) => fs.readFileSync(path.join(customersDir, file), 'utf8');
const files = fs.readdirSync(customersDir).filter((f) => f.endsWith('.md'));
const customersMoved = (days: number) => files.map((file) => parseCustomerNote(`file://${customersDir}/${file}`, file, shiftText(noteText(file), days), { defaultCadenceDays: 14 }));
const customers = customersMoved(0);
const sample = () => fs.readFileSync(path.join(DEMO, 'calendar', 'sample-export.ics'), 'utf8');
const shown = (m: CalendarMatch) => `${m.checked ? '[x]' : '[ ]'} ${m.customerName} · ${entryHeading(m.entry)}${m.state === 'new' ? '' : ` · ${m.state}`}`;

describe('calendar: the demo\'s sample export', () => {
  const calendar = read(sample());
  const matches = matchEvents(calendar.events, customers);

  it('reads as an Outlook export of the leader\'s calendar, with something for each rule to show', () => {
    assert.deepEqual(calendar.skipped, { allDay: 1, cancelled: 1, declined: 1, unreadable: 0 });
    assert.deepEqual(calendar.owner, ['cio@brightwater.example']);
    assert.equal(calendar.cutShort, 0);
  });

  it('previews every match, the ones already in the notes unchecked', () => {
    const steering = 'Quarterly steering: S/4HANA wave 2, WMS Leeds rollout, customer portal hypercare, data platform and the OT network…';
    const syncs = ['09-01', '09-08', '09-15', '09-22', '09-29', '10-06', '10-13', '10-20', '11-03'].map((d) => `[x] Riverside Plant · 2026-${d} Riverside plant sync (30m)`);
    assert.deepEqual(matches.map(shown), [
      ...syncs,
      '[ ] Ingrid Solberg · 2026-11-03 S/4HANA business case checkpoint (1h) · already-logged',
      '[ ] Logistics DCs · 2026-11-11 Hypercare stand-up (30m) · already-logged',
      '[x] Riverside Plant · 2026-11-12 Riverside plant sync (1h)',
      '[x] Order Desk · 2026-11-13 Order Desk portal training for dealers (1h30m)',
      `[x] Ingrid Solberg · 2026-11-16 ${steering} (2h)`,
      `[x] Logistics DCs · 2026-11-16 ${steering} (2h)`,
      `[x] Riverside Plant · 2026-11-16 ${steering} (2h)`,
      '[x] Riverside Plant · 2026-11-17 Riverside plant sync (30m)',
      '[ ] Riverside Plant · 2026-11-20 Monthly plant review (1h30m) · already-logged',
      '[x] Riverside Plant · 2026-11-24 Riverside plant sync (30m)',
      '[x] Ingrid Solberg · 2026-11-24 Lunch with Ingrid (1h15m)',
      '[x] Finance · 2026-11-25 Finance close automation demo (1h)',
      '[x] Logistics DCs · 2026-11-25 Leeds night shift check-in (45m)',
      '[x] Marcus Ellery · 2026-11-27 One-to-one Marcus Ellery (45m)',
    ]);
  });

  it('does not count Ingrid in a meeting she declined, nor a meeting that has not happened', () => {
    assert.ok(!matches.some((m) => m.customerName === 'Ingrid Solberg' && m.event.title.startsWith('Finance close')));
    assert.ok(!matches.some((m) => m.customerName === 'Rafael Costa'), 'the intro coffee is next week');
  });

  it('writes each customer\'s checked entries once, and nothing the second time', () => {
    const chosen = matches.filter((m) => m.checked);
    for (const file of ['riverside-plant.md', 'ingrid-solberg-cfo.md']) {
      const id = `file://${customersDir}/${file}`;
      const before = noteText(file);
      const first = importEdits(before, chosen.filter((m) => m.customerId === id).map((m) => m.entry));
      assert.ok(first.ok);
      const after = applyEdits(before, first.edits);
      const note = parseCustomerNote(id, file, after, { defaultCadenceDays: 14 });
      assert.deepEqual(note.problems, [], file);
      assert.equal(formatDate(note.lastContacted!), '2026-11-24', `${file}: moved forward to the latest entry`);
      const second = importEdits(after, chosen.filter((m) => m.customerId === id).map((m) => m.entry));
      assert.ok(second.ok);
      assert.deepEqual(second.edits, [], `${file}: nothing twice`);
    }
  });

  it('previews the same when the harness moves the demo to another day @tz', () => {
    const days = 45;
    const moved = matchEvents(read(shiftIcs(sample(), days), { clock: at(new Date(NOW.getTime() + days * 86_400_000)) }).events, customersMoved(days));
    assert.deepEqual(moved.map(shown), matches.map(shown).map((text) => shiftText(text, days)));
  });

  it('is what the command asks for: a preview of the file, then the kept entries per customer', () => {
    const preview = previewCalendar(sample(), customers, { clock: at(NOW), zone: BERLIN });
    assert.ok(preview.ok);
    assert.deepEqual(preview.matches.map(shown), matches.map(shown));
    assert.equal(preview.events, calendar.events.length);
    assert.deepEqual(preview.skipped, calendar.skipped);
    const byCustomer = entriesByCustomer(preview.matches.filter((m) => m.checked));
    assert.deepEqual([...byCustomer.keys()].map((id) => customers.find((c) => c.id === id)!.name), ['Riverside Plant', 'Order Desk', 'Ingrid Solberg', 'Logistics DCs', 'Finance', 'Marcus Ellery']);
    assert.equal(byCustomer.get(customers.find((c) => c.name === 'Riverside Plant')!.id)!.length, 13);
    assert.deepEqual(previewCalendar('nonsense', customers, { clock: at(NOW) }), { ok: false, message: { id: 'calendar-not-icalendar' } });
  });
});
