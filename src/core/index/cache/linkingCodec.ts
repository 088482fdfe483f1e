// A linking note (any Markdown note, read for its links) as the index cache keeps it: its title and its
// links as flat tuples, days as numbers, every line a number (a `customers:` entry's line, where only a
// parse of the YAML can tell it, is placed when the note is written here). `decode` checks every value.
import type { Dating } from '../../mentions/noteLinks';
import type { LinkingNote, NoteLink } from '../../model';
import type { NoteCodec } from '../noteKind';
import { dayNumber } from '../../time/dates';
import { type Days, record, text, tuples, whole, wrong } from './shapes';

const KEYS: ReadonlySet<string> = new Set(['t', 'l']);
/** A wiki link or a `customers:` name, a relative Markdown link, a `customers:` entry. */
const KINDS = { n: 'name', p: 'path', f: 'name' } as const;
const WIDTH = 8;

export const linkingCodec: NoteCodec<LinkingNote> = { encode, decode };

function encode(note: LinkingNote): unknown {
  const o: Record<string, unknown> = { t: note.title };
  if (note.links.length) {
    o.l = note.links.flatMap((link) => [
      link.target, link.fromFrontMatter ? 'f' : link.kind === 'path' ? 'p' : 'n',
      link.line, link.column, link.length,
      link.date ? dayNumber(link.date) : 0, link.headingLine ?? -1, link.minutes ?? -1,
    ]);
  }
  return o;
}

function decode(id: string, data: unknown, days: Days): LinkingNote {
  const o = record(data, KEYS, 'linking note');
  const t = o.l === undefined ? [] : tuples(o.l, WIDTH, 'links');
  const links: NoteLink[] = [];
  for (let i = 0; i < t.length; i += WIDTH) {
    const target = text(t[i], 'link target');
    const kind = t[i + 1] as keyof typeof KINDS;
    if (!Object.hasOwn(KINDS, kind)) wrong('link kind');
    const dating: Dating = {
      date: t[i + 5] === 0 ? undefined : days.of(t[i + 5], 'link date'),
      headingLine: t[i + 6] === -1 ? undefined : whole(t[i + 6], 'link heading line'),
      minutes: t[i + 7] === -1 ? undefined : whole(t[i + 7], 'link minutes'),
    };
    links.push({
      target, kind: KINDS[kind], fromFrontMatter: kind === 'f' ? true : undefined,
      line: whole(t[i + 2], 'link line'), column: whole(t[i + 3], 'link column'), length: whole(t[i + 4], 'link length'),
      date: dating.date, headingLine: dating.headingLine, minutes: dating.minutes,
    });
  }
  return { id, title: text(o.t, 'title'), links };
}

