// Wall clocks and instants: where an event's instant falls on the leader's clock (its local day and start
// time), and which instant a clock time without a zone names. Injected, so tests can stand in any zone
// whatever the machine's, and the reader can use a calendar's own named zone (`TZID=Europe/Berlin`).

/** A clock reading, in no particular zone. `month` is 1-12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export interface LocalZone {
  /** The clock reading at an instant (milliseconds since 1970, UTC). */
  wallTime(instant: number): WallTime;
  /** The instant a clock reading names (in a repeated hour the first; in a skipped hour, one just after). */
  instant(wall: WallTime): number;
}

/** The machine's zone, as every other day count of Rapport reads it (Date's local getters). */
export const systemZone: LocalZone = {
  wallTime(instant) {
    const d = new Date(instant);
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds() };
  },
  instant: (w) => new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second).getTime(),
};

const HALF_DAY = 12 * 3_600_000;
const named = new Map<string, LocalZone | undefined>();

/** An IANA zone (`Europe/Berlin`) by the platform's time zone data; undefined for a name it does not know. */
export function namedZone(timeZone: string): LocalZone | undefined {
  if (!named.has(timeZone)) named.set(timeZone, makeNamedZone(timeZone));
  return named.get(timeZone);
}

function makeNamedZone(timeZone: string): LocalZone | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  } catch {
    return undefined; // RangeError: not a zone this platform knows (`W. Europe Standard Time`)
  }
  const wallTime = (instant: number): WallTime => {
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
  };
  /** How far this zone's clock is ahead of UTC at an instant, in milliseconds. */
  const offset = (instant: number) => asUtc(wallTime(instant)) - Math.floor(instant / 1000) * 1000;
  return {
    wallTime,
    instant(wall) {
      // The clock read as UTC, less the offset in force half a day before or after: whichever reads back
      // as this clock (the earlier if both do); in a skipped hour neither does, and the offset before it
      // moves the reading past the gap, as Date does.
      const guess = asUtc(wall);
      const before = guess - offset(guess - HALF_DAY);
      const after = guess - offset(guess + HALF_DAY);
      const readsBack = [before, after].filter((t) => asUtc(wallTime(t)) === guess);
      return readsBack.length ? Math.min(...readsBack) : before;
    },
  };
}

function asUtc(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}
