// The edits that write a customer's chosen events: each a log entry as Log Contact writes it, all in one
// block, and `last_contacted` moved forward to the latest of them (never back). An entry already in the
// note, by the import's rule (same day and title), is left out, even if the note changed since the
// preview, so importing the same file twice writes nothing the second time.
import { logEntriesEdits } from '../editing/contactLogEdit';
import { refusalOf } from '../editing/editResult';
import { readFrontMatter } from '../frontMatter/read';
import { positionAt } from '../frontMatter/block';
import { parseBody } from '../reading/noteBody';
import { compareDates } from '../time/dates';
import type { LocalDate, Message, TextEdit } from '../model';
import { entryHeading, type CalendarEntry } from './calendarEntry';
import { isLogged } from './loggedEntry';

export type ImportEditResult =
  | {
      readonly ok: true;
      /** Empty when every entry was already there: the note is not touched at all. */
      readonly edits: readonly TextEdit[];
      readonly added: readonly CalendarEntry[];
      readonly alreadyLogged: readonly CalendarEntry[];
      /** The note's own `last_contacted`, kept because it is later than every entry added. */
      readonly keptLater?: LocalDate;
    }
  | { readonly ok: false; readonly message: Message; readonly line: number; readonly column: number };

export function importEdits(text: string, entries: readonly CalendarEntry[]): ImportEditResult {
  const read = readFrontMatter(text);
  if (!read.ok) return refusalOf(read.problem);
  const logged = [...parseBody(text, read.value.bodyStart, positionAt(text, read.value.bodyStart).line).entries];
  const added: CalendarEntry[] = [];
  const alreadyLogged: CalendarEntry[] = [];
  for (const entry of [...entries].sort((a, b) => compareDates(a.date, b.date))) {
    if (isLogged(entry, logged)) alreadyLogged.push(entry);
    else {
      added.push(entry);
      logged.push({ ...entry, line: -1 });
    }
  }
  if (!added.length) return { ok: true, edits: [], added, alreadyLogged };
  const result = logEntriesEdits(text, added[added.length - 1].date, added.map(entryHeading));
  if (!result.ok) return result;
  return { ok: true, edits: result.edits, added, alreadyLogged, ...(result.keptLater && { keptLater: result.keptLater }) };
}
