// Note content shown in Markdown (tooltips, hovers) must stay text: no links, no HTML, no command URIs.

/** Escapes every Markdown and HTML special character so the text renders literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&$:]/g, '\\$&')
    .replace(/\r?\n/g, ' ');
}

/** Escapes `$(` so a name like "$(alert) Boss" is not drawn as an icon in a status bar or label. */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/** Shortens to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A line of Markdown read as plain text: its emphasis marks off (`**Laura**:` reads `Laura:`), cut to `max` characters. */
export function plainLine(markdown: string, max: number): string {
  return truncate(markdown.replace(/\*\*|__/g, ''), max);
}
