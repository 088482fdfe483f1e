// The Markdown tooltip of a customer: its profile fields and where it stands. Every value from the note
// is escaped, and the MarkdownString is untrusted (no command links, no HTML).
import * as vscode from 'vscode';
import type { CustomerRow } from '../../core/today/customerList';
import { formatDate } from '../../core/time/dates';
import { escapeMarkdown } from '../../core/markdownText';
import type { Insights } from '../../core/today/insights';
import { dayCount, daysAgo, everyDays } from '../words/dayWords';
import { habitWords } from '../words/habitWords';
import { wordMessage } from '../words/messageWords';

export function customerTooltip(row: CustomerRow, insights: Insights): vscode.MarkdownString {
  const { note, summary } = row;
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  const field = (label: string, value: string | undefined) => value && md.appendMarkdown(`**${label}:** ${escapeMarkdown(value)}  \n`);
  md.appendMarkdown(`### ${escapeMarkdown(note.name)}\n\n`);
  if (note.brokenReason) md.appendMarkdown(`$(warning) ${escapeMarkdown(wordMessage(note.brokenReason))}\n\n`);
  field(vscode.l10n.t('Role'), note.role);
  field(vscode.l10n.t('Organization'), note.organization);
  field(vscode.l10n.t('Owner'), note.owner);
  field(vscode.l10n.t('Segment'), note.segment);
  field(vscode.l10n.t('Tags'), note.tags.join(', ') || undefined);
  field(vscode.l10n.t('Status'), note.status);
  if (summary.state === 'unknown') return md; // nothing about its contacts can be known until the note is readable
  if (summary.state !== 'archived') {
    const cadence = everyDays(note.cadenceDays);
    field(vscode.l10n.t('Cadence'), note.cadenceFromNote ? cadence : vscode.l10n.t('{0} (default)', cadence));
  }
  if (summary.lastContact) {
    const source = summary.lastContactSource === 'last_contacted' ? vscode.l10n.t('from last_contacted')
      : summary.lastContactSource === 'mention' ? vscode.l10n.t('from {0}', vscode.workspace.asRelativePath(vscode.Uri.parse(summary.lastContactNote!), false))
      : vscode.l10n.t('from the contact log');
    field(vscode.l10n.t('Last contact'), `${formatDate(summary.lastContact)}, ${daysAgo(summary.daysSince!)} (${source})`);
  } else field(vscode.l10n.t('Last contact'), vscode.l10n.t('never'));
  if (summary.dueDate) field(vscode.l10n.t('Due'), formatDate(summary.dueDate));
  if (summary.state === 'overdue') field(vscode.l10n.t('Overdue by'), dayCount(summary.overdueDays));
  if (insights.overdueCommitments.length) {
    md.appendMarkdown(`\n**${vscode.l10n.t('Overdue promises')}:**\n`);
    for (const c of insights.overdueCommitments) md.appendMarkdown(`- ${escapeMarkdown(c.text)} (${vscode.l10n.t('due {0}', formatDate(c.due!))})\n`);
    // A blank line ends the list: without it the next field is read as part of the last bullet.
    md.appendMarkdown('\n');
  }
  if (insights.staleHabits.length) field(vscode.l10n.t('Not reflected on lately'), insights.staleHabits.map((h) => habitWords(h.habit)).join(', '));
  if (insights.staleRegister.length) field(vscode.l10n.t('Opportunities and risks to revisit'), String(insights.staleRegister.length));
  return md;
}
