// A label opens a heading with its first letter upper-cased, in the leader's language ("Überfällig").

export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
