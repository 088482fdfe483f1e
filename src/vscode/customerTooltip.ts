// The Markdown tooltip of a customer: its profile fields and where it stands. Every value from the note
// is escaped, and the MarkdownString is untrusted (no command links, no HTML).
import * as vscode from 'vscode';
import type { CustomerRow } from '../core/customerList';
import { formatDate } from '../core/dates';
import { escapeMarkdown } from '../core/markdownText';
import { insightsOf, type Insights } from '../core/insights';

export function customerTooltip(row: CustomerRow, insights: Insights): vscode.MarkdownString {
  const { note, summary } = row;
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  const field = (label: string, value: string | undefined) => value && md.appendMarkdown(`**${label}:** ${escapeMarkdown(value)}  \n`);
  md.appendMarkdown(`### ${escapeMarkdown(note.name)}\n\n`);
  if (note.brokenReason) md.appendMarkdown(`$(warning) ${escapeMarkdown(note.brokenReason)}\n\n`);
  field('Organization', note.organization);
  field('Owner', note.owner);
  field('Segment', note.segment);
  field('Tags', note.tags.join(', ') || undefined);
  field('Status', note.status);
  field('Cadence', `every ${note.cadenceDays} days${note.cadenceFromNote ? '' : ' (default)'}`);
  if (summary.lastContact) {
    const source = summary.lastContactSource === 'last_contacted' ? 'from last_contacted' : 'from the contact log';
    field('Last contact', `${formatDate(summary.lastContact)}, ${summary.daysSince! < 0 ? 'in the future' : `${summary.daysSince} days ago`} (${source})`);
  } else field('Last contact', 'never');
  if (summary.dueDate) field(note.nextContact ? 'Next contact (planned)' : 'Due', formatDate(summary.dueDate));
  if (summary.state === 'overdue') field('Overdue by', `${summary.overdueDays} days`);
  if (insights.overdueCommitments.length) {
    md.appendMarkdown(`\n**Overdue promises:**\n`);
    for (const c of insights.overdueCommitments) md.appendMarkdown(`- ${escapeMarkdown(c.text)} (due ${formatDate(c.due!)})\n`);
  }
  if (insights.staleHabits.length) field('Not reflected on lately', insights.staleHabits.map((h) => h.habit).join(', '));
  if (insights.staleRegister.length) field('Opportunities and risks to revisit', String(insights.staleRegister.length));
  return md;
}

export { insightsOf };
