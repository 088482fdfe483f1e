// Per-customer insights for one day: promises past due, habits not reflected on lately, and
// opportunities and risks nobody has revisited. Small pure functions over a parsed note.
import type { CustomerNote } from './customerNote';
import { compareDates, daysBetween, laterOf } from './dates';
import { HABITS, type Commitment, type Habit, type RegisterItem } from './noteBody';
import type { LocalDate } from './types';

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

export function habitCoverage(note: CustomerNote, today: LocalDate, staleDays: number): HabitCoverage[] {
  return HABITS.map((habit) => {
    const last = note.habits.filter((m) => m.habit === habit).reduce<LocalDate | undefined>((acc, m) => laterOf(acc, m.date), undefined);
    return { habit, last, stale: !last || daysBetween(last, today) > staleDays };
  });
}
