// Import Calendar… in the leader's words: a meeting's day, start and length in the preview, what a file
// held when nothing matched, and what an import wrote. Core hands over counts and matches, never sentences.
import * as vscode from 'vscode';
import type { CalendarSkips } from '../../core/calendar/calendarEvent';
import type { CalendarMatch } from '../../core/calendar/matchEvents';
import type { LocalDate } from '../../core/model';
import { formatDate } from '../../core/time/dates';
import { minutesWords } from './durationWords';

const two = (n: number) => String(n).padStart(2, '0');

/** `2026-11-20 10:00 · 45m`: when a meeting started, on the leader's clock, and how long it was. */
export function meetingWhen(match: CalendarMatch): string {
  const { date, time, minutes } = match.event;
  const start = `${formatDate(date)} ${two(time.hour)}:${two(time.minute)}`;
  return minutes ? `${start} · ${minutesWords(minutes)}` : start;
}

/** Why a listed meeting is not ticked; undefined for a new one. */
export function meetingNotTicked(match: CalendarMatch): string | undefined {
  switch (match.state) {
    case 'archived': return vscode.l10n.t('$(archive) archived customer');
    case 'unreadable': return vscode.l10n.t('$(warning) the note cannot be read');
    default: return undefined;
  }
}

export function previewPlaceholder(since: LocalDate, alreadyLogged: number): string {
  if (!alreadyLogged) return vscode.l10n.t('Meetings since {0} to log', formatDate(since));
  return alreadyLogged === 1
    ? vscode.l10n.t('Meetings since {0} to log; 1 already logged is not listed', formatDate(since))
    : vscode.l10n.t('Meetings since {0} to log; {1} already logged are not listed', formatDate(since), alreadyLogged);
}

/** What was read when no meeting is with a customer: the meetings of the window, what was left out, and how matching works. */
export function nothingMatched(file: string, since: LocalDate, events: number, skipped: CalendarSkips): string {
  const read = events === 0
    ? vscode.l10n.t('{0} has no meetings since {1}.', file, formatDate(since))
    : events === 1
      ? vscode.l10n.t('{0} has 1 meeting since {1}, with no customer.', file, formatDate(since))
      : vscode.l10n.t('{0} has {1} meetings since {2}, none with a customer.', file, events, formatDate(since));
  const hint = vscode.l10n.t('To match a meeting, list its attendees\' addresses under emails: in the customer\'s note, or put the customer\'s name or an alias in its title.');
  return [read, leftOut(skipped), hint].filter(Boolean).join(' ');
}

function leftOut(skipped: CalendarSkips): string | undefined {
  const parts = [
    skipped.allDay && vscode.l10n.t('{0} all-day', skipped.allDay),
    skipped.cancelled && vscode.l10n.t('{0} cancelled', skipped.cancelled),
    skipped.declined && vscode.l10n.t('{0} declined', skipped.declined),
    skipped.unreadable && vscode.l10n.t('{0} unreadable', skipped.unreadable),
  ].filter((p): p is string => !!p);
  return parts.length ? vscode.l10n.t('Left out: {0}.', parts.join(', ')) : undefined;
}

/** Every meeting the file has with customers is in the notes already: importing it again writes nothing. */
export function allAlreadyLogged(file: string, count: number): string {
  return count === 1
    ? vscode.l10n.t('The one meeting {0} has with a customer is already logged; nothing was written.', file)
    : vscode.l10n.t('All {0} meetings {1} has with customers are already logged; nothing was written.', count, file);
}

export interface ImportReport {
  readonly added: number;
  /** The names of the notes written. */
  readonly notes: readonly string[];
  /** Left out because the note has them already: at the preview, and found again at writing. */
  readonly alreadyLogged: number;
  /** Notes that keep a later last_contacted than any meeting added, with that date. */
  readonly keptLater: readonly { readonly name: string; readonly date: LocalDate }[];
  /** Notes the writer refused (it said why, each in its own message). */
  readonly refused: number;
}

/** One message for the whole import: `Imported 5 meetings into 3 customer notes. 2 meetings already logged were left out.` */
export function importedWords(r: ImportReport): string {
  const imported = r.added === 0
    ? vscode.l10n.t('Nothing was imported.')
    : r.notes.length === 1
      ? r.added === 1 ? vscode.l10n.t('Imported 1 meeting into {0}.', r.notes[0]) : vscode.l10n.t('Imported {0} meetings into {1}.', r.added, r.notes[0])
      : vscode.l10n.t('Imported {0} meetings into {1} customer notes.', r.added, r.notes.length);
  const logged = !r.alreadyLogged ? undefined
    : r.alreadyLogged === 1 ? vscode.l10n.t('1 meeting already logged was left out.') : vscode.l10n.t('{0} meetings already logged were left out.', r.alreadyLogged);
  // Contacts only move forward: say so, it is not what the leader might expect.
  const later = !r.keptLater.length ? undefined
    : r.keptLater.length === 1
      ? vscode.l10n.t('{0} keeps last_contacted {1}, which is later.', r.keptLater[0].name, formatDate(r.keptLater[0].date))
      : vscode.l10n.t('{0} notes keep their later last_contacted.', r.keptLater.length);
  const refused = !r.refused ? undefined
    : r.refused === 1 ? vscode.l10n.t('1 note was not changed (see its message).') : vscode.l10n.t('{0} notes were not changed (see their messages).', r.refused);
  return [imported, logged, later, refused].filter(Boolean).join(' ');
}

/** How many meetings one note got, beside its name when the leader picks which to open. */
export function meetingsAdded(count: number): string {
  return count === 1 ? vscode.l10n.t('1 meeting imported') : vscode.l10n.t('{0} meetings imported', count);
}
