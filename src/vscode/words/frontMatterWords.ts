// What the front matter help says beside a key's meaning: next to an offered value (`every 14 days`,
// `used in 3 notes`) and in a hover on a date or a cadence (`last_contacted: 12 days ago (Thu, Nov 19, 2026)`).
import * as vscode from 'vscode';
import type { FrontMatterHover } from '../../core/editorHelp/hoverAt';
import type { ValueAbout } from '../../core/editorHelp/valueOffers';
import { escapeMarkdown } from '../../core/markdownText';
import { dayAndDate } from './dateWords';
import { daysAgo, everyDays } from './dayWords';
import { keyHelp } from './keyWords';

/** How an offered value is listed: a date as `today` or `yesterday` (its date beside it), any other as written. */
export function valueLabel(value: string, about: ValueAbout): string {
  return about.kind === 'date' ? daysAgo(about.day === 'today' ? 0 : 1) : value;
}

/** What is said beside an offered value, when there is something to say. */
export function valueDetail(about: ValueAbout): string | undefined {
  switch (about.kind) {
    case 'status':
    case 'date':
      return undefined;
    case 'cadence':
      return everyDays(about.days);
    case 'used':
      return about.uses === 1 ? vscode.l10n.t('used in 1 note') : vscode.l10n.t('used in {0} notes', about.uses);
    case 'account':
      return `${about.name} · ${about.people === 1 ? vscode.l10n.t('1 person') : vscode.l10n.t('{0} people', about.people)}`;
  }
}

/** The hover: a key's meaning and example, a date's distance from today, a cadence's days and the due date it gives. */
export function hoverWords(hover: FrontMatterHover): vscode.MarkdownString {
  if (hover.kind === 'key') return keyHelp(hover.key);
  const said = hover.kind === 'date'
    ? dayAndDate(hover.date, hover.fromToday)
    : hover.due ? `${everyDays(hover.days)} · ${vscode.l10n.t('due: {0}', dayAndDate(hover.due.date, hover.due.fromToday))}` : everyDays(hover.days);
  return new vscode.MarkdownString(vscode.l10n.t('{0}: {1}', `**${escapeMarkdown(hover.key.key)}**`, said));
}
