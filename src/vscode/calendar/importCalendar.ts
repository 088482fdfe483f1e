// Rapport: Import Calendar…. Reads an .ics export the leader picks, previews its meetings with customers
// (the new ones ticked; the ones already logged left out and counted), and writes the kept ones as
// contact-log entries, one undoable edit per note. A file too large, not UTF-8 or not a calendar is an
// error and nothing is written. Tests pass the file's URI and `{ pick }` to answer the preview.
import * as vscode from 'vscode';
import { addDays } from '../../core/time/dates';
import { fileTitleOf } from '../../core/reading/noteLoader';
import type { ReadCalendarOptions } from '../../core/calendar/readCalendar';
import type { Command } from '../commands';
import type { Services } from '../services';
import { calendarSettings } from '../ports/settings';
import { wordMessage } from '../words/messageWords';
import { allAlreadyLogged, nothingMatched, previewPlaceholder } from '../words/calendarWords';
import { calendarFileSize, calendarFileText, pickCalendarFile } from './calendarFile';
import { loadCalendar, type CalendarReader } from './calendarModule';
import { askMatches, type PreviewAnswer } from './calendarPreview';
import { reportImport, writeImports } from './importWrites';

export interface ImportCalendarOptions {
  /** Answers the preview without showing it. */
  readonly pick?: PreviewAnswer;
}

/** What an import did, for tests: undefined when it stopped (an error, or Esc). */
export interface ImportCalendarResult {
  readonly matched: number;
  readonly imported: number;
  readonly notes: number;
  readonly alreadyLogged: number;
}

/** Past this size the reading gets a notification with its progress; smaller files take a moment. */
const LARGE_FILE_BYTES = 1024 * 1024;

/** The file read and matched to the customers, with a progress in the view (a notification for a large file). */
function previewOf(uri: vscode.Uri, file: string, size: number, deps: Services, options: ReadCalendarOptions) {
  const location = size > LARGE_FILE_BYTES ? vscode.ProgressLocation.Notification : { viewId: 'rapport.customers' };
  return vscode.window.withProgress({ location, title: vscode.l10n.t('Reading {0}…', file) }, async () => {
    const text = await calendarFileText(uri);
    if (!text.ok) return text;
    let reader: CalendarReader;
    try {
      reader = await loadCalendar(deps.context.extensionUri);
    } catch (error) {
      deps.log.error(`The calendar reader did not load: ${String((error as Error)?.stack ?? error)}`);
      return { ok: false as const, reason: vscode.l10n.t('Rapport\'s calendar reader did not load ({0}).', String((error as Error)?.message ?? error)) };
    }
    // The reading runs in one piece: let the progress show first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const preview = reader.previewCalendar(text.value, deps.index.all(), options);
    return preview.ok ? { ok: true as const, preview, reader } : { ok: false as const, reason: wordMessage(preview.message) };
  });
}

export function importCalendarCommand(deps: Services): Command {
  return {
    id: 'rapport.importCalendar',
    async execute(arg?: unknown, options: ImportCalendarOptions = {}): Promise<ImportCalendarResult | undefined> {
      const uri = arg instanceof vscode.Uri ? arg : await pickCalendarFile();
      if (!uri) return undefined;
      const file = vscode.workspace.asRelativePath(uri, false);
      const fail = (reason: string) => void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was imported from {0}. {1}', file, reason));
      const size = await calendarFileSize(uri);
      if (!size.ok) return fail(size.reason);
      const { windowDays, ownEmails } = calendarSettings();
      const since = addDays(deps.today.date, -windowDays);
      const read = await previewOf(uri, file, size.value, deps, { clock: deps.clock, windowDays, ownerEmails: ownEmails });
      if (!read.ok) return fail(read.reason);
      const { preview, reader } = read;
      if (preview.cutShort) deps.log.warn(`${file}: ${preview.cutShort} recurring series were expanded only up to the step limit.`);
      const listed = preview.matches.filter((m) => m.state !== 'already-logged');
      const logged = preview.matches.length - listed.length;
      const result = { matched: preview.matches.length, imported: 0, notes: 0, alreadyLogged: logged };
      if (!preview.matches.length) {
        void vscode.window.showInformationMessage(nothingMatched(file, since, preview.events, preview.skipped));
        return result;
      }
      if (!listed.length) {
        void vscode.window.showInformationMessage(allAlreadyLogged(file, logged));
        return result;
      }
      const kept = await askMatches(listed, vscode.l10n.t('Import Calendar: {0}', file), previewPlaceholder(since, logged), options.pick);
      if (!kept) return undefined;
      const outcome = await writeImports(reader.entriesByCustomer(kept), (id) => deps.index.get(id)?.name ?? fileTitleOf(id), logged);
      deps.log.info(`Imported ${outcome.added} meetings from ${file} into ${outcome.written.length} notes.`);
      void reportImport(outcome);
      return { ...result, imported: outcome.added, notes: outcome.written.length, alreadyLogged: outcome.alreadyLogged };
    },
  };
}
