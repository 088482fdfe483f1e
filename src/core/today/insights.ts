// Per-customer insights for one day: promises past due, habits not reflected on lately, and
// opportunities and risks nobody has revisited. Small pure functions over a parsed note.
import { compareDates, daysBetween, laterOf } from '../time/dates';
import { type Commitment, type CustomerNote, type Habit, HABITS, type LocalDate, type RegisterItem } from '../model';

export interface HabitCoverage {
  readonly habit: Habit;
  /** When the habit was last reflected on; undefined for never. */
  readonly last?: LocalDate;
  readonly stale: boolean;
}

export interface Insights {
  readonly openCommitments: readonly Commitment[];
  readonly overdueCommitments: readonly Commitment[];
  readonly habits: readonly HabitCoverage[];
  readonly staleHabits: readonly HabitCoverage[];
  readonly staleRegister: readonly RegisterItem[];
}

export function insightsOf(note: CustomerNote, today: LocalDate, staleDays = 90): Insights {
  const openCommitments = note.commitments.filter((c) => !c.done);
  // Archived customers never nag: their promises stay listed, but nothing is late or quiet.
  if (note.status === 'archived') {
    return { openCommitments, overdueCommitments: [], habits: habitCoverage(note, today, staleDays), staleHabits: [], staleRegister: [] };
  }
  const overdueCommitments = openCommitments
    .filter((c) => isPastDue(c, today))
    .sort((a, b) => compareDates(a.due!, b.due!));
  const habits = habitCoverage(note, today, staleDays);
  const staleRegister = note.register.filter((item) => !item.touched || daysBetween(item.touched, today) > staleDays);
  return { openCommitments, overdueCommitments, habits, staleHabits: habits.filter((h) => h.stale), staleRegister };
}

/** An open promise whose due date has passed. */
export function isPastDue(commitment: Commitment, today: LocalDate): boolean {
  return !commitment.done && commitment.due !== undefined && compareDates(commitment.due, today) < 0;
}

/**
 * When each habit was last practised: a reflection tagged with it (once something is written under it),
 * and for "invest time" also every dated contact-log entry and mention up to today, since a contact is time invested.
 */
export function habitCoverage(note: CustomerNote, today: LocalDate, staleDays: number): HabitCoverage[] {
  return HABITS.map((habit) => {
    let last = note.habits.filter((m) => m.habit === habit).reduce<LocalDate | undefined>((acc, m) => laterOf(acc, m.date), undefined);
    if (habit === 'time') {
      for (const e of note.entries) if (compareDates(e.date, today) <= 0) last = laterOf(last, e.date);
      for (const m of note.mentions) if (m.date && compareDates(m.date, today) <= 0) last = laterOf(last, m.date);
    }
    return { habit, last, stale: !last || daysBetween(last, today) > staleDays };
  });
}
