// What the body pass knows at a line (the sections open, the habit tags waiting, what it has read so far),
// and a line read with the patterns: the reference meaning of every line. The pass in noteBody.ts reads
// most lines by their characters and leaves to these patterns the few it cannot decide that way (a line
// with a comment, one a section or a habit tag is waiting for).
import { datedHeadingOf, headingOf, taskOf } from './markdownLines';
import { dayOf, detach, keptList, keptTitle } from './kept';
import { CLOSENESS, isWritten } from './writtenLine';
import { HABITS, type ClosenessPoint, type Commitment, type Habit, type HabitMark, type LocalDate, type LogEntry, type NoteBody, type RegisterItem } from '../model';

const ANY_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;
const HABIT_TAG = /(?:^|\s)#habit\/(understand|vulnerability|time)\b/;
const DUE = /\(due[ \t]+(\d{4}-\d{2}-\d{2})\)/i;
// `(due YYYY-MM-DD)` as a template leaves it: no date yet.
const DUE_PLACEHOLDER = /\(due[ \t]+YYYY-MM-DD\)/i;
const REGISTER_ITEM = /^[ \t]*[-*+][ \t]+(Opportunity|Risk):[ \t]*(.*)$/i;
const NOTED = /\((noted|revisited)[ \t]+(\d{4}-\d{2}-\d{2})\)/gi;
// `## Opportunities and risks` and a reflection heading like `### Reflection: Opportunities and risks (…)`.
const REGISTER_SECTION = /\bopportunities and risks\b/i;
// `## People and aspirations`: its first item says what the person (or the account's people) aspire to.
const ASPIRATIONS_SECTION = /\bpeople and aspirations\b/i;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/;

interface PendingHabit {
  readonly habit: Habit;
  date?: LocalDate;
  readonly line: number;
  /** Level of the heading the tag sits under (0 above every heading): its section ends at one as high. */
  readonly level: number;
  written: boolean;
  /** Still looking for the first date below an undated tag. */
  dating: boolean;
}

export class BodyState {
  protected readonly entries: LogEntry[] = [];
  private readonly habits: HabitMark[] = [];
  protected readonly commitments: Commitment[] = [];
  protected readonly register: RegisterItem[] = [];
  protected readonly closeness: ClosenessPoint[] = [];
  protected title: string | undefined;
  protected headingDate: LocalDate | undefined;
  protected headingLevel = 0;
  protected currentEntry: LogEntry | undefined;
  /** Level of the heading that opened an opportunities-and-risks section; 0 outside one. */
  protected registerLevel = 0;
  /** The first item written under "People and aspirations", line by line until it ends. */
  private aspirations: string | undefined;
  protected aspiring: string[] | undefined;
  /** Habit tags whose section is still open: they count once something is written in it. */
  protected open: PendingHabit[] = [];

  /** What the pass has read, once every line has been. */
  protected result(): NoteBody {
    this.close(0);
    this.aspired();
    const habits = this.habits.sort((a, b) => a.line - b.line);
    return {
      title: this.title, entries: keptList(this.entries), habits: keptList(habits), commitments: keptList(this.commitments),
      register: keptList(this.register), closeness: keptList(this.closeness), ...(this.aspirations && { aspirations: this.aspirations }),
    };
  }

  /** Everything a line says, read with the patterns. */
  protected read(visible: string, line: number): void {
    const heading = headingOf(visible);
    if (heading) {
      const { level, content } = heading;
      if (level === 1 && this.title === undefined) this.title = detach(content);
      const anyDate = ANY_DATE.exec(content);
      this.headingSeen(level, content, anyDate ? dayOf(anyDate[1]) : undefined);
      const dated = datedHeadingOf(heading);
      if (dated) this.entrySeen(dated.date, keptTitle(dated.title), line, dated.minutes);
      return;
    }
    if (this.aspiring) this.aspire(visible);
    this.rest(visible, line);
  }

  /**
   * A heading of `level`: the sections it ends and opens (tested on `content`, '' for a heading that
   * cannot name one), the habit tags it closes, and `date`, its first date, for the tags below it.
   */
  protected headingSeen(level: number, content: string, date: LocalDate | undefined): void {
    if (this.registerLevel && level <= this.registerLevel) this.registerLevel = 0;
    if (content && REGISTER_SECTION.test(content)) this.registerLevel = level;
    this.aspired();
    if (this.aspirations === undefined && content && ASPIRATIONS_SECTION.test(content)) this.aspiring = [];
    this.close(level);
    // An undated tag is dated by the first date written below it, before the next heading.
    for (const mark of this.open) mark.dating = false;
    this.headingDate = date;
    this.headingLevel = level;
    this.currentEntry = undefined;
  }

  /** A dated heading of level 2 to 4: a contact, titled without its duration. */
  protected entrySeen(date: LocalDate, title: string, line: number, minutes: number | undefined): void {
    this.currentEntry = { date, title, line, minutes };
    this.entries.push(this.currentEntry);
  }

  /** A habit tag on `line`, waiting for something written below it (and, undated, for a date). */
  protected tagSeen(habit: Habit, line: number): void {
    this.open.push({ habit, date: this.headingDate, line, level: this.headingLevel, written: false, dating: !this.headingDate });
  }

  /** A line under "People and aspirations": part of its first item, or the end of it. */
  protected aspire(visible: string): void {
    const text = visible.trim();
    if (this.aspiring!.length && (!text || LIST_ITEM.test(visible))) this.aspired();
    else if (text && isWritten(visible)) this.aspiring!.push(text.replace(LIST_ITEM, ''));
  }

  /** What a line that is no heading says besides an aspiration, read with the patterns. */
  protected rest(visible: string, line: number): void {
    if (this.open.some((m) => m.dating)) {
      const found = ANY_DATE.exec(visible);
      const date = found ? dayOf(found[1]) : undefined;
      if (date) {
        for (const mark of this.open) {
          if (mark.dating) {
            mark.date = date;
            mark.dating = false;
          }
        }
      }
    }
    if (!visible.includes('#') && !visible.includes('[') && !visible.includes(':')) {
      if (this.open.length && isWritten(visible)) this.written();
      return;
    }

    const habit = HABIT_TAG.exec(visible);
    // The shared constant, not the match: `vulnerability` is long enough to be a view into the note.
    if (habit) this.tagSeen(HABITS.find((h) => h === habit[1])!, line);
    if (this.open.length && isWritten(visible)) this.written();

    const task = taskOf(visible);
    if (task) {
      const rest = task.text;
      const due = DUE.exec(rest);
      const what = rest.replace(DUE, '').replace(DUE_PLACEHOLDER, '').trim();
      // An empty checkbox is a template's blank, not a promise.
      if (what) this.commitments.push({ text: detach(what), done: task.mark !== ' ', due: due ? dayOf(due[1]) : undefined, line });
      return;
    }
    if (this.registerLevel) {
      const item = REGISTER_ITEM.exec(visible);
      const registered = item && registerItem(item[1], item[2], line);
      if (registered?.text) this.register.push(registered);
    }
    if (this.currentEntry) {
      const c = CLOSENESS.exec(visible);
      if (c) this.closeness.push({ date: this.currentEntry.date, value: Number(c[1]), line });
    }
  }

  /** No habit tag waits for a date or for writing below it: a line matters only for what it is. */
  protected settled(): boolean {
    for (const mark of this.open) if (mark.dating || !mark.written) return false;
    return true;
  }

  /** Something is written in the open tags' sections: they count. */
  protected written(): void {
    for (const mark of this.open) mark.written = true;
  }

  private aspired(): void {
    if (this.aspiring?.length && this.aspirations === undefined) this.aspirations = detach(this.aspiring.join(' '));
    this.aspiring = undefined;
  }

  private close(level: number): void {
    if (!this.open.length) return;
    const still: PendingHabit[] = [];
    for (const mark of this.open) {
      if (level > mark.level) still.push(mark);
      else if (mark.written) this.habits.push({ habit: mark.habit, date: mark.date, line: mark.line });
    }
    this.open = still;
  }
}

function registerItem(kind: string, rest: string, line: number): RegisterItem {
  let touched: LocalDate | undefined;
  let touchedIso = '';
  for (const m of rest.matchAll(NOTED)) {
    const date = dayOf(m[2]);
    if (date && (!touched || m[2] > touchedIso)) {
      touched = date;
      touchedIso = m[2];
    }
  }
  return { kind: kind.toLowerCase() === 'risk' ? 'risk' : 'opportunity', text: detach(withoutNotes(rest)), touched, line };
}

/** A register item's text without its `(noted …)` and `(revisited …)`, trimmed. */
export function withoutNotes(rest: string): string {
  return rest.replace(NOTED, '').trim();
}
