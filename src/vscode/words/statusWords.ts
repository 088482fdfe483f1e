// The status bar in the leader's words, with theme icons: `$(person) Acme · 12d` in a customer note,
// `$(organization) 3 overdue · Globex 42d` elsewhere, and a Markdown tooltip in which every value from a
// note is escaped; `$(sync~spin) Rapport: indexing…` while the customer notes are read.
import * as vscode from 'vscode';
import type { ContactState } from '../../core/model';
import { escapeIcons, escapeMarkdown, truncate } from '../../core/markdownText';
import { formatDate } from '../../core/time/dates';
import type { StatusFocus, StatusModel, StatusTooltip, TooltipRow } from '../../core/today/statusModel';
import { overdueDays, shortDays } from './contactWords';
import { upcomingWords } from './upcomingWords';

export interface StatusView {
  readonly text: string;
  /** Markdown with theme icons; every value from a note is escaped. */
  readonly tooltip: string;
  readonly warning: boolean;
}

const STATE_ICON: Record<ContactState, string> = {
  overdue: '$(warning)', never: '$(circle-slash)', 'due-soon': '$(clock)', ok: '$(check)', snoozed: '$(bell-slash)', archived: '$(archive)', unknown: '$(warning)',
};
const NAME_IN_STATUS = 28;

export function statusWords(model: StatusModel): StatusView {
  return { text: focusText(model.focus), tooltip: tooltipText(model.tooltip), warning: model.warning };
}

/** While the customer notes are read: no count yet, since it would count only what is read so far. */
export function indexingWords(): StatusView {
  return {
    text: `$(sync~spin) ${vscode.l10n.t('Rapport: indexing…')}`,
    tooltip: vscode.l10n.t('Rapport is reading the customer notes; the days since contact follow once every note is in.'),
    warning: false,
  };
}

function focusText(focus: StatusFocus): string {
  const name = (text: string) => escapeIcons(truncate(text, NAME_IN_STATUS));
  if (focus.kind === 'customer') return `$(person) ${name(focus.name)} · ${shortDays(focus.days)}`;
  const top = focus.top ? ` · ${name(focus.top.name)} ${shortDays(focus.top.days)}` : '';
  return `$(organization) ${vscode.l10n.t('{0} overdue', focus.overdue)}${top}`;
}

function tooltipText(tooltip: StatusTooltip): string {
  const lines = [`**Rapport** · ${vscode.l10n.t('days since last contact, {0}', formatDate(tooltip.today))}`, ''];
  for (const row of tooltip.rows) lines.push(rowLine(row));
  if (tooltip.more > 0) lines.push(`- … ${vscode.l10n.t('and {0} more', tooltip.more)}`);
  if (tooltip.noCustomers) lines.push(vscode.l10n.t('No customer notes yet.'));
  if (tooltip.upcoming.length) {
    lines.push('', `**${vscode.l10n.t('Coming up')}**`, '');
    for (const date of tooltip.upcoming) lines.push(`- $(calendar) ${escapeMarkdown(date.name)}: ${escapeMarkdown(upcomingWords(date))}`);
    if (tooltip.upcomingMore > 0) lines.push(`- … ${vscode.l10n.t('and {0} more', tooltip.upcomingMore)}`);
  }
  lines.push('', vscode.l10n.t('Click to open a customer, most overdue first.'));
  return lines.join('\n');
}

function rowLine(row: TooltipRow): string {
  const due = row.overdueDays !== undefined ? ` (${overdueDays(row.overdueDays)})` : '';
  const late = row.latePromises === 1 ? vscode.l10n.t('1 promise past due') : vscode.l10n.t('{0} promises past due', row.latePromises);
  const promises = row.latePromises ? ` · $(warning) ${late}` : '';
  return `- ${STATE_ICON[row.state]} ${escapeMarkdown(row.name)}: ${shortDays(row.days)}${due}${promises}`;
}
