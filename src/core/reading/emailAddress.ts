// One way to read an e-mail address, for a note's `emails:` and a calendar's attendees alike, so the two
// meet: `mailto:` taken off, `Name <address>` reduced to the address, lower case (the domain is case-free,
// and no mail system in use tells two local parts apart by case).

const MAILTO = /^mailto:/i;
const BRACKETED = /<([^<>]*)>\s*$/;
// Something, one `@`, a domain with a dot or a single label (`dana@localhost`): no spaces anywhere.
const ADDRESS = /^[^\s@]+@[^\s@]+$/;

/** The address `text` names, normalised; undefined when it names none. */
export function emailAddress(text: string): string | undefined {
  let value = text.trim();
  const bracketed = BRACKETED.exec(value);
  if (bracketed) value = bracketed[1].trim();
  value = value.replace(MAILTO, '').trim();
  return ADDRESS.test(value) ? value.toLowerCase() : undefined;
}
