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

  constructor(customers: Iterable<CustomerNote>, private readonly folderOf: (id: string) => string, private readonly known: KnownNotes) {
    for (const note of customers) {
      const folder = folderOf(note.id);
      add(this.byTitle, `${folder}\n${titleKey(note.id)}`, note.id);
      const names = new Set([note.name, ...note.aliases].map(foldName));
      for (const name of names) if (name) add(this.byName, `${folder}\n${name}`, note.id);
      this.byPath.set(pathKey(note.id), note.id);
    }
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

function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}
