// How Rapport writes a link to a customer so that it is matched as a mention of that customer and no
// other: a wiki link by the note's file name (`[[acme-logistics]]`), with its folders where two notes
// share the name (`[[emea/acme]]`), else by its name or an alias; else a relative Markdown link to the
// note. And where a wiki link is being typed, for the completion that finishes it.
import type { CustomerNote } from '../model';
import { nameTarget } from '../reading/wikiTarget';
import { uriPath } from '../mentions/linkPaths';
import { fileTitleOf } from '../reading/noteLoader';

/** Which customer a wiki link's target names (its id), as the mentions match it; undefined for none or several. */
export type NamedBy = (target: string) => string | undefined;

type Linked = Pick<CustomerNote, 'id' | 'name' | 'aliases'>;

/** What `[[…]]` names the customer by: the first candidate a wiki link can hold that names this customer alone. */
export function wikiTargetOf(note: Linked, namedBy: NamedBy): string | undefined {
  return candidates(note).find((target) => fitsWikiLink(target) && namedBy(target) === note.id);
}

/** The link to the customer written in a note whose links `namedBy` matches, at `fromId` (a URI string, as note ids are). */
export function customerLink(note: Linked, fromId: string, namedBy: NamedBy): string {
  const target = wikiTargetOf(note, namedBy);
  if (target !== undefined) return `[[${target}]]`;
  const label = note.name.replace(/\s+/g, ' ').replace(/[[\]\\]/g, '\\$&');
  const href = relativeHref(fromId, note.id);
  return href === undefined ? label : `[${label}](${href})`;
}

/** The file title, then the title with one, two … of its folders, then the name and the aliases. */
function candidates(note: Linked): string[] {
  const title = fileTitleOf(note.id);
  const folders = uriPath(note.id).split('/').filter(Boolean).slice(0, -1);
  const qualified = folders.map((_, i) => [...folders.slice(folders.length - 1 - i), title].join('/'));
  return [title, ...qualified, note.name, ...note.aliases];
}

/** A wiki link holds no brackets nor line breaks, and reads back as the very same target (no `#`, `|`, `.md`, other files). */
function fitsWikiLink(target: string): boolean {
  return !/[[\]\r\n]/.test(target) && nameTarget(target) === target;
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
