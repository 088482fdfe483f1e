// Which customer a link names, within the linking note's workspace folder: a file name first (as every
// wiki-link tool resolves them), then a customer's name or alias; a relative link by its path. Names
// are matched with accents, case and spaces folded. Two customers answering to one name is ambiguous:
// reported, never guessed.
import { foldName } from '../names';
import { fileTitleOf } from '../reading/noteLoader';
import { uriPath } from './linkPaths';
import type { CustomerNote, NoteLink } from '../model';

export type Resolution =
  | { readonly kind: 'customer'; readonly id: string }
  | { readonly kind: 'ambiguous'; readonly ids: readonly string[] }
  /** Another note of the workspace, not a customer's: a link, not a mention. */
  | { readonly kind: 'note' }
  | { readonly kind: 'missing' };

/** Which other notes exist, so a link to one of them is not reported as broken. */
export interface KnownNotes {
  /** A note of `folder` has this file title (folded). */
  hasTitle(folder: string, title: string): boolean;
  /** A note lives at this path (see `pathKey`). */
  hasPath(path: string): boolean;
}

/** A note's path (a URI's, or a link's already decoded), case-folded: what a relative link is compared by. */
export function pathKey(idOrPath: string): string {
  return (idOrPath.startsWith('/') ? idOrPath : uriPath(idOrPath)).toLowerCase();
}

/** The folded key of a note's file title (`2026-11-20 Steering` → `2026-11-20 steering`). */
export function titleKey(id: string): string {
  return foldName(fileTitleOf(id));
}

export class LinkResolver {
  private readonly byTitle = new Map<string, string[]>();
  private readonly byName = new Map<string, string[]>();
  private readonly byPath = new Map<string, string>();
  /** The keys each customer was added under, to take it out again when it changes. */
  private readonly keysOf = new Map<string, CustomerKeys>();

  constructor(customers: Iterable<CustomerNote>, private readonly folderOf: (id: string) => string, private readonly known: KnownNotes) {
    for (const note of customers) this.set(note);
  }

  /** Matches links to this customer by what it answers to now (its file, name and aliases). */
  set(note: CustomerNote): void {
    this.delete(note.id);
    const folder = this.folderOf(note.id);
    const keys: CustomerKeys = {
      title: `${folder}\n${titleKey(note.id)}`,
      names: [...new Set([note.name, ...note.aliases].map(foldName))].filter(Boolean).map((name) => `${folder}\n${name}`),
      path: pathKey(note.id),
    };
    this.keysOf.set(note.id, keys);
    add(this.byTitle, keys.title, note.id);
    for (const name of keys.names) add(this.byName, name, note.id);
    this.byPath.set(keys.path, note.id);
  }

  /** No link matches this customer any more. */
  delete(id: string): void {
    const keys = this.keysOf.get(id);
    if (!keys) return;
    this.keysOf.delete(id);
    remove(this.byTitle, keys.title, id);
    for (const name of keys.names) remove(this.byName, name, id);
    if (this.byPath.get(keys.path) === id) this.byPath.delete(keys.path);
  }

  resolve(link: NoteLink, fromId: string): Resolution {
    const folder = this.folderOf(fromId);
    if (link.kind === 'path') {
      const key = pathKey(link.target);
      const id = this.byPath.get(key);
      if (id) return { kind: 'customer', id };
      return this.known.hasPath(key) ? { kind: 'note' } : { kind: 'missing' };
    }
    const title = foldName(link.target.slice(link.target.lastIndexOf('/') + 1));
    const byTitle = this.byTitle.get(`${folder}\n${title}`);
    if (byTitle) return byTitle.length === 1 ? { kind: 'customer', id: byTitle[0] } : this.narrowed(byTitle, link.target);
    const byName = this.byName.get(`${folder}\n${foldName(link.target)}`);
    if (byName) return byName.length === 1 ? { kind: 'customer', id: byName[0] } : { kind: 'ambiguous', ids: byName };
    return this.known.hasTitle(folder, title) ? { kind: 'note' } : { kind: 'missing' };
  }

  /** `[[emea/acme]]` picks the one of two `acme.md` whose path ends so. */
  private narrowed(ids: readonly string[], target: string): Resolution {
    if (!target.includes('/')) return { kind: 'ambiguous', ids };
    const suffix = `/${foldName(target)}.md`;
    const matching = ids.filter((id) => foldName(pathKey(id)).endsWith(suffix));
    return matching.length === 1 ? { kind: 'customer', id: matching[0] } : { kind: 'ambiguous', ids };
  }
}

interface CustomerKeys {
  readonly title: string;
  readonly names: readonly string[];
  readonly path: string;
}

function remove(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) return;
  const rest = ids.filter((other) => other !== id);
  if (rest.length) map.set(key, rest);
  else map.delete(key);
}

/** Lists are replaced, never changed: a Resolution handed out keeps the ids it named. */
function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) map.set(key, [...ids, id]);
}
