// Where a customer stands today: days since the last contact, the due date, and the state that colours
// the tree and the status bar. A contact is `last_contacted`, a dated log entry or a dated mention in
// another note. Only what has happened counts as contact: a date after today is a plan.
// An archived customer never nags and a note Rapport cannot read has no state at all.
import { addDays, compareDates, daysBetween, laterOf, ordinal } from '../time/dates';
import { type ContactState, type CustomerNote, type LocalDate, type Mention } from '../model';

export interface ContactSummary {
  readonly state: ContactState;
  /** The effective last contact: the latest of `last_contacted`, the dated log entries and the dated mentions, up to today. */
  readonly lastContact?: LocalDate;
  /** Where it was found; on a tie, the customer's own note wins. */
  readonly lastContactSource?: 'last_contacted' | 'contact log' | 'mention' | 'person';
  /** The note that mentions the customer, when the last contact is a mention. */
  readonly lastContactNote?: string;
  /** The person of this account whose contact it is, when the last contact is a person's. */
  readonly lastContactPerson?: string;
  /** Whole days since the last contact (never negative: future dates are plans, not contacts). */
  readonly daysSince?: number;
  /** The next planned contact when one lies after the last contact, else last contact + cadence. */
  readonly dueDate?: LocalDate;
  /** Days past the due date (> 0 only when overdue). */
  readonly overdueDays: number;
  /** Days until the due date (>= 0 when not overdue). */
  readonly daysUntilDue?: number;
  /** The last day of a snooze in force (state `snoozed`). */
  readonly snoozedUntil?: LocalDate;
}

/** `last_contacted` when it can be true today; a date in the future is flagged and not counted. */
export function trueLastContacted(note: CustomerNote, today: LocalDate): LocalDate | undefined {
  return note.lastContacted && compareDates(note.lastContacted, today) <= 0 ? note.lastContacted : undefined;
}

/** The newest contact of an account's people, which counts for the account too. */
export interface PeopleContact {
  readonly date: LocalDate;
  readonly personId: string;
}

export function summarizeContact(note: CustomerNote, today: LocalDate, dueSoonDays: number, people?: PeopleContact): ContactSummary {
  if (note.brokenReason) return { state: 'unknown', overdueDays: 0 };
  // Dates compared as day numbers, one per date: every customer is summarised on the first look of a day.
  const day = ordinal(today);
  let newestEntry: LocalDate | undefined;
  let newestEntryDay = -Infinity;
  let plannedEntry: LocalDate | undefined;
  let plannedEntryDay = Infinity;
  for (const e of note.entries) {
    const d = ordinal(e.date);
    if (d > day) {
      if (d < plannedEntryDay) {
        plannedEntry = e.date;
        plannedEntryDay = d;
      }
    } else if (d > newestEntryDay) {
      newestEntry = e.date;
      newestEntryDay = d;
    }
  }
  let newestMention: Mention | undefined;
  let newestMentionDay = -Infinity;
  let plannedMention: LocalDate | undefined;
  let plannedMentionDay = Infinity;
  for (const m of note.mentions) {
    if (!m.date) continue;
    const d = ordinal(m.date);
    if (d > day) {
      if (d < plannedMentionDay) {
        plannedMention = m.date;
        plannedMentionDay = d;
      }
    } else if (d > newestMentionDay) {
      newestMention = m;
      newestMentionDay = d;
    }
  }
  const lastContacted = trueLastContacted(note, today);
  const ownContact = laterOf(lastContacted, newestEntry);
  const lastContact = laterOf(laterOf(ownContact, newestMention?.date), people?.date);
  const source = lastContact && sourceOf(lastContact, lastContacted, newestEntry, newestMention, people);
  const planned = earliestAfter([note.nextContact, plannedEntry, plannedMention], lastContact);
  if (note.status === 'archived') {
    // Archived: the history stays visible, but there is nothing due and nothing overdue.
    if (!lastContact) return { state: 'archived', overdueDays: 0 };
    return { state: 'archived', lastContact, ...source, daysSince: daysBetween(lastContact, today), overdueDays: 0 };
  }
  // A snooze holds up to and including its day: the leader asked not to be reminded until then.
  const snoozedUntil = note.snoozeUntil && compareDates(today, note.snoozeUntil) <= 0 ? note.snoozeUntil : undefined;
  if (!lastContact) return snoozedUntil ? { state: 'snoozed', overdueDays: 0, dueDate: planned, snoozedUntil } : { state: 'never', overdueDays: 0, dueDate: planned };
  const daysSince = daysBetween(lastContact, today);
  // A planned touchpoint is the due date until a contact on or after it has happened.
  const dueDate = planned ?? addDays(lastContact, note.cadenceDays);
  const daysUntilDue = daysBetween(today, dueDate);
  if (snoozedUntil) return { state: 'snoozed', lastContact, ...source, daysSince, dueDate, overdueDays: 0, daysUntilDue, snoozedUntil };
  const state: ContactState = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= dueSoonDays ? 'due-soon' : 'ok';
  return { state, lastContact, ...source, daysSince, dueDate, overdueDays: Math.max(0, -daysUntilDue), daysUntilDue };
}

function sourceOf(
  lastContact: LocalDate, lastContacted: LocalDate | undefined, newestEntry: LocalDate | undefined, newestMention: Mention | undefined, people: PeopleContact | undefined,
): Pick<ContactSummary, 'lastContactSource' | 'lastContactNote' | 'lastContactPerson'> {
  const same = (d: LocalDate | undefined) => d !== undefined && compareDates(d, lastContact) === 0;
  if (same(lastContacted)) return { lastContactSource: 'last_contacted' };
  if (same(newestEntry)) return { lastContactSource: 'contact log' };
  if (same(newestMention?.date)) return { lastContactSource: 'mention', lastContactNote: newestMention!.noteId };
  return { lastContactSource: 'person', lastContactPerson: people!.personId };
}

/** The earliest of `dates` that lies after `after` (any of them when there is no contact yet). */
function earliestAfter(dates: readonly (LocalDate | undefined)[], after: LocalDate | undefined): LocalDate | undefined {
  let earliest: LocalDate | undefined;
  for (const d of dates) {
    if (!d || (after && compareDates(d, after) <= 0)) continue;
    if (!earliest || compareDates(d, earliest) < 0) earliest = d;
  }
  return earliest;
}

/**
 * What the tree says after a customer's name, as data: the state and the numbers it shows
 * (`12d · every 14d`, `5d overdue`, `never contacted · planned …`, `3d · due in 2d`, `archived · 40d`).
 */
export type ContactDescription =
  | { readonly state: 'unknown' }
  | { readonly state: 'archived'; readonly daysSince?: number }
  | { readonly state: 'never'; readonly planned?: LocalDate }
  | { readonly state: 'overdue'; readonly overdueDays: number }
  | { readonly state: 'due-soon'; readonly daysSince: number; readonly daysUntilDue: number }
  | { readonly state: 'ok'; readonly daysSince: number; readonly cadenceDays: number }
  | { readonly state: 'snoozed'; readonly daysSince?: number; readonly until: LocalDate };

export function describeContact(summary: ContactSummary, cadenceDays: number): ContactDescription {
  switch (summary.state) {
    case 'unknown':
      return { state: 'unknown' };
    case 'archived':
      return { state: 'archived', daysSince: summary.daysSince };
    case 'never':
      return { state: 'never', planned: summary.dueDate };
    case 'overdue':
      return { state: 'overdue', overdueDays: summary.overdueDays };
    case 'due-soon':
      return { state: 'due-soon', daysSince: summary.daysSince!, daysUntilDue: summary.daysUntilDue! };
    case 'ok':
      return { state: 'ok', daysSince: summary.daysSince!, cadenceDays };
    case 'snoozed':
      return { state: 'snoozed', daysSince: summary.daysSince, until: summary.snoozedUntil! };
  }
}

const NO_DUE = 1e9;
/** Most urgent first; unreadable notes right after the overdue ones (they need fixing); snoozed, then archived, last. */
export const STATE_ORDER: readonly ContactState[] = ['overdue', 'unknown', 'never', 'due-soon', 'ok', 'snoozed', 'archived'];
const STATE_RANK = Object.fromEntries(STATE_ORDER.map((s, i) => [s, i])) as Record<ContactState, number>;

/** Most overdue first: overdue by days overdue, then unreadable, never contacted, then by due date; archived last. */
export function compareUrgency(a: ContactSummary, b: ContactSummary): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    b.overdueDays - a.overdueDays ||
    (a.daysUntilDue ?? NO_DUE) - (b.daysUntilDue ?? NO_DUE)
  );
}

/** Whether a customer may nag: counted as overdue in the badge and the status bar. */
export function isOverdue(summary: ContactSummary): boolean {
  return summary.state === 'overdue';
}
