// What one note's links mean once matched to customers: the mentions it makes of each customer (one per
// dated section, so two links under one heading are one mention) and the problems of the links that were
// meant for a customer and name none, or name two.
import { dayNumber } from '../time/dates';
import type { LinkingNote, LinkProblem, Mention, NoteLink } from '../model';
import type { LinkResolver } from './linkResolver';

export interface NoteMentions {
  /** By customer id; never the note's own customer. */
  readonly mentions: ReadonlyMap<string, readonly Mention[]>;
  readonly problems: readonly LinkProblem[];
  /** Some link names another note: deleting that note would break it. */
  readonly linksNotes: boolean;
}

export function mentionsOfNote(note: LinkingNote, resolver: LinkResolver, nameOf: (customerId: string) => string): NoteMentions {
  const mentions = new Map<string, Mention[]>();
  const seen = new Set<string>();
  const problems: LinkProblem[] = [];
  let linksNotes = false;
  for (const link of note.links) {
    const found = resolver.resolve(link, note.id);
    if (found.kind === 'customer') {
      if (found.id === note.id) continue; // a customer's note naming itself is its own log, not a mention
      const section = `${found.id}\n${link.date ? dayNumber(link.date) : ''}\n${link.headingLine ?? ''}`;
      if (seen.has(section)) continue;
      seen.add(section);
      const list = mentions.get(found.id) ?? mentions.set(found.id, []).get(found.id)!;
      list.push(mentionOf(note, link));
    } else if (found.kind === 'ambiguous') {
      problems.push(problemAt(link, { id: 'link-ambiguous', target: link.target, names: found.ids.map(nameOf).sort() }));
    } else if (link.fromFrontMatter) {
      problems.push(problemAt(link, { id: 'customer-unknown', target: link.target }));
    } else if (found.kind === 'missing') {
      problems.push(problemAt(link, { id: 'link-unresolved', target: link.target }));
    } else linksNotes = true;
  }
  return { mentions, problems, linksNotes };
}

function mentionOf(note: LinkingNote, link: NoteLink): Mention {
  const { date, headingLine, minutes } = link;
  // A `customers:` entry's line is placed only when asked for (see noteLinks.ts), as its link's is: placing
  // it parses the YAML again, which no meeting note should cost while the workspace is scanned.
  if (link.fromFrontMatter) return { noteId: note.id, noteTitle: note.title, get line() { return link.line; }, date, headingLine, minutes };
  return { noteId: note.id, noteTitle: note.title, line: link.line, date, headingLine, minutes };
}

function problemAt(link: NoteLink, message: LinkProblem['message']): LinkProblem {
  return { message, line: link.line, column: link.column, length: link.length };
}
