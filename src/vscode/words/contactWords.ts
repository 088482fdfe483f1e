// Where a customer stands, in the tree's short words: `12d · every 14d`, `5d overdue`, `never`.
import * as vscode from 'vscode';
import type { ContactDescription } from '../../core/today/contactState';
import type { DaysShown, GroupName } from '../../core/today/customerList';
import { formatDate } from '../../core/time/dates';
import { stateHeading } from './stateWords';
import { dayMonth } from './dateWords';
import type { LocalDate } from '../../core/model';

/** The description after a customer's name in the tree and the customer picker. */
export function contactWords(d: ContactDescription): string {
  switch (d.state) {
    case 'unknown':
      return '⚠';
    case 'archived':
      return d.daysSince === undefined ? vscode.l10n.t('archived') : vscode.l10n.t('archived · {0}d', d.daysSince);
    case 'never':
      return d.planned ? vscode.l10n.t('never contacted · planned {0}', formatDate(d.planned)) : vscode.l10n.t('never contacted');
    case 'overdue':
      return overdueDays(d.overdueDays);
    case 'due-soon':
      return d.daysUntilDue === 0 ? vscode.l10n.t('{0}d · due today', d.daysSince) : vscode.l10n.t('{0}d · due in {1}d', d.daysSince, d.daysUntilDue);
    case 'ok':
      return vscode.l10n.t('{0}d · every {1}d', d.daysSince, d.cadenceDays);
    case 'snoozed':
      return d.daysSince === undefined ? snoozedUntil(d.until) : `${vscode.l10n.t('{0}d', d.daysSince)} · ${snoozedUntil(d.until)}`;
  }
}

/** `snoozed until 15 Dec` */
export function snoozedUntil(until: LocalDate): string {
  return vscode.l10n.t('snoozed until {0}', dayMonth(until));
}

/** `5d overdue` */
export function overdueDays(days: number): string {
  return vscode.l10n.t('{0}d overdue', days);
}

/** The short count after a name in the status bar: `12d`, `never`, `unreadable`. */
export function shortDays(days: DaysShown): string {
  if (days === 'never') return vscode.l10n.t('never');
  if (days === 'unreadable') return vscode.l10n.t('unreadable');
  return vscode.l10n.t('{0}d', days);
}

/** A group's label in the tree: a state, a value from the notes as written, or `(no segment)`. */
export function groupWords(name: GroupName): string {
  switch (name.kind) {
    case 'all':
      return '';
    case 'state':
      return stateHeading(name.state);
    case 'value':
      return name.value;
    case 'missing':
      switch (name.groupBy) {
        case 'segment': return vscode.l10n.t('(no segment)');
        case 'owner': return vscode.l10n.t('(no owner)');
        case 'tag': return vscode.l10n.t('(no tag)');
        case 'account': return vscode.l10n.t('(no account)');
      }
  }
}
