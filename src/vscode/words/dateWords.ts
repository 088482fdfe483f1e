// A calendar date as the leader's language writes it: with its weekday (`Thu 19 Nov 2026` in English,
// `Do., 19. Nov. 2026` in German), without the year (`Tue 8 Dec`), or only day and month (`15 Dec`), and
// where it lies from today.
// Formatted from the date's own numbers in UTC, so no time zone can move it to another day.
import * as vscode from 'vscode';
import type { LocalDate } from '../../core/model';
import { daysFromToday } from './dayWords';

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // VS Code's English is no country's: day before month reads the same everywhere (`Thu 19 Nov 2026`).
  const language = vscode.env.language === 'en' ? 'en-GB' : vscode.env.language;
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    } catch {
      // A display language Intl does not know: the runtime's own.
      format = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  return format;
}

const utc = (date: LocalDate) => new Date(Date.UTC(date.year, date.month - 1, date.day));

/** `Thu 19 Nov 2026` */
export function weekdayDate(date: LocalDate): string {
  return dateFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(utc(date));
}

/** `15 Dec` (English), `15. Dez.` (German): a day soon enough that its year goes without saying. */
export function dayMonth(date: LocalDate): string {
  return dateFormat({ day: 'numeric', month: 'short' }).format(utc(date));
}

/** `Tue 8 Dec` (English), `Di., 8. Dez.` (German): a day of the coming weeks, with its weekday. */
export function weekdayDayMonth(date: LocalDate): string {
  return dateFormat({ weekday: 'short', day: 'numeric', month: 'short' }).format(utc(date));
}

/** `12 days ago (Thu 19 Nov 2026)`, `today (…)`, `in 3 days (…)`: `fromToday` is negative in the past. */
export function dayAndDate(date: LocalDate, fromToday: number): string {
  return vscode.l10n.t('{0} ({1})', daysFromToday(fromToday), weekdayDate(date));
}
