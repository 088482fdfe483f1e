// Which customers each event was with: an attendee (or the organizer) with one of the customer's `emails:`,
// unless they declined, or the customer's name or an alias in the title. A meeting with two customers is
// a match for each. What the preview shows is decided here too: a new entry for a customer who can be
// written is checked; one already in the record, an archived customer's, or an unreadable note's is listed
// unchecked, so the leader sees it and decides.
import { foldName } from '../names';
import type { CustomerNote } from '../model';
import type { CalendarEvent } from './calendarEvent';
import { calendarEntry, type CalendarEntry } from './calendarEntry';
import { isLogged, type DatedTitle } from './loggedEntry';
import { foldedNames, nameInTitle } from './titleNames';

/**
 * `new`: to be written; `already-logged`: the same day and title is in the note's log or a dated mention;
 * `archived`: the customer is archived (a meeting may be a reason to revive them, never a default);
 * `unreadable`: the note's front matter cannot be read, so nothing can be written to it.
 */
export type MatchState = 'new' | 'already-logged' | 'archived' | 'unreadable';

export interface CalendarMatch {
  readonly event: CalendarEvent;
  readonly customerId: string;
  readonly customerName: string;
  /** Attendees' addresses that are the customer's (none who declined). */
  readonly byEmail: readonly string[];
  /** The name or alias the title holds, as the note writes it. */
  readonly byName?: string;
  /** What accepting it writes (calendarEntry.ts). */
  readonly entry: CalendarEntry;
  readonly state: MatchState;
  /** Checked in the preview: only a new entry. */
  readonly checked: boolean;
}

/** Every match, in the order of the events, then by customer name; one entry per customer, day and title. */
export function matchEvents(events: readonly CalendarEvent[], customers: readonly CustomerNote[]): CalendarMatch[] {
  const byEmail = new Map<string, CustomerNote[]>();
  for (const customer of customers) {
    for (const email of customer.emails) byEmail.set(email, [...(byEmail.get(email) ?? []), customer]);
  }
  const named = customers.map((customer) => ({ customer, names: foldedNames([customer.name, ...customer.aliases]) }));
  const matches: CalendarMatch[] = [];
  const listed = new Map<string, DatedTitle[]>();
  for (const event of events) {
    const found = new Map<CustomerNote, { emails: string[]; name?: string }>();
    const people = [...event.attendees, ...(event.organizer ? [event.organizer] : [])];
    for (const person of people) {
      if (person.declined) continue;
      for (const customer of byEmail.get(person.email) ?? []) {
        const emails = found.get(customer)?.emails ?? [];
        if (!emails.includes(person.email)) emails.push(person.email);
        found.set(customer, { emails });
      }
    }
    const title = foldName(event.title);
    for (const { customer, names } of named) {
      const name = nameInTitle(title, names);
      if (name) found.set(customer, { emails: found.get(customer)?.emails ?? [], name });
    }
    const entry = calendarEntry(event);
    for (const [customer, how] of [...found].sort(([a], [b]) => foldName(a.name).localeCompare(foldName(b.name)))) {
      // The same meeting twice in one file (two calendars exported together) is one entry.
      const before = listed.get(customer.id) ?? listed.set(customer.id, []).get(customer.id)!;
      if (isLogged(entry, before)) continue;
      before.push(entry);
      const state = stateOf(customer, entry);
      matches.push({
        event, customerId: customer.id, customerName: customer.name, byEmail: how.emails, ...(how.name && { byName: how.name }),
        entry, state, checked: state === 'new',
      });
    }
  }
  return matches;
}

function stateOf(customer: CustomerNote, entry: CalendarEntry): MatchState {
  if (customer.brokenReason) return 'unreadable';
  const mentions = customer.mentions.map((m) => ({ date: m.date, title: m.noteTitle }));
  if (isLogged(entry, customer.entries) || isLogged(entry, mentions)) return 'already-logged';
  return customer.status === 'archived' ? 'archived' : 'new';
}
