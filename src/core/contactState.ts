// Where a customer stands today: days since the last contact, the due date, and the state
// (never / overdue / due-soon / ok) that colours the tree and the status bar.
import { addDays, compareDates, daysBetween, formatDate, laterOf } from './dates';
import type { CustomerNote } from './customerNote';
import type { ContactState, LocalDate } from './types';

export interface ContactSummary {
  readonly state: ContactState;
  /** The effective last contact: the later of `last_contacted` and the newest dated log entry. */
  readonly lastContact?: LocalDate;
  readonly lastContactSource?: 'last_contacted' | 'contact log';
  /** Whole days since the last contact; negative when the recorded contact lies in the future. */
  readonly daysSince?: number;
  /** `next_contact` when it lies after the last contact (a planned touchpoint), else last contact + cadence. */
  readonly dueDate?: LocalDate;
  /** Days past the due date (> 0 only when overdue). */
  readonly overdueDays: number;
  /** Days until the due date (>= 0 when not overdue). */
  readonly daysUntilDue?: number;
}

export function summarizeContact(note: CustomerNote, today: LocalDate, dueSoonDays: number): ContactSummary {
  const newestEntry = note.entries.reduce<LocalDate | undefined>((acc, e) => laterOf(acc, e.date), undefined);
  const lastContact = laterOf(note.lastContacted, newestEntry);
  if (!lastContact) return { state: 'never', overdueDays: 0, dueDate: note.nextContact };
  const lastContactSource =
    note.lastContacted && compareDates(note.lastContacted, lastContact) === 0 ? 'last_contacted' : 'contact log';
  const daysSince = daysBetween(lastContact, today);
  // A planned touchpoint is the due date until a contact on or after it has happened.
  const planned = note.nextContact && compareDates(note.nextContact, lastContact) > 0 ? note.nextContact : undefined;
  const dueDate = planned ?? addDays(lastContact, note.cadenceDays);
  const daysUntilDue = daysBetween(today, dueDate);
  const state: ContactState = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= dueSoonDays ? 'due-soon' : 'ok';
  return { state, lastContact, lastContactSource, daysSince, dueDate, overdueDays: Math.max(0, -daysUntilDue), daysUntilDue };
}

/** "12d", "today", or "in 3d" for a contact recorded in the future (never a negative count). */
export function formatDaysSince(days: number): string {
  return days < 0 ? `in ${-days}d` : `${days}d`;
}

/** The tree's description: `12d · every 14d`, `5d overdue`, `never contacted`, `3d · due in 2d`. */
export function describeContact(summary: ContactSummary, cadenceDays: number): string {
  switch (summary.state) {
    case 'never':
      return summary.dueDate ? `never contacted · planned ${formatDate(summary.dueDate)}` : 'never contacted';
    case 'overdue':
      return `${summary.overdueDays}d overdue`;
    case 'due-soon':
      return `${formatDaysSince(summary.daysSince!)} · due ${summary.daysUntilDue === 0 ? 'today' : `in ${summary.daysUntilDue}d`}`;
    case 'ok':
      return `${formatDaysSince(summary.daysSince!)} · every ${cadenceDays}d`;
  }
}

const NO_DUE = 1e9;
const STATE_RANK: Record<ContactState, number> = { overdue: 0, never: 1, 'due-soon': 2, ok: 3 };

/** Most overdue first: overdue by days overdue, then never contacted, then by due date. */
export function compareUrgency(a: ContactSummary, b: ContactSummary): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    b.overdueDays - a.overdueDays ||
    (a.daysUntilDue ?? NO_DUE) - (b.daysUntilDue ?? NO_DUE)
  );
}
