// Rapport: Snooze…. Keeps a customer out of overdue and due soon for a week, two weeks, a month or up to
// a picked day, or ends the snooze: one undoable edit of `snooze_until`, nothing else. Tests pass
// `{ until: 'YYYY-MM-DD' }`, or `{ until: null }` to end it.
import * as vscode from 'vscode';
import { snoozeEdit, snoozeEnd, type SnoozeLength } from '../../core/editing/snoozeEdit';
import { compareDates, formatDate, parseIsoDate } from '../../core/time/dates';
import type { CustomerNote, LocalDate } from '../../core/model';
import { editNote, planOf, refuse } from '../noteWriter';
import { customerNoteTarget } from '../customerTarget';
import type { Command } from '../commands';
import type { TreeServices } from '../services';
import { weekdayDate } from '../words/dateWords';
import { wordMessage } from '../words/messageWords';

export interface SnoozeOptions {
  /** The last snoozed day (`YYYY-MM-DD`), or null to end the snooze; asked when missing. */
  readonly until?: string | null;
}

export function snoozeCommand(deps: TreeServices): Command {
  return {
    id: 'rapport.snooze',
    async execute(arg?: unknown, options: SnoozeOptions = {}) {
      const note = await customerNoteTarget(arg, deps, vscode.l10n.t('Snooze which customer?'));
      if (!note) return false;
      const uri = vscode.Uri.parse(note.id);
      if (note.brokenReason) {
        void refuse(uri, wordMessage(note.brokenReason), note.problems[0]?.line);
        return false;
      }
      const today = deps.today.date;
      const until = options.until === undefined ? await askUntil(note, today) : options.until === null ? 'end' : parseIsoDate(options.until);
      if (!until) {
        if (typeof options.until === 'string') void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a date like 2026-11-20.', options.until));
        return false;
      }
      const where = vscode.workspace.asRelativePath(uri);
      const written = until === 'end' ? vscode.l10n.t('Ended the snooze of {0} in {1}.', note.name, where) : vscode.l10n.t('Snoozed {0} until {1} in {2}.', note.name, formatDate(until), where);
      const done = await editNote(uri, (text) => planOf(snoozeEdit(text, until === 'end' ? undefined : until)), written);
      if (done) deps.log.info(until === 'end' ? `Ended a snooze in ${where}.` : `Snoozed until ${formatDate(until)} in ${where}.`);
      return done;
    },
  };
}

type Choice = vscode.QuickPickItem & { readonly until?: LocalDate | 'end' | 'pick' };

async function askUntil(note: CustomerNote, today: LocalDate): Promise<LocalDate | 'end' | undefined> {
  const length = (label: string, of: SnoozeLength): Choice => {
    const until = snoozeEnd(today, of);
    return { label, description: vscode.l10n.t('until {0}', weekdayDate(until)), until };
  };
  const items: Choice[] = [
    length(vscode.l10n.t('$(bell-slash) One week'), 'week'),
    length(vscode.l10n.t('$(bell-slash) Two weeks'), 'two-weeks'),
    length(vscode.l10n.t('$(bell-slash) A month'), 'month'),
    { label: vscode.l10n.t('$(calendar) Until a date…'), until: 'pick' },
  ];
  if (note.snoozeUntil) items.push({ label: vscode.l10n.t('$(bell) End the snooze'), description: vscode.l10n.t('snoozed until {0}', weekdayDate(note.snoozeUntil)), until: 'end' });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Snooze {0}: no reminder until when?', note.name) });
  if (picked?.until !== 'pick') return picked?.until;
  const typed = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('The last day {0} is snoozed (YYYY-MM-DD)', note.name),
    value: formatDate(snoozeEnd(today, 'week')),
    validateInput: (text) => {
      const date = parseIsoDate(text.trim());
      if (!date) return vscode.l10n.t('A date like {0}.', formatDate(today));
      return compareDates(date, today) < 0 ? vscode.l10n.t('Today or later: a snooze cannot end in the past.') : undefined;
    },
  });
  return typed === undefined ? undefined : parseIsoDate(typed.trim());
}
