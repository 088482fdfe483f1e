// A linking note (any Markdown note, read for its links) as the index cache keeps it: its title and its
// links as flat tuples, days as numbers; a `customers:` entry is placed on its key's line later, from the
// front matter's YAML kept for it, as the note read from its file would. `decode` checks every value.
import { keyLinesOf, withKeyLines } from '../../frontMatter/laterKeyLines';
import { frontMatterLink, type Dating } from '../../mentions/noteLinks';
import type { LinkingNote, NoteLink } from '../../model';
import type { NoteCodec } from '../noteKind';
import { keyLinesData, keyLinesFrom } from './keyLinesData';
import { dayNumber, type Days, record, text, tuples, whole, wrong } from './shapes';

const KEYS: ReadonlySet<string> = new Set(['t', 'l', 'y']);
/** A wiki link or a `customers:` name, a relative Markdown link, a `customers:` entry. */
const KINDS = { n: 'name', p: 'path', f: 'name' } as const;
const WIDTH = 8;
/** The line of a `customers:` entry, when it is placed from the YAML kept with the note. */
const LATER = -1;

export const linkingCodec: NoteCodec<LinkingNote> = { encode, decode };

function encode(note: LinkingNote): unknown {
  const o: Record<string, unknown> = { t: note.title };
  const later = keyLinesOf(note);
  if (note.links.length) {
    o.l = note.links.flatMap((link) => [
      link.target, link.fromFrontMatter ? 'f' : link.kind === 'path' ? 'p' : 'n',
      // A `customers:` entry's line is left to the YAML: asking for it would parse the YAML now.
      link.fromFrontMatter && later ? LATER : link.line, link.column, link.length,
      link.date ? dayNumber(link.date) : 0, link.headingLine ?? -1, link.minutes ?? -1,
    ]);
  }
  if (later) o.y = keyLinesData(later);
  return o;
}

function decode(id: string, data: unknown, days: Days): LinkingNote {
  const o = record(data, KEYS, 'linking note');
  const later = o.y === undefined ? undefined : keyLinesFrom(o.y);
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
    if (kind === 'f' && t[i + 2] === LATER) {
      links.push(frontMatterLink(target, later ?? wrong('a customers: entry without its YAML'), dating));
      continue;
    }
    links.push({
      target, kind: KINDS[kind], fromFrontMatter: kind === 'f' ? true : undefined,
      line: whole(t[i + 2], 'link line'), column: whole(t[i + 3], 'link column'), length: whole(t[i + 4], 'link length'),
      date: dating.date, headingLine: dating.headingLine, minutes: dating.minutes,
    });
  }
  return withKeyLines({ id, title: text(o.t, 'title'), links }, later);
}

