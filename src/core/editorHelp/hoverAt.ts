// What a hover in a customer note's front matter says, as data: on a known key, which key it is; on a
// date, the date and how many days it lies from today; on a cadence, its days and the due date it gives
// from the last contact. Unknown keys, nested values and the body say nothing.
import type { LocalDate } from '../model';
import { parseCadence } from '../reading/cadence';
import { addDays, daysBetween, parseDateOrDateTime } from '../time/dates';
import type { ContactSummary } from '../today/contactState';
import type { Replaced } from './completionSpot';
import { knownKey, type KnownKey } from './frontMatterKeys';
import { keyLineOf, textSpan, yamlLinesAt } from './yamlLines';

/** A day and where it lies from today: negative in the past, 0 today. */
export interface DayFromToday {
  readonly date: LocalDate;
  readonly fromToday: number;
}

export type FrontMatterHover = Replaced & (
  | { readonly kind: 'key'; readonly key: KnownKey }
  | ({ readonly kind: 'date'; readonly key: KnownKey } & DayFromToday)
  /** `due`: the last contact plus the cadence; none before a first contact, nor for an archived customer. */
  | { readonly kind: 'cadence'; readonly key: KnownKey; readonly days: number; readonly due?: DayFromToday }
);

/**
 * `text` may be the note's beginning only, as long as it holds the whole front matter; `contact` is the
 * note's summary for today, as the tree shows it.
 */
export function hoverAt(text: string, offset: number, today: LocalDate, contact?: ContactSummary): FrontMatterHover | undefined {
  const found = yamlLinesAt(text, offset);
  if (!found) return undefined;
  const line = found.lines[found.at];
  const keyLine = keyLineOf(line.text);
  const key = keyLine && knownKey(keyLine.key);
  if (!keyLine || !key) return undefined;
  const { column } = found;
  if (column < keyLine.key.length) return { kind: 'key', key, start: line.start, end: line.start + keyLine.key.length };
  const span = textSpan(line.text, keyLine.colon + 1);
  if (column < span.start || column >= span.end) return undefined;
  const range = { start: line.start + span.start, end: line.start + span.end };
  const value = line.text.slice(span.start, span.end).replace(/^(["'])(.*)\1$/, '$2');
  if (key.value === 'date') {
    const date = parseDateOrDateTime(value);
    if (date) return { kind: 'date', key, date, fromToday: daysBetween(today, date), ...range };
  }
  if (key.value === 'cadence') {
    const cadence = parseCadence(value);
    if (cadence.ok) return { kind: 'cadence', key, days: cadence.days, due: dueOf(cadence.days, today, contact), ...range };
  }
  // Any other value, or one Rapport cannot read (the Problems panel says why): what the key means.
  return { kind: 'key', key, ...range };
}

function dueOf(days: number, today: LocalDate, contact: ContactSummary | undefined): DayFromToday | undefined {
  if (!contact?.lastContact || contact.state === 'archived') return undefined;
  const date = addDays(contact.lastContact, days);
  return { date, fromToday: daysBetween(today, date) };
}
