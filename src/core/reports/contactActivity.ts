// A customer's contacts as dated, timed events: every dated contact-log entry, `last_contacted` when no
// entry has that date (a call logged only in the front matter still counts as a contact), and the dated
// mentions in other notes, one contact per day. Summed into ISO weeks and months for the dashboard and
// the weekly review; a meeting's duration shared by several customers counts once in any total.
import { trueLastContacted } from '../today/contactState';
import { compareDates, formatDate } from '../time/dates';
import { type CustomerNote, type LocalDate } from '../model';
import { monthKey, weekKey } from '../time/weeks';

export interface Contact {
  readonly date: LocalDate;
  /** 0 when the entry carries no duration. */
  readonly minutes: number;
  /** The meeting note's heading the minutes were written on (`id#line`): shared by every customer mentioned under it. */
  readonly section?: string;
  /** Time on a day that already counts a contact: more minutes, not one more contact. */
  readonly sameDay?: true;
}

/** The contacts that have happened by `today`: a date after it is a plan, not a contact. */
export function contactsOf(note: CustomerNote, today: LocalDate): Contact[] {
  const happened = note.entries.filter((e) => compareDates(e.date, today) <= 0);
  const contacts: Contact[] = happened.map((e) => ({ date: e.date, minutes: e.minutes ?? 0 }));
  const last = trueLastContacted(note, today);
  if (last && !happened.some((e) => compareDates(e.date, last) === 0)) contacts.push({ date: last, minutes: 0 });
  const days = new Set(contacts.map((c) => formatDate(c.date)));
  for (const m of note.mentions) {
    if (!m.date || compareDates(m.date, today) > 0) continue;
    const day = formatDate(m.date);
    const sameDay = days.has(day);
    if (sameDay && !m.minutes) continue; // several mentions on one day are one contact
    days.add(day);
    const section = m.minutes && m.headingLine !== undefined ? `${m.noteId}#${m.headingLine}` : undefined;
    contacts.push({ date: m.date, minutes: m.minutes ?? 0, ...(section && { section }), ...(sameDay && { sameDay }) });
  }
  return contacts.sort((a, b) => compareDates(a.date, b.date));
}

/** The minutes of several contacts, a section's minutes once however many customers it mentions. */
export function totalMinutes(contacts: Iterable<Contact>): number {
  const sections = new Set<string>();
  let minutes = 0;
  for (const c of contacts) {
    if (c.section) {
      if (sections.has(c.section)) continue;
      sections.add(c.section);
    }
    minutes += c.minutes;
  }
  return minutes;
}

export interface Bucket {
  contacts: number;
  minutes: number;
}

/** Contacts and minutes per bucket key (a week key or a month key) for the given customers. */
export function bucketContacts(notes: Iterable<CustomerNote>, keyOf: (date: LocalDate) => string, today: LocalDate): Map<string, Bucket> {
  const byKey = new Map<string, Contact[]>();
  for (const note of notes) {
    for (const c of contactsOf(note, today)) {
      const key = keyOf(c.date);
      (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(c);
    }
  }
  return new Map([...byKey].map(([key, contacts]) => [key, bucketOf(contacts)]));
}

function bucketOf(contacts: readonly Contact[]): Bucket {
  return { contacts: contacts.filter((c) => !c.sameDay).length, minutes: totalMinutes(contacts) };
}

export interface Activity extends Bucket {
  readonly dates: string[];
  /** The contacts themselves, for a total over several customers (see totalMinutes). */
  readonly list: readonly Contact[];
}

/** One customer's contacts and minutes in the week of `today`. */
export function weekActivity(note: CustomerNote, today: LocalDate): Activity {
  return activityIn(note, today, weekKey, weekKey(today));
}

/** One customer's contacts and minutes in the month of `today`. */
export function monthActivity(note: CustomerNote, today: LocalDate): Activity {
  return activityIn(note, today, monthKey, monthKey(today));
}

function activityIn(note: CustomerNote, today: LocalDate, keyOf: (d: LocalDate) => string, key: string): Activity {
  const list = contactsOf(note, today).filter((c) => keyOf(c.date) === key);
  return { ...bucketOf(list), dates: [...new Set(list.map((c) => formatDate(c.date)))], list };
}
