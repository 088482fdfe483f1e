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
