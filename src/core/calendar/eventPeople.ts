// Who was on an event: its attendees and its organizer, by address. Outlook and Google write the address
// as `mailto:…` (any case); some servers put it in an EMAIL= parameter and a placeholder in the value.
import type ICAL from 'ical.js';
import { emailAddress } from '../reading/emailAddress';
import type { CalendarPerson } from './calendarEvent';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

/** The attendees, each address once: the first name given, and declined if any line of theirs says no. */
export function attendeesOf(event: Component): CalendarPerson[] {
  const byEmail = new Map<string, CalendarPerson>();
  for (const prop of event.getAllProperties('attendee')) {
    const person = personOf(prop);
    if (!person) continue;
    const known = byEmail.get(person.email);
    const name = known?.name ?? person.name;
    byEmail.set(person.email, { email: person.email, ...(name && { name }), declined: person.declined || !!known?.declined });
  }
  return [...byEmail.values()];
}

export function organizerOf(event: Component): CalendarPerson | undefined {
  const prop = event.getFirstProperty('organizer');
  return prop ? personOf(prop) : undefined;
}

function personOf(prop: Property): CalendarPerson | undefined {
  const value = prop.getFirstValue();
  const email = (typeof value === 'string' ? emailAddress(value) : undefined) ?? emailAddress(parameter(prop, 'email') ?? '');
  if (!email) return undefined;
  const name = parameter(prop, 'cn')?.trim();
  const declined = parameter(prop, 'partstat')?.toUpperCase() === 'DECLINED';
  return { email, ...(name && name.toLowerCase() !== email && { name }), declined };
}

/** A parameter's first value (ical.js gives a list when it was written with several). */
function parameter(prop: Property, name: string): string | undefined {
  const value = prop.getParameter(name);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}
