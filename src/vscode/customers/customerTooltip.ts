// The Markdown tooltip of a customer: its profile fields and where it stands. Every value from the note
// is escaped, and the MarkdownString is untrusted (no command links, no HTML).
import * as vscode from 'vscode';
import type { CustomerRow } from '../../core/today/customerList';
import { formatDate } from '../../core/time/dates';
import { escapeMarkdown, plainLine } from '../../core/markdownText';
import type { Insights } from '../../core/today/insights';
import type { UpcomingDate } from '../../core/today/upcomingDates';
import { dayCount, daysAgo, everyDays } from '../words/dayWords';
import { habitWords } from '../words/habitWords';
import { wordMessage } from '../words/messageWords';
import { contactWords } from '../words/contactWords';
import { upcomingWords } from '../words/upcomingWords';
import type { NoteProblem } from '../../core/model';

/** What the tooltip says of the customer's place among accounts: its account, or its people; and any problem of `account:`. */
export interface AccountPlace {
  readonly account?: string;
  readonly people: readonly CustomerRow[];
  readonly problems: readonly NoteProblem[];
  /** The name of a customer by its id (the person whose contact is the account's last). */
  nameOf(id: string): string;
}

/** An aspiration quoted in one line of a tooltip: long enough to recall it, short enough to read. */
const ASPIRATION_CHARS = 140;

/** `upcoming`: the customer's important dates coming up, soonest first. */
export function customerTooltip(row: CustomerRow, insights: Insights, place: AccountPlace, upcoming: readonly UpcomingDate[] = []): vscode.MarkdownString {
  const { note, summary } = row;
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  const field = (label: string, value: string | undefined) => value && md.appendMarkdown(`**${label}:** ${escapeMarkdown(value)}  \n`);
  md.appendMarkdown(`### ${escapeMarkdown(note.name)}\n\n`);
  if (note.brokenReason) md.appendMarkdown(`$(warning) ${escapeMarkdown(wordMessage(note.brokenReason))}\n\n`);
  field(vscode.l10n.t('Role'), note.role);
  field(vscode.l10n.t('Account'), place.account);
  for (const p of place.problems) md.appendMarkdown(`$(warning) ${escapeMarkdown(wordMessage(p.message))}  \n`);
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
      : summary.lastContactSource === 'person' ? vscode.l10n.t('with {0}', place.nameOf(summary.lastContactPerson!))
      : vscode.l10n.t('from the contact log');
    field(vscode.l10n.t('Last contact'), `${formatDate(summary.lastContact)}, ${daysAgo(summary.daysSince!)} (${source})`);
  } else field(vscode.l10n.t('Last contact'), vscode.l10n.t('never'));
  if (summary.dueDate) field(vscode.l10n.t('Due'), formatDate(summary.dueDate));
  if (summary.snoozedUntil) field(vscode.l10n.t('Snoozed until'), formatDate(summary.snoozedUntil));
  if (summary.state === 'overdue') field(vscode.l10n.t('Overdue by'), dayCount(summary.overdueDays));
  for (const date of upcoming) field(vscode.l10n.t('Coming up'), upcomingWords(date));
  if (place.people.length) {
    md.appendMarkdown(`\n**${vscode.l10n.t('People')}:**\n`);
    for (const person of place.people) {
      const who = [person.note.name, person.note.role].filter(Boolean).join(', ');
      const aspires = person.note.aspirations && plainLine(person.note.aspirations, ASPIRATION_CHARS);
      md.appendMarkdown(`- ${escapeMarkdown(who)}: ${escapeMarkdown(contactWords(person.description))}${aspires ? ` — ${escapeMarkdown(aspires)}` : ''}\n`);
    }
    md.appendMarkdown('\n');
  }
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
