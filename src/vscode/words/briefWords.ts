// The meeting brief in the leader's language, as Markdown: the Prepare for Meeting document and the hover
// on a link to a customer show the same text (the hover without the questions). Everything taken from a
// note is escaped, so a note can never add a link, an image or HTML to it; the links Rapport adds open the
// note where the contact or the promise is written.
import * as vscode from 'vscode';
import type { BriefPromise, ClosenessTrend, MeetingBrief, RecentContact, TimeAgainstIntent } from '../../core/reports/meetingBrief';
import type { HabitCoverage } from '../../core/today/insights';
import { daysBetween, formatDate } from '../../core/time/dates';
import { escapeMarkdown, plainLine } from '../../core/markdownText';
import { HABITS, type LocalDate, type RegisterItem } from '../../core/model';
import { capitalized } from './capitalized';
import { contactWords, snoozedUntil } from './contactWords';
import { dayCount, daysAgo, everyDays } from './dayWords';
import { minutesWords } from './durationWords';
import { habitInFull } from './habitWords';
import { reviewQuestions } from './reviewQuestions';
import { wordMessage } from './messageWords';

export interface BriefOptions {
  readonly today: LocalDate;
  /** The document asks the habits' questions; the hover leaves them out. */
  readonly questions: boolean;
  /** The account's name, when the customer is a person in one. */
  readonly account?: string;
  /**
   * Links to where each contact and promise is written: a hover opens them; the Markdown preview does
   * not follow `file:` links, so the document names the note instead.
   */
  readonly links: boolean;
}

/** The brief has room for an aspiration a tooltip would cut. */
const ASPIRATION_CHARS = 300;

export function briefMarkdown(brief: MeetingBrief, options: BriefOptions): string {
  const { note } = brief.row;
  const { today } = options;
  const out: string[] = [`## ${escapeMarkdown(vscode.l10n.t('Before meeting {0}', note.name))}`, ''];
  const who = [note.role, options.account && vscode.l10n.t('in {0}', options.account), note.organization].filter(Boolean) as string[];
  if (who.length) out.push(escapeMarkdown(who.join(' · ')), '');
  if (note.brokenReason) {
    out.push(`⚠ ${escapeMarkdown(wordMessage(note.brokenReason))}`, '');
    return out.join('\n');
  }
  out.push(standing(brief), '');
  if (note.aspirations) out.push(`**${vscode.l10n.t('Aspirations')}:** ${escapeMarkdown(plainLine(note.aspirations, ASPIRATION_CHARS))}`, '');
  section(out, vscode.l10n.t('Last contacts'), brief.recent.map((c) => recentLine(c, today, options.links)), vscode.l10n.t('No contact recorded yet.'));
  if (brief.people.length) section(out, vscode.l10n.t('People'), brief.people.map((p) => `- ${escapeMarkdown([p.note.name, p.note.role].filter(Boolean).join(', '))}: ${escapeMarkdown(contactWords(p.description))}`), '');
  section(out, vscode.l10n.t('Open promises'), brief.promises.map((p) => promiseLine(p, note.id, today, options.links)), vscode.l10n.t('No open promises.'));
  section(out, vscode.l10n.t('Opportunities and risks to revisit'), brief.revisit.map((r) => registerLine(r, note.id, today, options.links)), vscode.l10n.t('Nothing has gone stale.'));
  section(out, vscode.l10n.t('Quiet habits'), brief.quietHabits.map((h) => habitLine(h, today)), vscode.l10n.t('Every habit was reflected on recently.'));
  section(out, vscode.l10n.t('Closeness'), brief.closeness ? [closenessLine(brief.closeness)] : [], vscode.l10n.t('No closeness noted yet.'));
  section(out, vscode.l10n.t('Time against intent'), [timeLine(brief.time)], '');
  if (options.questions) {
    out.push(`### ${vscode.l10n.t('Questions to take in')}`, '');
    for (const habit of HABITS) out.push(`**${capitalized(habitInFull(habit))}**`, '', ...reviewQuestions(habit).map((q) => `- ${q}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** `12 days since contact · every 14 days · due in 2 days`, in the customer's state. */
function standing({ row }: MeetingBrief): string {
  const { note, summary } = row;
  const since = summary.daysSince === undefined ? `**${vscode.l10n.t('Never contacted')}**` : `**${vscode.l10n.t('{0} since contact', dayCount(summary.daysSince))}**`;
  if (summary.state === 'never') return `${since} · ${everyDays(note.cadenceDays)}`;
  if (summary.state === 'snoozed') return [since, everyDays(note.cadenceDays), snoozedUntil(summary.snoozedUntil!)].join(' · ');
  if (summary.state === 'archived') return [since, vscode.l10n.t('archived')].filter(Boolean).join(' · ');
  const due = summary.state === 'overdue' ? `**${vscode.l10n.t('overdue by {0}', dayCount(summary.overdueDays))}**`
    : summary.daysUntilDue === 0 ? vscode.l10n.t('due today')
    : vscode.l10n.t('due in {0}', dayCount(summary.daysUntilDue!));
  return [since, everyDays(note.cadenceDays), due].join(' · ');
}

function section(out: string[], title: string, lines: readonly string[], empty: string): void {
  if (lines.length === 0 && !empty) return;
  out.push(`### ${title}`, '', ...(lines.length ? lines : [`_${empty}_`]), '');
}

/** A link Rapport makes to a line of a note (the note's own text never makes one), or the text alone. */
function lineLink(text: string, noteId: string, line: number, links: boolean): string {
  if (!links) return text;
  const target = vscode.Uri.parse(noteId).with({ fragment: `L${line + 1}` });
  return `[${text}](${target.toString()})`;
}

function when(date: LocalDate, today: LocalDate): string {
  return `${formatDate(date)} (${daysAgo(daysBetween(date, today))})`;
}

function recentLine(c: RecentContact, today: LocalDate, links: boolean): string {
  const minutes = c.minutes ? ` (${minutesWords(c.minutes)})` : '';
  const where = c.kind === 'mention' ? ` · ${vscode.l10n.t('in {0}', escapeMarkdown(vscode.workspace.asRelativePath(vscode.Uri.parse(c.noteId), false)))}` : '';
  return `- ${when(c.date, today)}: ${lineLink(escapeMarkdown(c.title || vscode.l10n.t('contact')), c.noteId, c.line, links)}${minutes}${where}`;
}

function promiseLine(p: BriefPromise, noteId: string, today: LocalDate, links: boolean): string {
  const due = !p.due ? vscode.l10n.t('no due date')
    : p.late ? `**${vscode.l10n.t('late by {0}', dayCount(daysBetween(p.due, today)))}**`
    : vscode.l10n.t('due {0}', formatDate(p.due));
  return `- ${lineLink(escapeMarkdown(p.text), noteId, p.line, links)} (${due})`;
}

function registerLine(r: RegisterItem, noteId: string, today: LocalDate, links: boolean): string {
  const kind = r.kind === 'risk' ? vscode.l10n.t('Risk') : vscode.l10n.t('Opportunity');
  const touched = r.touched ? vscode.l10n.t('last looked at {0}', when(r.touched, today)) : vscode.l10n.t('undated');
  return `- ${kind}: ${lineLink(escapeMarkdown(r.text), noteId, r.line, links)} (${touched})`;
}

function habitLine(h: HabitCoverage, today: LocalDate): string {
  return `- ${capitalized(habitInFull(h.habit))}: ${h.last ? vscode.l10n.t('last {0}', when(h.last, today)) : vscode.l10n.t('never')}`;
}

function closenessLine(trend: ClosenessTrend): string {
  const readings = trend.points.map((p) => `${p.value} (${formatDate(p.date)})`).join(' → ');
  const direction = trend.direction === 'up' ? vscode.l10n.t('closer') : trend.direction === 'down' ? vscode.l10n.t('less close') : trend.direction === 'steady' ? vscode.l10n.t('steady') : undefined;
  return direction ? `${readings}: **${direction}**` : readings;
}

function timeLine(time: TimeAgainstIntent): string {
  const invested = minutesWords(time.invested);
  if (!time.goal) return vscode.l10n.t('{0} this month; no time_goal set.', invested);
  const goal = minutesWords(time.goal.minutes);
  return time.per === 'week' ? vscode.l10n.t('{0} of {1} this week.', invested, goal) : vscode.l10n.t('{0} of {1} this month.', invested, goal);
}
