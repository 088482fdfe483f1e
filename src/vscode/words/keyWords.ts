// What each front matter key Rapport reads means, in the leader's words, for the completion list and
// the hover; and the help shown for a key: its meaning and an example. Literal l10n keys, so the export
// tool finds them.
import * as vscode from 'vscode';
import type { KnownKey } from '../../core/editorHelp/frontMatterKeys';
import { escapeMarkdown } from '../../core/markdownText';

/** One sentence per key of core/editorHelp/frontMatterKeys.ts, lower-case, to follow `**key**: `. */
export function keyMeaning(key: string): string {
  switch (key) {
    case 'name': return vscode.l10n.t('the customer\'s name, shown in the tree; without it, the first "# " heading, then the file name');
    case 'organization': return vscode.l10n.t('the organization the customer belongs to');
    case 'owner': return vscode.l10n.t('who in IT owns the relationship');
    case 'segment': return vscode.l10n.t('any grouping of customers you like; the tree can group by it');
    case 'tags': return vscode.l10n.t('words to group and find customers by; the tree can group by them');
    case 'cadence': return vscode.l10n.t('how often you intend to be in touch: a number of days, or 3d, 2w, 1m (a month counts as 30 days); without it, the setting rapport.defaultCadence');
    case 'last_contacted': return vscode.l10n.t('the day you were last in touch; Log Contact writes it, and a newer dated log entry or mention counts too');
    case 'next_contact': return vscode.l10n.t('a planned touchpoint: until a contact on or after it, it sets the due date');
    case 'snooze_until': return vscode.l10n.t('no reminder up to and including this day: the customer is snoozed, never overdue or due soon; Snooze… writes it');
    case 'dates': return vscode.l10n.t('days to remember, by label: a date happens once; a day of the year like 06-02, or a date labelled birthday or anniversary, comes round every year; those coming up show in the tooltips, the dashboard, the weekly review and the daily reminder');
    case 'status': return vscode.l10n.t('active, at-risk, dormant or archived; an archived customer is hidden and never overdue');
    case 'time_goal': return vscode.l10n.t('the time you intend to spend with the customer, per week or per month');
    case 'emails': return vscode.l10n.t('the e-mail addresses of the customer\'s people: Import Calendar… matches meetings by them');
    case 'aliases': return vscode.l10n.t('other names that links from other notes may use for this customer');
    case 'account': return vscode.l10n.t('the account this person is in: the file name, name or alias of its customer note');
    case 'role': return vscode.l10n.t('what this person does in their organization');
    case 'aspirations': return vscode.l10n.t('what this person aspires to; their account\'s tooltip shows it');
    default: return '';
  }
}

/** `**cadence**: how often …` and an example, as Markdown that is not trusted (no command links, no HTML). */
export function keyHelp(key: KnownKey): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(vscode.l10n.t('{0}: {1}', `**${escapeMarkdown(key.key)}**`, keyMeaning(key.key)));
  md.appendCodeblock(`${key.key}: ${key.example}`, 'yaml');
  return md;
}

