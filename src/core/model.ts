// The shapes shared by every core module. Nothing here imports `vscode`.
import type { CadenceMessage } from './reading/cadence';
import type { CustomerNoteMessage, FieldMessage } from './reading/customerNote';
import type { FileMessage, LoaderMessage } from './reading/noteLoader';
import type { DatedProblemMessage } from './today/datedProblems';
import type { SlugMessage } from './editing/slug';
import type { TaskEditMessage } from './editing/taskEdit';
import type { FrontMatterMessage } from './frontMatter/messages';

/** A calendar date with no time and no zone: the day the leader saw the customer. */
export interface LocalDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
}

export type CustomerStatus = 'active' | 'at-risk' | 'dormant' | 'archived';
/** `unknown`: the note cannot be read, so nothing about it is known; `archived` never nags. */
export type ContactState = 'never' | 'overdue' | 'due-soon' | 'ok' | 'archived' | 'unknown';

/**
 * What core has to say to the leader, as data: an id and the values it names. The vscode layer words it
 * in the leader's language (src/vscode/words/messageWords.ts); core never writes a sentence.
 */
export type Message =
  | CadenceMessage
  | FieldMessage
  | CustomerNoteMessage
  | FileMessage
  | LoaderMessage
  | DatedProblemMessage
  | SlugMessage
  | TaskEditMessage
  | FrontMatterMessage;

/** A problem found in a note, placed at a zero-based line and column of the whole file. */
export interface NoteProblem {
  readonly message: Message;
  readonly line: number;
  readonly column: number;
  /** 'error' for front matter that cannot be read at all, 'warning' for a value that was ignored. */
  readonly severity: 'error' | 'warning';
  /** What kind of problem it is, for the quick fixes that mend it. */
  readonly code?: ProblemCode;
  /** The front matter key it is about, when there is one. */
  readonly key?: string;
}

export type ProblemCode = 'unreadable' | 'bad-value' | 'future-date';

/** A dated heading in the note's contact log. */
export interface LogEntry {
  readonly date: LocalDate;
  readonly title: string;
  /** Zero-based line of the heading. */
  readonly line: number;
  /** Minutes invested, when the heading carries a duration such as `(45m)` or `(1h30m)`. */
  readonly minutes?: number;
}

/** A minimal replacement of `[start, end)` in a document's text by `text` (offsets in UTF-16 units). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
