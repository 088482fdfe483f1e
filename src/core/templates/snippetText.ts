// Reflection templates are VS Code snippets. Rapport fills `${date}` and `${customer}` itself, and
// escapes what it fills in so that a customer named "$1 {x}" is inserted as text, never as a tab stop.

/** Escapes text for a snippet: `$`, `}` and `\` are the snippet syntax's special characters. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

export function fillTemplate(body: string, values: { date: string; customer: string }): string {
  // Replacer functions, not strings: a name like "O$'Brien" or "$&" must not be read as a replacement pattern.
  const date = escapeSnippet(values.date);
  const customer = escapeSnippet(values.customer);
  return body
    .replace(/\$\{date\}|\$date\b/g, () => date)
    .replace(/\$\{customer\}|\$customer\b/g, () => customer);
}

const PLACEHOLDER = /\$\{(\d+):((?:[^}\\]|\\.)*)\}/g;
const TASK_LINE = /^[ \t]*[-*+][ \t]+\[[ xX]\]/;
const REGISTER_LINE = /^[ \t]*[-*+][ \t]+(?:Opportunity|Risk):/i;
const CLOSENESS_LINE = /Closeness\**:/i;
/** A template line that opens a contact-log entry: a heading of level 2-4 starting with `${date}` or a date. */
export const DATED_HEADING_LINE = /^#{2,4}[ \t]+(?:\$\{date\}|\$date\b|\d{4}-\d{2}-\d{2})/;
const DURATION_PLACEHOLDER = /\(\$\{(\d+):[^}]*\}\)/g;

/**
 * A template is not data: on the lines Rapport reads as figures (promises, opportunities and risks,
 * closeness, a dated heading's duration), a placeholder's default text would count as if the leader
 * had written it. There the blank is left empty (a promise, a register item), `1-5` (closeness) or
 * `0m` (a duration); a `YYYY-MM-DD` placeholder stays, since it is no date.
 */
export function withoutPlaceholderData(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      if (DATED_HEADING_LINE.test(line)) return line.replace(DURATION_PLACEHOLDER, (_m, n: string) => `(\${${n}:0m})`);
      if (CLOSENESS_LINE.test(line)) return line.replace(PLACEHOLDER, (_m, n: string) => `\${${n}:1-5}`);
      if (TASK_LINE.test(line) || REGISTER_LINE.test(line)) {
        return line.replace(PLACEHOLDER, (m, n: string, text: string) => (text === 'YYYY-MM-DD' ? m : `\${${n}}`));
      }
      return line;
    })
    .join('\n');
}
