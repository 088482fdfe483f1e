// Rapport: Log Contact. Sets `last_contacted` (only that value changes, and only forward) and, if wanted,
// adds a dated entry under `## Contact log`, as one undoable edit. Every prompt names the customer and the
// date; a note Rapport cannot read is refused before any prompt. Tests pass `{ date, entry }`.
import * as vscode from 'vscode';
import { logContactEdits, type LogContactResult } from '../../core/editing/contactLogEdit';
import { addDays, compareDates, formatDate, parseIsoDate, today } from '../../core/time/dates';
import { fileTitleOf } from '../../core/reading/noteLoader';
import type { LocalDate } from '../../core/model';
import { editNote, offerToOpen, refuse } from '../noteWriter';
import { customerTarget } from '../customerTarget';
import type { Command } from '../commands';
import type { TreeServices } from '../services';
import { wordMessage } from '../words/messageWords';

export interface LogContactOptions {
  /** `YYYY-MM-DD`; asked when missing. */
  readonly date?: string;
  /** A log entry title (`Quarterly review (45m)`), `false` for none; asked when missing. */
  readonly entry?: string | false;
}

export function logContactCommand(deps: TreeServices): Command {
  return {
    id: 'rapport.logContact',
    async execute(arg?: unknown, options: LogContactOptions = {}) {
      const uri = await customerTarget(arg, deps, vscode.l10n.t('Log a contact with which customer?'));
      if (!uri) return false;
      const note = deps.index.get(uri.toString());
      if (note?.brokenReason) {
        void refuse(uri, wordMessage(note.brokenReason), note.problems[0]?.line);
        return false;
      }
      const name = note?.name ?? fileTitleOf(uri.toString());
      const now = deps.today.date;
      const date = options.date !== undefined ? parseIsoDate(options.date) : await askDate(name, now);
      if (!date) {
        if (options.date !== undefined) void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a date like 2026-11-20.', options.date));
        return false;
      }
      const entry = options.entry !== undefined ? options.entry || undefined : await askEntry(name, date);
      if (entry === null) return false;
      let outcome: LogContactResult | undefined;
      const written = vscode.l10n.t('Logged a contact with {0} on {1} in {2}.', name, formatDate(date), vscode.workspace.asRelativePath(uri));
      const done = await editNote(uri, (text) => (outcome = logContactEdits(text, date, entry)), written);
      if (!done || !outcome?.ok) return false;
      deps.log.info(`Logged a contact on ${formatDate(date)} in ${vscode.workspace.asRelativePath(uri)}.`);
      // Contacts only move forward, and an entry is never logged twice: say so, it is not what was asked.
      if (outcome.duplicateEntry) {
        void offerToOpen(vscode.l10n.t('{0} already has "{1}" on {2}; it was not added again.', name, entry ?? '', formatDate(date)), uri);
      } else if (outcome.keptLater) {
        const later = formatDate(outcome.keptLater);
        void offerToOpen(entry !== undefined
          ? vscode.l10n.t('{0}: the entry was added; last_contacted stays {1}, which is later than {2}.', name, later, formatDate(date))
          : vscode.l10n.t('{0}: nothing changed; last_contacted stays {1}, which is later than {2}.', name, later, formatDate(date)), uri);
      }
      return true;
    },
  };
}

async function askDate(name: string, now: LocalDate): Promise<LocalDate | undefined> {
  const items = [
    { label: vscode.l10n.t('Today'), description: formatDate(now), date: now as LocalDate | undefined },
    { label: vscode.l10n.t('Yesterday'), description: formatDate(addDays(now, -1)), date: addDays(now, -1) },
    { label: vscode.l10n.t('Pick a date…'), description: 'YYYY-MM-DD', date: undefined },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: name, placeHolder: vscode.l10n.t('When were you in touch with {0}?', name) });
  if (!picked) return undefined;
  if (picked.date) return picked.date;
  const typed = await vscode.window.showInputBox({
    title: name,
    prompt: vscode.l10n.t('Date of the contact with {0}', name),
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
async function askEntry(name: string, date: LocalDate): Promise<string | undefined | null> {
  const dateOnly = vscode.l10n.t('Just the date');
  const withEntry = vscode.l10n.t('Add a contact-log entry…');
  const title = `${name} · ${formatDate(date)}`;
  const picked = await vscode.window.showQuickPick([dateOnly, withEntry], { title, placeHolder: vscode.l10n.t('Also add an entry under "## Contact log"?') });
  if (picked === undefined) return null;
  if (picked === dateOnly) return undefined;
  const typed = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('What was it? Add a duration to count the time, e.g. "Quarterly review (45m)"'),
    placeHolder: 'Quarterly review (45m)',
  });
  return typed === undefined ? null : typed;
}
