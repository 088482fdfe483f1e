// The status bar's words: in a customer note, that customer; elsewhere, the overdue count and the most
// overdue customer. The tooltip (Markdown, escaped) lists every customer with its days since contact.
import { isOverdue } from './contactState';
import { shortDays, type CustomerRow } from './customerList';
import { formatDate } from '../time/dates';
import { isPastDue } from './insights';
import { escapeIcons, escapeMarkdown, truncate } from '../markdownText';
import type { LocalDate } from '../model';

export interface StatusView {
  readonly text: string;
  /** Markdown with theme icons; every value from a note is escaped. */
  readonly tooltip: string;
  /** True when the shown customer (or any customer, elsewhere) is overdue. */
  readonly warning: boolean;
}

const STATE_ICON = { overdue: '$(warning)', never: '$(circle-slash)', 'due-soon': '$(clock)', ok: '$(check)', archived: '$(archive)', unknown: '$(warning)' } as const;
const NAME_IN_STATUS = 28;
const TOOLTIP_ROWS = 25;

export function statusForCustomer(row: CustomerRow, rows: readonly CustomerRow[], today: LocalDate): StatusView {
  const name = escapeIcons(truncate(row.note.name, NAME_IN_STATUS));
  return { text: `$(person) ${name} · ${shortDays(row.summary)}`, tooltip: tooltip(rows, today), warning: row.summary.state === 'overdue' };
}

/** Rows must be sorted most urgent first (the tree's "most overdue" order). */
export function statusOverall(rows: readonly CustomerRow[], today: LocalDate): StatusView {
  let overdue = 0;
  let top: CustomerRow | undefined;
  for (const row of rows) {
    // Archived customers never nag, and a note that cannot be read has no days to show.
    if (row.summary.state === 'archived' || row.summary.state === 'unknown') continue;
    top ??= row;
    if (isOverdue(row.summary)) overdue++;
  }
  const topText = top ? ` · ${escapeIcons(truncate(top.note.name, NAME_IN_STATUS))} ${shortDays(top.summary)}` : '';
  return { text: `$(organization) ${overdue} overdue${topText}`, tooltip: tooltip(rows, today), warning: overdue > 0 };
}

function tooltip(rows: readonly CustomerRow[], today: LocalDate): string {
  const lines = [`**Rapport** · days since last contact, ${formatDate(today)}`, ''];
  const shown = rows.filter((r) => r.summary.state !== 'archived');
  // A hover is read at a glance: the most urgent customers, then a count of the rest.
  for (const row of shown.slice(0, TOOLTIP_ROWS)) {
    const due = row.summary.state === 'overdue' ? ` (${row.summary.overdueDays}d overdue)` : '';
    const late = row.note.commitments.filter((c) => isPastDue(c, today)).length;
    const promises = late ? ` · $(warning) ${late === 1 ? '1 promise' : `${late} promises`} past due` : '';
    lines.push(`- ${STATE_ICON[row.summary.state]} ${escapeMarkdown(row.note.name)}: ${shortDays(row.summary)}${due}${promises}`);
  }
  if (shown.length > TOOLTIP_ROWS) lines.push(`- … and ${shown.length - TOOLTIP_ROWS} more`);
  if (rows.length === 0) lines.push('No customer notes yet.');
  lines.push('', 'Click to open a customer, most overdue first.');
  return lines.join('\n');
}
