// How Rapport writes a link to a customer: a wiki link by the customer note's file name
// (`[[acme-logistics]]`), which every mention reader matches; by its name or an alias when the file
// name cannot stand in a wiki link; else a relative Markdown link to the note. And where a wiki link is
// being typed, for the completion that finishes it.
import type { CustomerNote } from '../model';
import { fileTitleOf } from '../reading/noteLoader';

/** What a wiki link cannot hold in its target: its own brackets, a label's `|`, a heading's `#`, a line break. */
const NOT_IN_WIKI_TARGET = /[[\]|#\r\n]/;

/** What `[[…]]` names the customer by: the file title, else the name or an alias; undefined when none fits in a wiki link. */
export function wikiTargetOf(note: Pick<CustomerNote, 'id' | 'name' | 'aliases'>): string | undefined {
  return [fileTitleOf(note.id), note.name, ...note.aliases].find((target) => target.trim() !== '' && !NOT_IN_WIKI_TARGET.test(target));
}

/** The link to the customer from the note `fromId` (a URI string, as note ids are). */
export function customerLink(note: Pick<CustomerNote, 'id' | 'name' | 'aliases'>, fromId: string): string {
  const target = wikiTargetOf(note);
  if (target !== undefined) return `[[${target}]]`;
  const label = note.name.replace(/\s+/g, ' ').replace(/[[\]\\]/g, '\\$&');
  const href = relativeHref(fromId, note.id);
  return href === undefined ? label : `[${label}](${href})`;
}

/** `scheme://authority` and the path of a URI string, its query and fragment left off. */
const URI_PARTS = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)/i;

/** The path from one note's folder to another note, as percent-encoded URI text; undefined across schemes or authorities. */
export function relativeHref(fromId: string, toId: string): string | undefined {
  const from = URI_PARTS.exec(fromId);
  const to = URI_PARTS.exec(toId);
  if (!from || !to || from[1].toLowerCase() !== to[1].toLowerCase()) return undefined;
  const folder = from[2].split('/').slice(0, -1);
  const target = to[2].split('/');
  let same = 0;
  while (same < folder.length && same < target.length - 1 && folder[same] === target[same]) same++;
  // Parentheses are sent encoded: an unbalanced one would end the link's destination early.
  return [...folder.slice(same).map(() => '..'), ...target.slice(same)].join('/').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** A wiki link being typed: `[[` and a partial target before the cursor, maybe `]]` already after it. */
export interface TypedWikiLink {
  /** Offset in the text before the cursor where the target starts (just after `[[`). */
  readonly start: number;
  readonly partial: string;
  /** How many `]` follow the cursor at once (0 to 2): an auto-closed link needs no more. */
  readonly closing: number;
}

/** The wiki link the cursor is in the target of, from the line's text before and after it; undefined elsewhere. */
export function typedWikiLink(before: string, after: string): TypedWikiLink | undefined {
  const open = before.lastIndexOf('[[');
  if (open === -1) return undefined;
  const partial = before.slice(open + 2);
  // Past the target already: the link was closed, or a label or heading follows.
  if (/[[\]|#]/.test(partial)) return undefined;
  return { start: open + 2, partial, closing: after.startsWith(']]') ? 2 : after.startsWith(']') ? 1 : 0 };
}
