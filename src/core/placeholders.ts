// `{0}`, `{1}` … in a worded template, filled with values: the same placeholders vscode.l10n uses, so a
// template the host worded can be filled where the values are known (in the dashboard's webview, say);
// and a list joined with the words the host gives (`a, b and c`).

export function fillPlaceholders(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, i: string) => (Number(i) < values.length ? String(values[Number(i)]) : match));
}

/** How a list is joined in the leader's language: `{0} and {1}` for the last two, `{0}, {1}` before them. */
export interface ListWords {
  readonly pair: string;
  readonly series: string;
}

/** `a`, `a and b`, `a, b and c`: every item but the last joined by `series`, then the last by `pair`. */
export function joinWorded(items: readonly string[], words: ListWords): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).reduce((joined, item) => fillPlaceholders(words.series, joined, item));
  return fillPlaceholders(words.pair, head, items[items.length - 1]);
}
