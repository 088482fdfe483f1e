// Writes the kept meetings, note by note: one undoable edit per note through the note writer, on the
// note's current text (so an entry the note got since the preview is not added twice), `last_contacted`
// moved forward only. Then one message for the whole import, with a way to open what was written.
import * as vscode from 'vscode';
import type { CalendarEntry } from '../../core/calendar/calendarEntry';
import { importEdits, type ImportEditResult } from '../../core/calendar/importEdits';
import type { LocalDate } from '../../core/model';
import { escapeIcons } from '../../core/markdownText';
import { editNote, offerToOpen } from '../noteWriter';
import { importedWords, meetingsAdded, type ImportReport } from '../words/calendarWords';

interface Written {
  readonly uri: vscode.Uri;
  readonly name: string;
  readonly added: number;
}

export interface ImportOutcome extends ImportReport {
  readonly written: readonly Written[];
}

/** `entries` by customer note id; `names` says what each note is called. */
export async function writeImports(entries: ReadonlyMap<string, readonly CalendarEntry[]>, nameOf: (id: string) => string, alreadyLogged: number): Promise<ImportOutcome> {
  const written: Written[] = [];
  const keptLater: { name: string; date: LocalDate }[] = [];
  let logged = alreadyLogged;
  let refused = 0;
  // One note after another: the messages of a refusal come in the preview's order.
  for (const [id, kept] of entries) {
    const uri = vscode.Uri.parse(id);
    let outcome: ImportEditResult | undefined;
    const done = await editNote(uri, (text) => {
      outcome = importEdits(text, kept);
      return outcome.ok ? { ok: true, edits: outcome.edits } : outcome;
    });
    if (!done || !outcome?.ok) {
      refused++;
      continue;
    }
    logged += outcome.alreadyLogged.length;
    if (!outcome.added.length) continue;
    written.push({ uri, name: nameOf(id), added: outcome.added.length });
    if (outcome.keptLater) keptLater.push({ name: nameOf(id), date: outcome.keptLater });
  }
  const added = written.reduce((sum, w) => sum + w.added, 0);
  return { written, added, notes: written.map((w) => w.name), alreadyLogged: logged, keptLater, refused };
}

/** Every write is visible: the one message names what was written and opens it (a pick when several). */
export async function reportImport(outcome: ImportOutcome): Promise<void> {
  const message = importedWords(outcome);
  if (outcome.written.length === 1) return offerToOpen(message, outcome.written[0].uri);
  if (!outcome.written.length) {
    void vscode.window.showInformationMessage(message);
    return;
  }
  const open = vscode.l10n.t('Open…');
  if ((await vscode.window.showInformationMessage(message, open)) !== open) return;
  const picked = await vscode.window.showQuickPick(
    outcome.written.map((w) => ({ label: escapeIcons(w.name), description: meetingsAdded(w.added), detail: vscode.workspace.asRelativePath(w.uri), uri: w.uri })),
    { placeHolder: vscode.l10n.t('Open which note?') },
  );
  if (picked) await vscode.window.showTextDocument(picked.uri, { preview: false });
}
