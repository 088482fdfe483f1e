// A calendar date as the leader's language writes one with its weekday (`Thu, Nov 19, 2026` in English,
// `Do., 19. Nov. 2026` in German), and where it lies from today. Formatted from the date's own numbers
// in UTC, so no time zone can move it to another day.
import * as vscode from 'vscode';
import type { LocalDate } from '../../core/model';
import { daysFromToday } from './dayWords';

let cached: { language: string; format: Intl.DateTimeFormat } | undefined;

function dateFormat(): Intl.DateTimeFormat {
  const language = vscode.env.language;
  if (cached?.language !== language) {
    const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(language, options);
    } catch {
      // A display language Intl does not know: the runtime's own.
      format = new Intl.DateTimeFormat(undefined, options);
    }
    cached = { language, format };
  }
  return cached.format;
}

/** `Thu, Nov 19, 2026` */
export function weekdayDate(date: LocalDate): string {
  return dateFormat().format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}

/** `12 days ago (Thu, Nov 19, 2026)`, `today (…)`, `in 3 days (…)`: `fromToday` is negative in the past. */
export function dayAndDate(date: LocalDate, fromToday: number): string {
  return vscode.l10n.t('{0} ({1})', daysFromToday(fromToday), weekdayDate(date));
}
