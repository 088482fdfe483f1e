// A customer's contacts as dated, timed events: every dated contact-log entry, plus `last_contacted`
// when no entry has that date (a call logged only in the front matter still counts as a contact).
// Summed into ISO weeks and months for the dashboard and the weekly review.
import { trueLastContacted } from '../today/contactState';
import { compareDates, formatDate } from '../time/dates';
import { type CustomerNote, type LocalDate } from '../model';
import { monthKey, weekKey } from '../time/weeks';

export interface Contact {
  readonly date: LocalDate;
  /** 0 when the entry carries no duration. */
  readonly minutes: number;
}

/** The contacts that have happened by `today`: a date after it is a plan, not a contact. */
export function contactsOf(note: CustomerNote, today: LocalDate): Contact[] {
  const happened = note.entries.filter((e) => compareDates(e.date, today) <= 0);
  const contacts: Contact[] = happened.map((e) => ({ date: e.date, minutes: e.minutes ?? 0 }));
  const last = trueLastContacted(note, today);
  if (last && !happened.some((e) => compareDates(e.date, last) === 0)) contacts.push({ date: last, minutes: 0 });
  return contacts.sort((a, b) => compareDates(a.date, b.date));
}

export interface Bucket {
  contacts: number;
  minutes: number;
}

/** Contacts and minutes per bucket key (a week key or a month key) for the given customers. */
export function bucketContacts(notes: Iterable<CustomerNote>, keyOf: (date: LocalDate) => string, today: LocalDate): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  for (const note of notes) {
    for (const c of contactsOf(note, today)) {
      const key = keyOf(c.date);
      const bucket = buckets.get(key) ?? buckets.set(key, { contacts: 0, minutes: 0 }).get(key)!;
      bucket.contacts++;
      bucket.minutes += c.minutes;
    }
  }
  return buckets;
}

/** One customer's contacts and minutes in the week of `today`. */
export function weekActivity(note: CustomerNote, today: LocalDate): Bucket & { dates: string[] } {
  return activityIn(note, today, weekKey, weekKey(today));
}

/** One customer's contacts and minutes in the month of `today`. */
export function monthActivity(note: CustomerNote, today: LocalDate): Bucket & { dates: string[] } {
  return activityIn(note, today, monthKey, monthKey(today));
}

function activityIn(note: CustomerNote, today: LocalDate, keyOf: (d: LocalDate) => string, key: string): Bucket & { dates: string[] } {
  const inBucket = contactsOf(note, today).filter((c) => keyOf(c.date) === key);
  return {
    contacts: inBucket.length,
    minutes: inBucket.reduce((n, c) => n + c.minutes, 0),
    dates: [...new Set(inBucket.map((c) => formatDate(c.date)))],
  };
}
