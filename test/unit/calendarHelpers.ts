// Shared by the calendar tests: the fixtures, one instant to stand at, a reader with an injected zone.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCalendar, type ReadCalendarOptions } from '../../src/core/calendar/readCalendar';
import { namedZone, type LocalZone } from '../../src/core/calendar/localZone';
import type { CalendarEvent } from '../../src/core/calendar/calendarEvent';
import { formatDate } from '../../src/core/time/dates';

export const CALENDAR_FIXTURES = path.resolve(__dirname, '../../../test/fixtures/calendar');
export const fixture = (name: string) => fs.readFileSync(path.join(CALENDAR_FIXTURES, name), 'utf8');
export const zone = (name: string): LocalZone => namedZone(name) ?? assert.fail(`no zone ${name}`);
export const BERLIN = zone('Europe/Berlin');
/** Sunday 2026-11-29, 12:00 in Berlin: the demo's day. */
export const NOW = new Date(Date.UTC(2026, 10, 29, 11, 0));
export const at = (instant: Date) => ({ now: () => new Date(instant.getTime()) });

export function read(text: string, options: Partial<ReadCalendarOptions> = {}) {
  const result = readCalendar(text, { clock: at(NOW), zone: BERLIN, ...options });
  if (!result.ok) assert.fail(`refused: ${JSON.stringify(result.message)}`);
  return result;
}

const hhmm = (e: CalendarEvent) => `${String(e.time.hour).padStart(2, '0')}:${String(e.time.minute).padStart(2, '0')}`;
/** `2026-11-03 15:00 90 S/4 business case checkpoint`: one line per event, easy to read in a failure. */
export const line = (e: CalendarEvent) => `${formatDate(e.date)} ${hhmm(e)} ${e.minutes ?? '-'} ${e.title}`;

/** A hand-written calendar around some VEVENT lines. */
export function ics(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');
}
