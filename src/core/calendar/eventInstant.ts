// The instant an iCalendar time names. A time in UTC or in a zone the file defines (VTIMEZONE) the parser
// places itself. A TZID the file does not define (a Google or hand-made export without VTIMEZONE) is
// looked up by name (`Europe/Berlin`); a floating time, or a name no platform knows, is read in the
// calendar's own zone (X-WR-TIMEZONE) when it names one, else on the leader's clock.
import ICAL from 'ical.js';
import { namedZone, type LocalZone } from './localZone';

type Time = InstanceType<typeof ICAL.Time>;

export interface ZoneContext {
  /** The leader's clock. */
  readonly local: LocalZone;
  /** The calendar's X-WR-TIMEZONE, when the platform knows it. */
  readonly calendar?: LocalZone;
}

/** Milliseconds since 1970 (UTC). `tzid` is the property's TZID parameter, when it has one. */
export function instantOf(time: Time, tzid: string | undefined, context: ZoneContext): number {
  if (time.zone && time.zone !== ICAL.Timezone.localTimezone) return time.toUnixTime() * 1000;
  const zone = (tzid && namedZone(tzid)) || context.calendar || context.local;
  return zone.instant({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second });
}
