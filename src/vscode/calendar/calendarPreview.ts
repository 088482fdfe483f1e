// The preview before anything is written: one row per meeting and customer, the most recent first, the
// new ones ticked. Rows show the customer, the meeting's day, start and length, and the heading it would
// write; text from the calendar is shown as text (no `$(icon)` drawn from it). Tests answer it with `pick`.
import * as vscode from 'vscode';
import type { CalendarMatch } from '../../core/calendar/matchEvents';
import { escapeIcons } from '../../core/markdownText';
import { meetingNotTicked, meetingWhen } from '../words/calendarWords';

/** `checked`: as the preview ticks them (what Enter accepts); `all`: every row listed. */
export type PreviewAnswer = 'checked' | 'all';

type Row = vscode.QuickPickItem & { readonly match: CalendarMatch };

/** The matches kept; undefined when the leader pressed Esc. */
export async function askMatches(listed: readonly CalendarMatch[], title: string, placeHolder: string, answer?: PreviewAnswer): Promise<CalendarMatch[] | undefined> {
  if (answer) return listed.filter((m) => answer === 'all' || m.checked);
  // Sorting is stable: the customers of one meeting stay in the order of their names.
  const rows: Row[] = [...listed].sort((a, b) => b.event.start - a.event.start).map((match) => {
    const why = meetingNotTicked(match);
    return {
      label: escapeIcons(match.customerName),
      description: [meetingWhen(match), why].filter(Boolean).join(' · '),
      // What the entry's heading will say: the calendar's title made safe for a note.
      detail: escapeIcons(match.entry.title) || vscode.l10n.t('(no title)'),
      picked: match.checked,
      match,
    };
  });
  const picked = await vscode.window.showQuickPick(rows, {
    canPickMany: true, title, placeHolder, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true,
  });
  return picked?.map((row) => row.match);
}
