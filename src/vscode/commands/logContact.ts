// Rapport: Log Contact. Sets `last_contacted` (only that value changes) and, if wanted, adds a dated
// entry under `## Contact log`, as one undoable edit. Tests pass `{ date, entry }` to skip the prompts.
import * as vscode from 'vscode';
import { logContactEdits } from '../../core/contactLogEdit';
import { addDays, compareDates, formatDate, parseIsoDate, today } from '../../core/dates';
import type { LocalDate } from '../../core/types';
import { editNote } from '../noteWriter';
import { customerTarget } from './customerTarget';
import type { Command, CommandDeps } from './deps';

export interface LogContactOptions {
  /** `YYYY-MM-DD`; asked when missing. */
  readonly date?: string;
  /** A log entry title (`Quarterly review (45m)`), `false` for none; asked when missing. */
  readonly entry?: string | false;
}

export function logContactCommand(deps: CommandDeps): Command {
  return {
    id: 'rapport.logContact',
    async execute(arg?: unknown, options: LogContactOptions = {}) {
      const uri = await customerTarget(arg, deps, vscode.l10n.t('Log a contact with which customer?'));
      if (!uri) return false;
      const now = today(deps.view.clock);
      const date = options.date !== undefined ? parseIsoDate(options.date) : await askDate(now);
      if (!date) {
        if (options.date !== undefined) void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a date like 2026-11-20.', options.date));
        return false;
      }
      const entry = options.entry !== undefined ? options.entry || undefined : await askEntry();
      if (entry === null) return false;
      const done = await editNote(uri, (text) => logContactEdits(text, date, entry));
      if (done) deps.log.info(`Logged a contact on ${formatDate(date)} in ${vscode.workspace.asRelativePath(uri)}.`);
      return done;
    },
  };
}

async function askDate(now: LocalDate): Promise<LocalDate | undefined> {
  const items = [
    { label: vscode.l10n.t('Today'), description: formatDate(now), date: now as LocalDate | undefined },
    { label: vscode.l10n.t('Yesterday'), description: formatDate(addDays(now, -1)), date: addDays(now, -1) },
    { label: vscode.l10n.t('Pick a date…'), description: 'YYYY-MM-DD', date: undefined },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('When were you in touch?') });
  if (!picked) return undefined;
  if (picked.date) return picked.date;
  const typed = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Date of the contact'),
    value: formatDate(addDays(now, -2)),
    validateInput: (value) => {
      const date = parseIsoDate(value);
      if (!date) return vscode.l10n.t('Enter a real date like 2026-11-20.');
      return compareDates(date, now) > 0 ? vscode.l10n.t('A contact cannot be in the future; use next_contact to plan one.') : undefined;
    },
  });
  return typed ? parseIsoDate(typed) : undefined;
}

/** undefined: no entry; null: cancelled. */
async function askEntry(): Promise<string | undefined | null> {
  const dateOnly = vscode.l10n.t('Just the date');
  const withEntry = vscode.l10n.t('Add a contact-log entry…');
  const picked = await vscode.window.showQuickPick([dateOnly, withEntry], { placeHolder: vscode.l10n.t('Also add an entry under "## Contact log"?') });
  if (picked === undefined) return null;
  if (picked === dateOnly) return undefined;
  const title = await vscode.window.showInputBox({ prompt: vscode.l10n.t('What was it? Add a duration to count the time, e.g. "Quarterly review (45m)"'), placeHolder: 'Quarterly review (45m)' });
  return title === undefined ? null : title;
}
