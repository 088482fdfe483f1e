// Everything the dashboard shows, computed once from the notes for one day: plain JSON (dates as
// `YYYY-MM-DD` text) so it can be posted to the webview as is. Archived customers are left out.
import { bucketContacts, monthActivity, totalMinutes, weekActivity, type Contact } from './contactActivity';
import { customerRows, type CustomerRow } from '../today/customerList';
import type { AccountMap } from '../accounts/accountMap';
import { compareDates, daysBetween, formatDate } from '../time/dates';
import { insightsOf } from '../today/insights';
import { DEFAULT_UPCOMING_DAYS, upcomingDates, type DaysAhead } from '../today/upcomingDates';
import { weeklyMinutes } from '../reading/timeGoal';
import { type ContactState, type CustomerNote, type Habit, type LocalDate, type TimeGoal } from '../model';
import { daysInMonth, lastMonths, lastWeeks, monthKey, weekKey } from '../time/weeks';

export const WEEKS_SHOWN = 12;
export const MONTHS_SHOWN = 6;

export interface DashboardSettings {
  readonly dueSoonDays: number;
  readonly staleDays: number;
  readonly workingHoursPerWeek: number;
  /** `rapport.upcomingDays`, for every note or each note's folder; DEFAULT_UPCOMING_DAYS when missing. */
  readonly upcomingDays?: DaysAhead;
}

export interface ContactBar {
  readonly id: string;
  readonly name: string;
  readonly state: ContactState;
  /** Undefined when never contacted. */
  readonly daysSince?: number;
  readonly cadenceDays: number;
  readonly overdueDays: number;
  readonly lastContact?: string;
  readonly dueDate?: string;
  /** Days from the last contact to the due date: the cadence, or sooner or later when a contact is planned. */
  readonly dueAfterDays?: number;
  /** The due date is a planned contact (`next_contact`, a dated entry ahead), not last contact + cadence. */
  readonly planned: boolean;
  /** The account's id, for a person listed right under it. */
  readonly account?: string;
}

export interface PeriodTotal {
  /** `2026-W48` or `2026-11` */
  readonly key: string;
  /** Monday of the week, or the first day of the month. */
  readonly start: string;
  readonly contacts: number;
  readonly minutes: number;
}

export interface TimeRow {
  readonly id: string;
  readonly name: string;
  readonly investedWeek: number;
  readonly investedMonth: number;
  readonly goal?: TimeGoal;
  /** The goal in minutes for this week and this month (a monthly goal is spread over 52/12 weeks). */
  readonly intendedWeek?: number;
  readonly intendedMonth?: number;
}

export interface TimeTotals {
  readonly investedWeek: number;
  readonly investedMonth: number;
  /** Only customers with a `time_goal` count here, on both sides. */
  readonly goalInvestedWeek: number;
  readonly goalInvestedMonth: number;
  readonly intendedWeek: number;
  readonly intendedMonth: number;
  /** How far into the month today is (0-1]: where a steady pace would stand. */
  readonly monthProgress: number;
}

export interface DashboardData {
  readonly today: string;
  readonly week: string;
  readonly month: string;
  readonly staleDays: number;
  readonly contactBars: readonly ContactBar[];
  readonly weeks: readonly PeriodTotal[];
  readonly months: readonly PeriodTotal[];
  readonly time: { readonly rows: readonly TimeRow[]; readonly total: TimeTotals };
  readonly share: { readonly minutes: number; readonly workingMinutes: number; readonly ratio: number };
  readonly closeness: readonly { id: string; name: string; points: { date: string; value: number }[] }[];
  readonly staleHabits: readonly { id: string; name: string; habits: { habit: Habit; last?: string }[] }[];
  readonly overdueCommitments: readonly { id: string; name: string; text: string; due: string; daysOverdue: number; line: number }[];
  readonly staleRegister: readonly { id: string; name: string; kind: 'opportunity' | 'risk'; text: string; touched?: string; line: number }[];
  /** Important dates coming up, soonest first. */
  readonly upcoming: readonly { id: string; name: string; label: string; date: string; daysUntil: number; yearly: boolean }[];
}

const iso = (d: LocalDate | undefined) => (d ? formatDate(d) : undefined);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

export function dashboardData(all: Iterable<CustomerNote>, today: LocalDate, settings: DashboardSettings, accounts?: AccountMap): DashboardData {
  const notes = [...all].filter((n) => n.status !== 'archived');
  const rows = peopleUnderAccounts(customerRows(notes, today, { sortBy: 'overdue', showArchived: false, dueSoonDays: settings.dueSoonDays }, accounts), accounts);
  const contactBars = rows.map(({ note, summary }): ContactBar => {
    const dueAfterDays = summary.lastContact && summary.dueDate ? daysBetween(summary.lastContact, summary.dueDate) : undefined;
    return {
      id: note.id, name: note.name, state: summary.state, daysSince: summary.daysSince, cadenceDays: note.cadenceDays,
      overdueDays: summary.overdueDays, lastContact: iso(summary.lastContact), dueDate: iso(summary.dueDate),
      dueAfterDays, planned: dueAfterDays !== undefined && dueAfterDays !== note.cadenceDays,
      ...(accounts?.accountOf(note.id) && { account: accounts.accountOf(note.id) }),
    };
  });

  const byWeek = bucketContacts(notes, weekKey, today);
  const weeks = lastWeeks(today, WEEKS_SHOWN).map((monday): PeriodTotal => {
    const key = weekKey(monday);
    return { key, start: formatDate(monday), contacts: byWeek.get(key)?.contacts ?? 0, minutes: byWeek.get(key)?.minutes ?? 0 };
  });
  const byMonth = bucketContacts(notes, monthKey, today);
  const months = lastMonths(today, MONTHS_SHOWN).map((key): PeriodTotal => ({
    key, start: `${key}-01`, contacts: byMonth.get(key)?.contacts ?? 0, minutes: byMonth.get(key)?.minutes ?? 0,
  }));

  const time = timeAgainstIntent(notes, today);
  const workingMinutes = Math.round(settings.workingHoursPerWeek * 60);
  const share = { minutes: time.total.investedWeek, workingMinutes, ratio: workingMinutes > 0 ? time.total.investedWeek / workingMinutes : 0 };

  const closeness = notes
    .filter((n) => n.closeness.length > 0)
    .map((n) => ({
      id: n.id, name: n.name,
      points: [...n.closeness].sort((a, b) => compareDates(a.date, b.date) || a.line - b.line).map((p) => ({ date: formatDate(p.date), value: p.value })),
    }))
    .sort(byName);

  const staleHabits: DashboardData['staleHabits'][number][] = [];
  const overdueCommitments: DashboardData['overdueCommitments'][number][] = [];
  const staleRegister: DashboardData['staleRegister'][number][] = [];
  for (const note of [...notes].sort(byName)) {
    const insights = insightsOf(note, today, settings.staleDays);
    if (insights.staleHabits.length) staleHabits.push({ id: note.id, name: note.name, habits: insights.staleHabits.map((h) => ({ habit: h.habit, last: iso(h.last) })) });
    for (const c of insights.overdueCommitments) {
      overdueCommitments.push({ id: note.id, name: note.name, text: c.text, due: formatDate(c.due!), daysOverdue: daysBetween(c.due!, today), line: c.line });
    }
    for (const item of insights.staleRegister) {
      staleRegister.push({ id: note.id, name: note.name, kind: item.kind, text: item.text, touched: iso(item.touched), line: item.line });
    }
  }
  overdueCommitments.sort((a, b) => b.daysOverdue - a.daysOverdue);
  // Never-dated items first (nobody knows how old they are), then the oldest.
  staleRegister.sort((a, b) => (a.touched ?? '').localeCompare(b.touched ?? ''));

  const upcoming = upcomingDates(notes, today, settings.upcomingDays ?? DEFAULT_UPCOMING_DAYS)
    .map((u) => ({ id: u.noteId, name: u.name, label: u.label, date: formatDate(u.date), daysUntil: u.daysUntil, yearly: u.yearly }));

  // Through JSON once: what the webview receives is exactly what tests and the host hold.
  return JSON.parse(JSON.stringify({
    today: formatDate(today), week: weekKey(today), month: monthKey(today), staleDays: settings.staleDays,
    contactBars, weeks, months, time, share, closeness, staleHabits, overdueCommitments, staleRegister, upcoming,
  } satisfies DashboardData)) as DashboardData;
}

/** Rows most overdue first, each account's people right under it (the account's figure rolls theirs up). */
function peopleUnderAccounts(rows: readonly CustomerRow[], accounts: AccountMap | undefined): CustomerRow[] {
  if (!accounts) return [...rows];
  const shown = new Set(rows.map((r) => r.note.id));
  const byId = new Map(rows.map((r) => [r.note.id, r]));
  const ordered: CustomerRow[] = [];
  for (const row of rows) {
    const account = accounts.accountOf(row.note.id);
    if (account && shown.has(account)) continue;
    ordered.push(row);
    for (const id of accounts.peopleOf(row.note.id)) {
      const person = byId.get(id);
      if (person) ordered.push(person);
    }
  }
  return ordered;
}

/** Minutes invested this week and month per customer, against `time_goal`; customers with neither are left out. */
export function timeAgainstIntent(notes: readonly CustomerNote[], today: LocalDate): { rows: TimeRow[]; total: TimeTotals } {
  const rows: TimeRow[] = [];
  const total = { investedWeek: 0, investedMonth: 0, goalInvestedWeek: 0, goalInvestedMonth: 0, intendedWeek: 0, intendedMonth: 0 };
  const weekContacts: Contact[] = [];
  const monthContacts: Contact[] = [];
  for (const note of notes) {
    const weekly = weekActivity(note, today);
    const monthly = monthActivity(note, today);
    const week = weekly.minutes;
    const month = monthly.minutes;
    weekContacts.push(...weekly.list);
    monthContacts.push(...monthly.list);
    const goal = note.timeGoal;
    if (!goal && week === 0 && month === 0) continue;
    const intendedWeek = goal && weeklyMinutes(goal);
    const intendedMonth = goal && (goal.per === 'month' ? goal.minutes : (goal.minutes * 52) / 12);
    if (goal) {
      total.goalInvestedWeek += week;
      total.goalInvestedMonth += month;
      total.intendedWeek += intendedWeek!;
      total.intendedMonth += intendedMonth!;
    }
    rows.push({ id: note.id, name: note.name, investedWeek: week, investedMonth: month, goal, intendedWeek, intendedMonth });
  }
  // Furthest behind its monthly intent first; customers without a goal after, by time invested.
  const behind = (r: TimeRow) => (r.intendedMonth ? r.investedMonth / r.intendedMonth : Infinity);
  rows.sort((a, b) => behind(a) - behind(b) || b.investedMonth - a.investedMonth || byName(a, b));
  // A meeting with two customers is time with each, but its minutes count once in the total.
  total.investedWeek = totalMinutes(weekContacts);
  total.investedMonth = totalMinutes(monthContacts);
  return { rows, total: { ...total, monthProgress: today.day / daysInMonth(today) } };
}
