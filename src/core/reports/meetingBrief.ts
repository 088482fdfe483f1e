// What a leader wants to know in the minute before meeting a customer, as data: where contact stands
// against the cadence, the last few contacts, the promises still open (late first), the opportunities and
// risks nobody has revisited, the habits gone quiet, how closeness has moved, and time against intent.
// The Prepare for Meeting brief and the hover on a link to the customer both show it.
import { compareDates } from '../time/dates';
import { isPastDue, type HabitCoverage, type Insights } from '../today/insights';
import type { CustomerRow } from '../today/customerList';
import { monthActivity, weekActivity } from './contactActivity';
import { type ClosenessPoint, type Commitment, type LocalDate, type RegisterItem, type TimeGoal } from '../model';

/** How many recent contacts the brief lists, and how many closeness readings it shows. */
export const RECENT_CONTACTS = 3;
export const CLOSENESS_POINTS = 5;

/** A contact that has happened: an entry of the customer's own log, or a mention in another note. */
export interface RecentContact {
  readonly date: LocalDate;
  readonly title: string;
  readonly kind: 'log' | 'mention';
  /** The note and zero-based line where it is written (the heading, for a mention under one). */
  readonly noteId: string;
  readonly line: number;
  readonly minutes?: number;
}

export interface BriefPromise extends Commitment {
  readonly late: boolean;
}

export interface MeetingBrief {
  readonly row: CustomerRow;
  /** An account's people, most urgent first. */
  readonly people: readonly CustomerRow[];
  readonly recent: readonly RecentContact[];
  /** Open promises: late ones first (the longest late first), then by due date, undated last. */
  readonly promises: readonly BriefPromise[];
  /** Opportunities and risks not revisited within the stale window. */
  readonly revisit: readonly RegisterItem[];
  readonly quietHabits: readonly HabitCoverage[];
  readonly closeness?: ClosenessTrend;
  readonly time: TimeAgainstIntent;
}

export interface ClosenessTrend {
  /** The latest readings, oldest first. */
  readonly points: readonly ClosenessPoint[];
  /** The latest reading against the one before it; undefined with a single reading. */
  readonly direction?: 'up' | 'down' | 'steady';
}

export interface TimeAgainstIntent {
  readonly goal?: TimeGoal;
  /** Minutes in the goal's period (this week or this month; this month when there is no goal). */
  readonly invested: number;
  readonly per: 'week' | 'month';
}

export function meetingBrief(row: CustomerRow, insights: Insights, today: LocalDate, people: readonly CustomerRow[] = []): MeetingBrief {
  const { note } = row;
  const goal = note.timeGoal;
  const per = goal?.per ?? 'month';
  const activity = per === 'week' ? weekActivity(note, today) : monthActivity(note, today);
  return {
    row,
    people,
    recent: recentContacts(row, today),
    promises: openPromises(insights.openCommitments, today),
    revisit: insights.staleRegister,
    quietHabits: insights.staleHabits,
    closeness: closenessTrend(note.closeness),
    time: { goal, invested: activity.minutes, per },
  };
}

/** The newest contacts up to today, log entries and mentions merged; a mention of the same day and note as an entry is not repeated. */
function recentContacts({ note }: CustomerRow, today: LocalDate): RecentContact[] {
  const contacts: RecentContact[] = [];
  for (const e of note.entries) {
    if (compareDates(e.date, today) <= 0) contacts.push({ date: e.date, title: e.title, kind: 'log', noteId: note.id, line: e.line, minutes: e.minutes });
  }
  for (const m of note.mentions) {
    if (!m.date || compareDates(m.date, today) > 0) continue;
    contacts.push({ date: m.date, title: m.noteTitle, kind: 'mention', noteId: m.noteId, line: m.headingLine ?? m.line, minutes: m.minutes });
  }
  // Newest first; on one day, the customer's own log before the notes that mention them.
  contacts.sort((a, b) => compareDates(b.date, a.date) || (a.kind === b.kind ? b.line - a.line : a.kind === 'log' ? -1 : 1));
  return contacts.slice(0, RECENT_CONTACTS);
}

function openPromises(open: readonly Commitment[], today: LocalDate): BriefPromise[] {
  const promises = open.map((c) => ({ ...c, late: isPastDue(c, today) }));
  return promises.sort((a, b) => Number(b.late) - Number(a.late) || byDue(a, b) || a.line - b.line);
}

function byDue(a: Commitment, b: Commitment): number {
  if (a.due && b.due) return compareDates(a.due, b.due);
  return a.due ? -1 : b.due ? 1 : 0;
}

function closenessTrend(points: readonly ClosenessPoint[]): ClosenessTrend | undefined {
  if (points.length === 0) return undefined;
  const sorted = [...points].sort((a, b) => compareDates(a.date, b.date) || a.line - b.line).slice(-CLOSENESS_POINTS);
  if (sorted.length < 2) return { points: sorted };
  const [before, last] = sorted.slice(-2);
  return { points: sorted, direction: last.value > before.value ? 'up' : last.value < before.value ? 'down' : 'steady' };
}
