// Every message core returns, in the leader's language: one case per id, and the compiler checks that
// none is missing. Literal l10n keys, so the export tool finds them.
import * as vscode from 'vscode';
import type { Message } from '../../core/model';
import { formatDate } from '../../core/time/dates';
import { foundWords } from './foundWords';

const MB = 1024 * 1024;

export function wordMessage(m: Message): string {
  switch (m.id) {
    case 'cadence-not-text': return vscode.l10n.t('cadence must be a number of days or text like 3d, 2w, 1m (found {0})', foundWords(m.found));
    case 'cadence-unreadable': return vscode.l10n.t('cadence "{0}" is not a number of days or text like 3d, 2w, 1m', m.value);
    case 'cadence-fraction': return vscode.l10n.t('cadence {0} must be a whole number of days', m.value);
    case 'cadence-too-short': return vscode.l10n.t('cadence {0} must be at least one day', m.value);
    case 'cadence-too-long': return vscode.l10n.t('cadence {0} is longer than ten years', m.value);
    case 'bad-value': return vscode.l10n.t('{0}: {1}', m.key, wordMessage(m.reason));
    case 'not-text': return vscode.l10n.t('must be text (found {0})', foundWords(m.found));
    case 'not-a-date': return vscode.l10n.t('must be a real date like 2026-11-20 or a date-time (found {0})', foundWords(m.found));
    case 'tags-not-a-list': return vscode.l10n.t('must be a list like [erp, strategic] or text (found {0})', foundWords(m.found));
    case 'unknown-status': return vscode.l10n.t('must be one of {0} (found {1})', m.statuses.join(', '), foundWords(m.found));
    case 'time-goal-unreadable': return vscode.l10n.t('must look like 2h/month or 30m/week (found {0})', foundWords(m.found));
    case 'skipped': return vscode.l10n.t('Skipped: {0}', wordMessage(m.reason));
    case 'file-binary': return vscode.l10n.t('the file looks binary (it contains NUL bytes), not a Markdown note.');
    case 'file-not-utf8': return vscode.l10n.t('the file is not valid UTF-8 text. Save it as UTF-8 to see it here.');
    case 'file-too-large': return vscode.l10n.t('the file is {0} MB; Rapport reads customer notes up to {1} MB.', (m.bytes / MB).toFixed(1), m.limitBytes / MB);
    case 'future-last-contacted': return vscode.l10n.t('last_contacted {0} is in the future, so it is not counted; a planned contact belongs in next_contact.', formatDate(m.date));
    case 'name-missing': return vscode.l10n.t('A customer needs a name.');
    case 'name-without-letters': return vscode.l10n.t('"{0}" has no letters or digits to name a file after. Use a name with at least one.', m.name);
    case 'front-matter': return m.text;
  }
}
