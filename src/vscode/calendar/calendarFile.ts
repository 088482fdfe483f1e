// The .ics file Import Calendar… reads: picked by the leader (tests hand in its URI), its size checked
// before a byte is read, its bytes decoded as UTF-8 (a byte order mark taken off). Any way it fails is
// one sentence for the error message; the file itself is never written.
import * as vscode from 'vscode';
import { CALENDAR_LIMITS } from '../../core/calendar/limits';
import { fileBytes, fileSize } from '../ports/noteFiles';
import { wordMessage } from '../words/messageWords';

export type CalendarFileResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export async function pickCalendarFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: true,
    canSelectFolders: false,
    canSelectMany: false,
    filters: { [vscode.l10n.t('iCalendar')]: ['ics'] },
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import meetings from which calendar export (.ics)?'),
  });
  return picked?.[0];
}

/** The size in bytes, when the file is there and small enough to import. */
export async function calendarFileSize(uri: vscode.Uri): Promise<CalendarFileResult<number>> {
  const size = await failureAsReason(() => fileSize(uri));
  if (!size.ok) return size;
  if (size.value === undefined) return { ok: false, reason: vscode.l10n.t('The file is not there.') };
  return withinLimit(size.value) ?? { ok: true, value: size.value };
}

// Fatal: a calendar saved in another encoding is refused, not imported with garbled titles.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function calendarFileText(uri: vscode.Uri): Promise<CalendarFileResult<string>> {
  const bytes = await failureAsReason(() => fileBytes(uri));
  if (!bytes.ok) return bytes;
  if (!bytes.value) return { ok: false, reason: vscode.l10n.t('The file is not there.') };
  // It may have grown since its size was checked.
  const tooLarge = withinLimit(bytes.value.byteLength);
  if (tooLarge) return tooLarge;
  try {
    return { ok: true, value: utf8.decode(bytes.value) };
  } catch {
    return { ok: false, reason: vscode.l10n.t('The file is not UTF-8 text: export the calendar again as an .ics file.') };
  }
}

function withinLimit(bytes: number): { ok: false; reason: string } | undefined {
  return bytes > CALENDAR_LIMITS.bytes ? { ok: false, reason: wordMessage({ id: 'calendar-too-large', bytes, limitBytes: CALENDAR_LIMITS.bytes }) } : undefined;
}

async function failureAsReason<T>(read: () => Promise<T>): Promise<CalendarFileResult<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, reason: vscode.l10n.t('The file could not be read ({0}).', String((error as Error)?.message ?? error)) };
  }
}
