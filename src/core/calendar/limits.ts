// How much calendar an import takes, checked before anything is parsed: a file this large is a whole
// mailbox's history, not the last months, and would hold the editor up. The command can check a file's
// size against `bytes` before it reads it at all.
import type { CalendarMessage } from '../model';

export const CALENDAR_LIMITS = {
  /** 20 MiB: a busy Outlook calendar exports about 1 MB a year. */
  bytes: 20 * 1024 * 1024,
  /** VEVENT components (a recurring series counts once). */
  events: 50_000,
  /** Occurrences stepped through for one recurring series (a daily meeting for 50 years is 18,000). */
  stepsPerSeries: 20_000,
  /** Occurrences stepped through for the whole file, so a file of many endless series ends within seconds. */
  steps: 100_000,
} as const;

/** Why the text is too much to import; undefined when it is not. */
export function calendarTooLarge(text: string): CalendarMessage | undefined {
  // A UTF-16 unit is one to three bytes of UTF-8: only a text near the limit needs counting.
  if (text.length * 3 > CALENDAR_LIMITS.bytes) {
    const bytes = utf8Length(text);
    if (bytes > CALENDAR_LIMITS.bytes) return { id: 'calendar-too-large', bytes, limitBytes: CALENDAR_LIMITS.bytes };
  }
  const events = countEvents(text);
  return events > CALENDAR_LIMITS.events ? { id: 'calendar-too-many-events', events, limitEvents: CALENDAR_LIMITS.events } : undefined;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (isHigh(code) && isLow(text.charCodeAt(i + 1))) {
      bytes += 4; // a surrogate pair: one code point of four bytes
      i++;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate (written as U+FFFD)
  }
  return bytes;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const BEGIN_EVENT = /^BEGIN:VEVENT[ \t]*\r?$/gim;

function countEvents(text: string): number {
  let count = 0;
  BEGIN_EVENT.lastIndex = 0;
  while (BEGIN_EVENT.exec(text)) count++;
  return count;
}
