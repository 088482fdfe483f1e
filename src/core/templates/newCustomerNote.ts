// The text of a new customer note, as "New Customer" writes it: YAML front matter with every key of a
// customer note explained, then the body of the built-in "Customer profile" template as plain text.
import { BUILTIN_TEMPLATES, PROFILE_TEMPLATE_ID } from './builtinTemplates';
import { yamlString } from '../frontMatter/scalar';

/** Where a new person sits: the account (as `account:` names it, a file name) and what they do there. */
export interface PersonPlace {
  readonly account: string;
  readonly role?: string;
}

/** A new customer note for `name`, started on `today` (YYYY-MM-DD). Plain text, not a snippet. */
export function newCustomerNoteText(name: string, today: string, person?: PersonPlace): string {
  const profile = BUILTIN_TEMPLATES.find((t) => t.id === PROFILE_TEMPLATE_ID);
  if (!profile) throw new Error('the built-in "Customer profile" template is missing');
  // A heading is one line: the name's line breaks and tabs become single spaces there (and only there).
  const heading = name.replace(/\s+/g, ' ').trim() || 'New customer';
  const body = snippetToPlainText(profile.body, { customer: heading, date: today })
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
  const field = (key: string, value: string, comment: string) => {
    const line = `${key}: ${value}`;
    return `${line.padEnd(22)} # ${comment}`;
  };
  return [
    '---',
    '# A Rapport customer note. Every key is optional; keys Rapport does not know are kept.',
    field('name', yamlString(name), 'shown in the tree'),
    ...(person ? [
      field('account', yamlString(person.account), 'the account this person is in'),
      field('role', person.role ? yamlString(person.role) : '""', 'what they do there, kept short: CFO'),
    ] : []),
    field('organization', '""', 'the company or group they belong to'),
    field('owner', '""', 'who in IT owns the relationship'),
    field('segment', '""', 'any text; the tree can group by it'),
    field('tags', '[]', 'a list, like [erp, strategic]'),
    field('cadence', '2w', 'keep-in-touch goal: days (14) or 3d / 2w / 1m'),
    field('status', 'active', 'active | at-risk | dormant | archived'),
    '# last_contacted: written by "Log Contact". Optional: next_contact: YYYY-MM-DD, time_goal: 2h/month',
    '---',
    body,
  ].join('\n');
}

/**
 * Resolves VS Code snippet text to what the user would see after tabbing through it untouched:
 * tab stops vanish, placeholders keep their text, choices their first option, variables their value
 * from `variables` (an unknown variable keeps its default, or its name as VS Code does), `\$`, `\}`
 * and `\\` become the character.
 */
export function snippetToPlainText(snippet: string, variables: Readonly<Record<string, string>>): string {
  let i = 0;
  const parse = (inPlaceholder: boolean): string => {
    let out = '';
    while (i < snippet.length) {
      const ch = snippet[i];
      if (ch === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
        out += snippet[i + 1];
        i += 2;
      } else if (ch === '}' && inPlaceholder) {
        i += 1;
        return out;
      } else if (ch === '$') {
        out += parseDollar();
      } else {
        out += ch;
        i += 1;
      }
    }
    return out;
  };
  const parseDollar = (): string => {
    const rest = snippet.slice(i);
    let m: RegExpMatchArray | null;
    if ((m = /^\$(\d+)/.exec(rest)) || (m = /^\$\{(\d+)\}/.exec(rest))) {
      i += m[0].length;
      return '';
    }
    if ((m = /^\$([A-Za-z_]\w*)/.exec(rest)) || (m = /^\$\{([A-Za-z_]\w*)\}/.exec(rest))) {
      i += m[0].length;
      return variables[m[1]] ?? m[1];
    }
    if ((m = /^\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/.exec(rest))) {
      i += m[0].length;
      return (m[1].split(/(?<!\\),/)[0] ?? '').replace(/\\(.)/g, '$1');
    }
    if ((m = /^\$\{(\d+|[A-Za-z_]\w*):/.exec(rest))) {
      i += m[0].length;
      const fallback = parse(true);
      return /^\d/.test(m[1]) ? fallback : variables[m[1]] ?? fallback;
    }
    i += 1;
    return '$';
  };
  return parse(false);
}

/** Where the leader starts writing in a new note: the blank line under the first section's hint. */
export function writingLineOf(text: string): number {
  const lines = text.split('\n');
  const section = lines.findIndex((l) => l.startsWith('## '));
  if (section === -1) return lines.length - 1;
  const blank = lines.findIndex((l, i) => i > section && l.trim() === '');
  return blank === -1 ? section + 1 : blank;
}
