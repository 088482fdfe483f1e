// The text of a new meeting note, as "New Meeting Note" writes it: the day in the front matter (which
// dates every link in the note), the title, a line that links each customer, and two empty sections.
// The words come from the host, in the leader's language; the links from editing/customerLink.ts.
import { formatDate } from '../time/dates';
import { joinWorded, fillPlaceholders, type ListWords } from '../placeholders';
import { safeFileTitle } from '../editing/slug';
import type { LocalDate } from '../model';

export interface MeetingNoteWords extends ListWords {
  /** The line naming who the meeting was with, `{0}` the joined links: `With {0}.` */
  readonly withWhom: string;
  /** The headings of the two sections: `Notes`, `Promises`. */
  readonly notes: string;
  readonly promises: string;
}

export interface MeetingNote {
  readonly text: string;
  /** Zero-based line where the leader starts writing: the empty line under the notes heading. */
  readonly writingLine: number;
}

export function meetingNote(date: LocalDate, title: string, links: readonly string[], words: MeetingNoteWords): MeetingNote {
  const lines = ['---', `date: ${formatDate(date)}`, '---', `# ${oneLine(title)}`, ''];
  if (links.length) lines.push(fillPlaceholders(words.withWhom, joinWorded(links, words)), '');
  lines.push(`## ${oneLine(words.notes)}`);
  const writingLine = lines.length;
  lines.push('', `## ${oneLine(words.promises)}`, '- [ ] ', '');
  return { text: lines.join('\n'), writingLine };
}

/**
 * `YYYY-MM-DD <title>.md`, and `YYYY-MM-DD <title> <copy>.md` from the second copy on; the title made
 * safe for a file name. Undefined when the title has nothing a file name can hold.
 */
export function meetingFileName(date: LocalDate, title: string, copy = 1): string | undefined {
  const safe = safeFileTitle(title);
  if (safe === undefined) return undefined;
  return `${formatDate(date)} ${safe}${copy > 1 ? ` ${copy}` : ''}.md`;
}

/** A heading is one line: line breaks and runs of white space become single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
