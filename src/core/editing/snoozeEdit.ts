// Snooze: how long each choice holds, and the one edit it makes, of `snooze_until` alone (set, or taken
// out to end the snooze), through the same front matter editing as Log Contact.
import { addDays, formatDate, isValidDate } from '../time/dates';
import { setFrontMatterValue } from '../frontMatter/edit';
import { removeFrontMatterKey } from '../frontMatter/removeKey';
import type { EditResult } from './editResult';
import type { LocalDate } from '../model';

export const SNOOZE_KEY = 'snooze_until';

export type SnoozeLength = 'week' | 'two-weeks' | 'month';

/** The last snoozed day: a week or two weeks on, or the same day next month (its last day when shorter). */
export function snoozeEnd(today: LocalDate, length: SnoozeLength): LocalDate {
  if (length === 'week') return addDays(today, 7);
  if (length === 'two-weeks') return addDays(today, 14);
  const year = today.month === 12 ? today.year + 1 : today.year;
  const month = today.month === 12 ? 1 : today.month + 1;
  let day = today.day;
  while (!isValidDate(year, month, day)) day--;
  return { year, month, day };
}

/** Sets `snooze_until` to `until`, or removes it (the snooze ends) when `until` is undefined. */
export function snoozeEdit(text: string, until: LocalDate | undefined): EditResult {
  return until ? setFrontMatterValue(text, SNOOZE_KEY, formatDate(until)) : removeFrontMatterKey(text, SNOOZE_KEY);
}
