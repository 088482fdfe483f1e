// `{0}`, `{1}` … in a worded template, filled with values: the same placeholders vscode.l10n uses, so a
// template the host worded can be filled where the values are known (in the dashboard's webview, say).

export function fillPlaceholders(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, i: string) => (Number(i) < values.length ? String(values[Number(i)]) : match));
}
