// The customer a link under the cursor names, matched as a mention of it would be: a wiki link by its
// name, a relative Markdown link by the note it points to from this note's folder.
import { folderOf, linkedNotePath } from './linkPaths';
import { linksOfLine } from './lineLinks';
import type { Resolution } from './linkResolver';
import type { NoteLink } from '../model';

export interface LinkedCustomer {
  readonly customerId: string;
  /** Where the link is written on the line. */
  readonly column: number;
  readonly length: number;
}

export interface LinkMatcher {
  resolve(link: NoteLink, fromId: string): Resolution;
}

/** The customer the link at `character` of `line` (a line of the note `fromId`) names, if it names exactly one. */
export function customerLinkAt(line: string, character: number, fromId: string, matcher: LinkMatcher): LinkedCustomer | undefined {
  if (!line.includes('[')) return undefined;
  const link = linksOfLine(line).find((l) => character >= l.column && character <= l.column + l.length);
  if (!link) return undefined;
  const target = link.kind === 'path' ? linkedNotePath(folderOf(fromId), link.target) : link.target;
  if (!target) return undefined;
  const found = matcher.resolve({ kind: link.kind, target, line: 0, column: 0, length: 0 }, fromId);
  return found.kind === 'customer' ? { customerId: found.id, column: link.column, length: link.length } : undefined;
}
