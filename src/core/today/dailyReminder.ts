// What the daily reminder says, as data, and whether to say it today. Once a day per workspace: the day
// last reminded is kept by the host, and a day that is not after it (the same day, or a clock set back)
// never reminds again. The reminder names who needs contact today (the overdue, most overdue first),
// the promises due today and the important dates of today; with nothing to say there is no reminder.
import { compareDates, formatDate, parseIsoDate } from '../time/dates';
import type { CustomerRow } from './customerList';
import type { UpcomingDate } from './upcomingDates';
import type { LocalDate } from '../model';

/** A notification is read at a glance: this many of each kind by name, then a count of the rest. */
export const REMINDER_NAMES = 5;

export interface ReminderCustomer {
  readonly id: string;
  readonly name: string;
  readonly overdueDays: number;
}

export interface ReminderPromise {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly line: number;
}

export interface ReminderDate {
  readonly id: string;
  readonly name: string;
  readonly label: string;
}

/** Each list holds at most REMINDER_NAMES; `more` counts what was left out of it. */
export interface DailyReminder {
  readonly today: LocalDate;
  readonly overdue: readonly ReminderCustomer[];
  readonly overdueMore: number;
  readonly promises: readonly ReminderPromise[];
  readonly promisesMore: number;
  readonly dates: readonly ReminderDate[];
  readonly datesMore: number;
}

/** Whether today is a day to remind: enabled, and after the day last reminded (or never reminded). */
export function shouldRemind(lastDay: string | undefined, today: LocalDate, enabled: boolean): boolean {
  if (!enabled) return false;
  const last = lastDay === undefined ? undefined : parseIsoDate(lastDay);
  return !last || compareDates(today, last) > 0;
}

/** What a host keeps as the day last reminded. */
export function reminderDay(today: LocalDate): string {
  return formatDate(today);
}

/**
 * `rows`: today's rows, most overdue first (the status bar's order); archived customers never nag, so
 * theirs are left out. `upcoming`: the important dates coming up (only today's are named).
 */
export function reminderFor(rows: readonly CustomerRow[], upcoming: readonly UpcomingDate[], today: LocalDate): DailyReminder | undefined {
  const shown = rows.filter((r) => r.summary.state !== 'archived');
  const overdue = shown.filter((r) => r.summary.state === 'overdue')
    .map((r): ReminderCustomer => ({ id: r.note.id, name: r.note.name, overdueDays: r.summary.overdueDays }));
  // The rows may come in another order; most overdue first is what the reminder promises.
  overdue.sort((a, b) => b.overdueDays - a.overdueDays);
  const promises: ReminderPromise[] = [];
  for (const { note } of shown) {
    for (const c of note.commitments) {
      if (!c.done && c.due && compareDates(c.due, today) === 0) promises.push({ id: note.id, name: note.name, text: c.text, line: c.line });
    }
  }
  const dates = upcoming.filter((d) => d.daysUntil === 0).map((d): ReminderDate => ({ id: d.noteId, name: d.name, label: d.label }));
  if (!overdue.length && !promises.length && !dates.length) return undefined;
  const first = <T>(list: readonly T[]) => list.slice(0, REMINDER_NAMES);
  const more = (list: readonly unknown[]) => Math.max(0, list.length - REMINDER_NAMES);
  return {
    today,
    overdue: first(overdue), overdueMore: more(overdue),
    promises: first(promises), promisesMore: more(promises),
    dates: first(dates), datesMore: more(dates),
  };
}

/** The one customer the reminder's Snooze… is for: the only one who needs contact; otherwise the leader picks. */
export function snoozeTarget(reminder: DailyReminder): string | undefined {
  return reminder.overdue.length === 1 && reminder.overdueMore === 0 ? reminder.overdue[0].id : undefined;
}
