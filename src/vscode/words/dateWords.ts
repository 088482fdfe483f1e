// A calendar date as the leader's language writes it. Formatted from the date's own numbers in UTC, so
// no time zone can move it to another day.
import * as vscode from 'vscode';
import type { LocalDate } from '../../core/model';

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const language = vscode.env.language;
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

/** `Dec 15` (English), `15. Dez.` (German): a day soon enough that its year goes without saying. */
export function dayMonth(date: LocalDate): string {
  return dateFormat({ day: 'numeric', month: 'short' }).format(utc(date));
}
