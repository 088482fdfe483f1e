// The CodeLens above a customer note's first line: where contact stands against the cadence in the
// tree's short units, `12d since contact · every 14d · due in 2d`.
import * as vscode from 'vscode';
import type { CustomerRow } from '../../core/today/customerList';
import { formatDate } from '../../core/time/dates';
import { overdueDays, snoozedUntil } from './contactWords';
import { wordMessage } from './messageWords';

export function lensWords({ note, summary }: CustomerRow): string {
  const every = vscode.l10n.t('every {0}d', note.cadenceDays);
  switch (summary.state) {
    case 'unknown':
      return `⚠ ${note.brokenReason ? wordMessage(note.brokenReason) : vscode.l10n.t('unreadable')}`;
    case 'archived':
      return summary.daysSince === undefined ? vscode.l10n.t('archived') : `${vscode.l10n.t('{0}d since contact', summary.daysSince)} · ${vscode.l10n.t('archived')}`;
    case 'snoozed':
      return [summary.daysSince !== undefined && vscode.l10n.t('{0}d since contact', summary.daysSince), every, snoozedUntil(summary.snoozedUntil!)].filter(Boolean).join(' · ');
    case 'never':
      return [vscode.l10n.t('never contacted'), every, summary.dueDate && vscode.l10n.t('planned {0}', formatDate(summary.dueDate))].filter(Boolean).join(' · ');
    default: {
      const due = summary.state === 'overdue' ? overdueDays(summary.overdueDays) : summary.daysUntilDue === 0 ? vscode.l10n.t('due today') : vscode.l10n.t('due in {0}d', summary.daysUntilDue!);
      return [vscode.l10n.t('{0}d since contact', summary.daysSince!), every, due].join(' · ');
    }
  }
}
