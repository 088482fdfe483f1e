// The weekly review's content, as data: where the leader's week went with customers, who is overdue,
// which promises are open, which habits and which opportunities and risks have gone quiet. The vscode
// layer writes it as a dated Markdown note in the leader's language (src/vscode/words/reviewWords.ts).
import { totalMinutes, weekActivity } from './contactActivity';
import { customerRows } from '../today/customerList';
import type { AccountMap } from '../accounts/accountMap';
import { addDays, daysBetween, formatDate } from '../time/dates';
import { insightsOf } from '../today/insights';
import { DEFAULT_UPCOMING_DAYS, upcomingDates, type DaysAhead } from '../today/upcomingDates';
import { type CustomerNote, type Habit, type LocalDate } from '../model';
import { weekKey, weekStart } from '../time/weeks';

export interface ReviewSettings {
  readonly dueSoonDays: number;
  readonly staleDays: number;
  readonly workingHoursPerWeek: number;
  /** `rapport.upcomingDays`, for every note or each note's folder; DEFAULT_UPCOMING_DAYS when missing. */
  readonly upcomingDays?: DaysAhead;
}

export interface WeeklyReview {
  /** `2026-W48` */
  readonly week: string;
  /** `2026-W48.md` */
  readonly fileName: string;
  readonly today: LocalDate;
  readonly monday: LocalDate;
  readonly sunday: LocalDate;
  readonly noCustomers: boolean;
  readonly time: ReviewTime;
  readonly overdue: readonly { readonly name: string; readonly overdueDays: number; readonly lastContact: LocalDate; readonly cadenceDays: number }[];
  readonly neverContacted: readonly string[];
  /** Most overdue first, then by due date, promises without a date last. */
  readonly promises: readonly ReviewPromise[];
  readonly staleDays: number;
  readonly quietHabits: readonly { readonly name: string; readonly habits: readonly { readonly habit: Habit; readonly last?: LocalDate }[] }[];
  /** Never-dated items first, then the oldest. */
  readonly register: readonly { readonly name: string; readonly kind: 'opportunity' | 'risk'; readonly text: string; readonly touched?: LocalDate }[];
  /** Important dates coming up, soonest first. */
  readonly upcoming: readonly { readonly name: string; readonly label: string; readonly date: LocalDate; readonly daysUntil: number }[];
}

export interface ReviewTime {
  /** Customers contacted this week, most time first. */
  readonly customers: readonly { readonly name: string; readonly contacts: number; readonly dates: readonly string[]; readonly minutes: number }[];
  readonly minutes: number;
  readonly workingHoursPerWeek: number;
  /** The minutes as a rounded percentage of the working week; undefined without working hours. */
  readonly percentOfWeek?: number;
}

export interface ReviewPromise {
  readonly name: string;
  readonly text: string;
  readonly due?: LocalDate;
  /** Days past the due date, when it has passed. */
  readonly overdueDays?: number;
}

export function weeklyReview(all: Iterable<CustomerNote>, today: LocalDate, settings: ReviewSettings, accounts?: AccountMap): WeeklyReview {
  const notes = [...all].filter((n) => n.status !== 'archived');
  const week = weekKey(today);
  const monday = weekStart(today);
  const rows = customerRows(notes, today, { sortBy: 'overdue', showArchived: false, dueSoonDays: settings.dueSoonDays }, accounts);
  const promises: { promise: ReviewPromise; pastDue: number }[] = [];
  const quietHabits: WeeklyReview['quietHabits'][number][] = [];
  const register: WeeklyReview['register'][number][] = [];
  for (const note of notes) {
    const insights = insightsOf(note, today, settings.staleDays);
    for (const c of insights.openCommitments) {
      const pastDue = c.due ? daysBetween(c.due, today) : -Infinity;
      promises.push({ promise: { name: note.name, text: c.text, due: c.due, overdueDays: pastDue > 0 ? pastDue : undefined }, pastDue });
    }
    if (insights.staleHabits.length) quietHabits.push({ name: note.name, habits: insights.staleHabits.map((h) => ({ habit: h.habit, last: h.last })) });
    for (const item of insights.staleRegister) register.push({ name: note.name, kind: item.kind, text: item.text, touched: item.touched });
  }
  promises.sort((a, b) => b.pastDue - a.pastDue);
  register.sort((a, b) => (a.touched ? formatDate(a.touched) : '').localeCompare(b.touched ? formatDate(b.touched) : ''));
  return {
    week, fileName: `${week}.md`, today, monday, sunday: addDays(monday, 6), noCustomers: notes.length === 0,
    time: timeThisWeek(notes, today, settings.workingHoursPerWeek),
    overdue: rows.filter((r) => r.summary.state === 'overdue').map((r) => ({
      name: r.note.name, overdueDays: r.summary.overdueDays, lastContact: r.summary.lastContact!, cadenceDays: r.note.cadenceDays,
    })),
    neverContacted: rows.filter((r) => r.summary.state === 'never').map((r) => r.note.name),
    promises: promises.map((p) => p.promise),
    staleDays: settings.staleDays,
    quietHabits,
    register,
    upcoming: upcomingDates(notes, today, settings.upcomingDays ?? DEFAULT_UPCOMING_DAYS)
      .map(({ name, label, date, daysUntil }) => ({ name, label, date, daysUntil })),
  };
}

function timeThisWeek(notes: readonly CustomerNote[], today: LocalDate, workingHoursPerWeek: number): ReviewTime {
  const activity = notes.map((note) => ({ name: note.name, ...weekActivity(note, today) })).filter((c) => c.contacts > 0);
  const customers = activity
    .map(({ name, contacts, dates, minutes }) => ({ name, contacts, dates, minutes }))
    .sort((a, b) => b.minutes - a.minutes || a.name.localeCompare(b.name));
  // A meeting with two customers is time with each, but its minutes count once in the week.
  const minutes = totalMinutes(activity.flatMap((c) => c.list));
  const working = workingHoursPerWeek * 60;
  return { customers, minutes, workingHoursPerWeek, percentOfWeek: working > 0 ? Math.round((minutes / working) * 100) : undefined };
}
