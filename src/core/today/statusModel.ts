// What the status bar shows, as data: in a customer note, that customer; elsewhere, the overdue count and
// the most overdue customer. The tooltip lists the most urgent customers with their days since contact,
// then the important dates coming up across customers.
// The vscode layer words it (src/vscode/words/statusWords.ts).
import { countOverdue, daysShown, type CustomerRow, type DaysShown } from './customerList';
import { isPastDue } from './insights';
import type { UpcomingDate } from './upcomingDates';
import type { ContactState, LocalDate } from '../model';

export interface StatusModel {
  readonly focus: StatusFocus;
  readonly tooltip: StatusTooltip;
  /** True when the shown customer (or any customer, elsewhere) is overdue. */
  readonly warning: boolean;
}

export type StatusFocus =
  | { readonly kind: 'customer'; readonly name: string; readonly days: DaysShown }
  | { readonly kind: 'overall'; readonly overdue: number; readonly top?: { readonly name: string; readonly days: DaysShown } };

export interface StatusTooltip {
  readonly today: LocalDate;
  /** The most urgent customers, archived ones left out. */
  readonly rows: readonly TooltipRow[];
  /** How many more customers there are than rows shown. */
  readonly more: number;
  readonly noCustomers: boolean;
  /** Important dates coming up across customers, soonest first. */
  readonly upcoming: readonly UpcomingRow[];
  /** How many more dates come up than are listed. */
  readonly upcomingMore: number;
}

export interface UpcomingRow {
  readonly name: string;
  readonly label: string;
  readonly date: LocalDate;
  readonly daysUntil: number;
}

export interface TooltipRow {
  readonly name: string;
  readonly state: ContactState;
  readonly days: DaysShown;
  /** Days past the due date, when overdue. */
  readonly overdueDays?: number;
  /** Open promises whose due date has passed. */
  readonly latePromises: number;
}

// A hover is read at a glance: the most urgent customers, then a count of the rest.
const TOOLTIP_ROWS = 25;
const TOOLTIP_DATES = 10;

/** `upcoming`: the important dates coming up across customers, soonest first. */
export function statusForCustomer(row: CustomerRow, rows: readonly CustomerRow[], today: LocalDate, upcoming: readonly UpcomingDate[] = []): StatusModel {
  return {
    focus: { kind: 'customer', name: row.note.name, days: daysShown(row.summary) },
    tooltip: tooltip(rows, today, upcoming),
    warning: row.summary.state === 'overdue',
  };
}

/** Rows must be sorted most urgent first (the tree's "most overdue" order). */
export function statusOverall(rows: readonly CustomerRow[], today: LocalDate, upcoming: readonly UpcomingDate[] = []): StatusModel {
  const overdue = countOverdue(rows);
  // Archived customers never nag, and a note that cannot be read has no days to show.
  const top = rows.find((row) => row.summary.state !== 'archived' && row.summary.state !== 'unknown');
  return {
    focus: { kind: 'overall', overdue, top: top && { name: top.note.name, days: daysShown(top.summary) } },
    tooltip: tooltip(rows, today, upcoming),
    warning: overdue > 0,
  };
}

function tooltip(rows: readonly CustomerRow[], today: LocalDate, upcoming: readonly UpcomingDate[]): StatusTooltip {
  const shown = rows.filter((r) => r.summary.state !== 'archived');
  return {
    today,
    rows: shown.slice(0, TOOLTIP_ROWS).map((row) => ({
      name: row.note.name,
      state: row.summary.state,
      days: daysShown(row.summary),
      overdueDays: row.summary.state === 'overdue' ? row.summary.overdueDays : undefined,
      latePromises: row.note.commitments.filter((c) => isPastDue(c, today)).length,
    })),
    more: Math.max(0, shown.length - TOOLTIP_ROWS),
    noCustomers: rows.length === 0,
    upcoming: upcoming.slice(0, TOOLTIP_DATES).map(({ name, label, date, daysUntil }) => ({ name, label, date, daysUntil })),
    upcomingMore: Math.max(0, upcoming.length - TOOLTIP_DATES),
  };
}
