// The weekly review note in the leader's language, from core's review data: where the week went with
// customers, then the questions of the three habits. Plain text on purpose: no task boxes, habit tags or
// dated headings, so the review is never mistaken for a customer's log if the glob is broad.
import * as vscode from 'vscode';
import type { ReviewPromise, ReviewTime, WeeklyReview } from '../../core/reports/weeklyReview';
import { formatDate } from '../../core/time/dates';
import { overdueDays } from './contactWords';
import { daysFromToday } from './dayWords';
import { minutesWords } from './durationWords';
import { capitalized } from './capitalized';
import { habitInFull } from './habitWords';
import { reviewQuestions } from './reviewQuestions';
import { HABITS } from '../../core/model';

export function reviewText(review: WeeklyReview): string {
  const out: string[] = [
    '---',
    'type: weekly-review',
    `week: ${review.week}`,
    `created: ${formatDate(review.today)}`,
    '---',
    `# ${vscode.l10n.t('Weekly review {0}', review.week)}`,
    '',
    `_${vscode.l10n.t('{0} to {1}. Written by Rapport from your customer notes on {2}; the answers are yours.', formatDate(review.monday), formatDate(review.sunday), formatDate(review.today))}_`,
    '',
  ];
  const none = review.noCustomers ? vscode.l10n.t('No customer notes yet.') : undefined;
  section(out, vscode.l10n.t('Time with customers this week'), timeLines(review.time), vscode.l10n.t('No contact with a customer recorded this week yet.'));
  section(out, vscode.l10n.t('Overdue for contact'), overdueLines(review), none ?? vscode.l10n.t('Nobody is overdue. Well kept.'));
  section(out, vscode.l10n.t('Open promises'), review.promises.map(promiseLine), vscode.l10n.t('No open promises.'));
  const upcoming = review.upcoming.map((u) => `- **${u.name}**: ${vscode.l10n.t('{0} on {1} ({2})', u.label, formatDate(u.date), daysFromToday(u.daysUntil))}`);
  section(out, vscode.l10n.t('Coming up'), upcoming, none ?? vscode.l10n.t('No important dates in the next days.'));
  const quiet = review.quietHabits.map((q) => `- **${q.name}**: ${q.habits.map((h) => `${habitInFull(h.habit)} (${h.last ? vscode.l10n.t('last {0}', formatDate(h.last)) : vscode.l10n.t('never')})`).join('; ')}`);
  section(out, quietTitle(review.staleDays), quiet, none ?? vscode.l10n.t('Every habit was reflected on recently for every customer.'));
  const register = review.register.map((r) => {
    const kind = r.kind === 'risk' ? vscode.l10n.t('Risk') : vscode.l10n.t('Opportunity');
    return `- ${r.name}: ${kind}: ${r.text} (${r.touched ? vscode.l10n.t('last looked at {0}', formatDate(r.touched)) : vscode.l10n.t('undated')})`;
  });
  section(out, vscode.l10n.t('Opportunities and risks to revisit'), register, none ?? vscode.l10n.t('Nothing has gone stale.'));

  out.push(`## ${vscode.l10n.t('Questions for this week')}`, '');
  for (const habit of HABITS) {
    out.push(`### ${capitalized(habitInFull(habit))}`, '');
    for (const q of reviewQuestions(habit)) out.push(`**${q}**`, '', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function section(out: string[], title: string, lines: readonly string[], empty: string): void {
  out.push(`## ${title}`, '', ...(lines.length ? lines : [empty]), '');
}

function timeLines(time: ReviewTime): string[] {
  if (time.customers.length === 0) return [];
  const lines = time.customers.map((c) => {
    const contacts = c.contacts === 1 ? vscode.l10n.t('1 contact ({0})', c.dates.join(', ')) : vscode.l10n.t('{0} contacts ({1})', c.contacts, c.dates.join(', '));
    return `- **${c.name}**: ${contacts}, ${c.minutes ? minutesWords(c.minutes) : vscode.l10n.t('time not logged')}`;
  });
  const total = minutesWords(time.minutes);
  const n = time.customers.length;
  const sum = n === 1 ? vscode.l10n.t('In total {0} with 1 customer.', total) : vscode.l10n.t('In total {0} with {1} customers.', total, n);
  const share = time.percentOfWeek === undefined ? '' : ` ${vscode.l10n.t('That is {0}% of a {1}h working week.', time.percentOfWeek, time.workingHoursPerWeek)}`;
  return [...lines, '', sum + share];
}

function overdueLines(review: WeeklyReview): string[] {
  const lines = review.overdue.map((o) =>
    `- **${o.name}**: ${vscode.l10n.t('{0}d overdue (last contact {1}, every {2}d)', o.overdueDays, formatDate(o.lastContact), o.cadenceDays)}`);
  if (review.neverContacted.length) lines.push(`- ${vscode.l10n.t('Never contacted: {0}', review.neverContacted.join(', '))}`);
  return lines;
}

function promiseLine(p: ReviewPromise): string {
  if (!p.due) return `- ${p.name}: ${p.text} (${vscode.l10n.t('no due date')})`;
  const due = vscode.l10n.t('due {0}', formatDate(p.due));
  return p.overdueDays ? `- ${p.name}: ${p.text}, **${overdueDays(p.overdueDays)}** (${due})` : `- ${p.name}: ${p.text} (${due})`;
}

function quietTitle(staleDays: number): string {
  return staleDays === 1
    ? vscode.l10n.t('Habits gone quiet (not reflected on for more than 1 day)')
    : vscode.l10n.t('Habits gone quiet (not reflected on for more than {0} days)', staleDays);
}
