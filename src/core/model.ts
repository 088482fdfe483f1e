// The shapes shared by every core module. Nothing here imports `vscode`.

/** A calendar date with no time and no zone: the day the leader saw the customer. */
export interface LocalDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
}

export type CustomerStatus = 'active' | 'at-risk' | 'dormant' | 'archived';
export const STATUSES: readonly CustomerStatus[] = ['active', 'at-risk', 'dormant', 'archived'];
/** A workspace folder: its URI as text (`file:///work/a`, `vscode-vfs://github/o/r`, no trailing `/`) and the name the workspace gives it. */
export interface NoteFolder {
  readonly uri: string;
  readonly name: string;
}

/** `unknown`: the note cannot be read, so nothing about it is known; `archived` and `snoozed` (until `snooze_until`) never nag. */
export type ContactState = 'never' | 'overdue' | 'due-soon' | 'ok' | 'snoozed' | 'archived' | 'unknown';

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
  | FrontMatterMessage
  | LinkMessage
  | AccountMessage
  | KeyHintMessage
  | CalendarMessage;

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

export type ProblemCode = 'unreadable' | 'bad-value' | 'future-date' | 'account';

/**
 * A front matter key one slip away from a key Rapport reads (`cadance`), where it is written: a hint in
 * the editor, not one of the note's problems (the note is fine; its tree row shows no warning).
 */
export interface MisspeltKey {
  readonly key: string;
  /** The known key it was likely meant to be. */
  readonly meant: string;
  readonly line: number;
  readonly column: number;
  /** The key as written, quotes included. */
  readonly length: number;
}

export type KeyHintMessage = { readonly id: 'misspelt-key'; readonly key: string; readonly meant: string };

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

// ---- a customer note -------------------------------------------------------------------------------

export interface CustomerNote extends NoteBody {
  /** Where the note lives, as the host names it (a URI string); the index's key. */
  readonly id: string;
  readonly name: string;
  readonly nameSource: 'front matter' | 'heading' | 'file name';
  /** What a person does in their organization (`CFO`): kept out of the name so rows stay short. */
  readonly role?: string;
  /**
   * The account this customer is a person in (`account: acme-logistics`): a file name, name or alias of
   * another customer note, as written (`[[…]]` taken off); matched in today/accounts.ts.
   */
  readonly account?: string;
  /** Zero-based line of the `account` key, where a problem with it is shown; found when first asked. */
  readonly accountLine?: number;
  readonly organization?: string;
  readonly owner?: string;
  readonly segment?: string;
  readonly tags: readonly string[];
  /** Other names other notes may link the customer by (`aliases:` in the front matter). */
  readonly aliases: readonly string[];
  /** The customer's e-mail addresses (`emails:`), lower case, `mailto:` taken off: a calendar event with one of them is a meeting with them. */
  readonly emails: readonly string[];
  /** Links to this customer from other notes, newest first (undated references last); joined by the index. */
  readonly mentions: readonly Mention[];
  /** Days; from the note, else the default setting. */
  readonly cadenceDays: number;
  readonly cadenceFromNote: boolean;
  readonly lastContacted?: LocalDate;
  /** Zero-based line of the `last_contacted` key, where a problem with its date is shown; found when first read. */
  readonly lastContactedLine?: number;
  readonly nextContact?: LocalDate;
  /** Out of overdue and due soon up to and including this day (`snooze_until:`). */
  readonly snoozeUntil?: LocalDate;
  /** Renewals, birthdays and other days to remember (`dates:`), as written; see reading/importantDates.ts. */
  readonly dates: readonly ImportantDate[];
  readonly status: CustomerStatus;
  readonly timeGoal?: TimeGoal;
  /** Every problem found; one with severity 'error' means the front matter could not be read at all. */
  readonly problems: readonly NoteProblem[];
  /** Keys that look like a slip for a known key; absent when there are none. */
  readonly misspeltKeys?: readonly MisspeltKey[];
  /** The first error's message when the front matter could not be read. */
  readonly brokenReason?: Message;
}

/** A day to remember about a customer (`dates: { renewal: 2027-03-31, birthday: 06-02 }`). */
export interface ImportantDate {
  /** The label as written (`renewal`, `birthday`). */
  readonly label: string;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
  /** The year, when the value is a full date (for a yearly date: the year it first happened). */
  readonly year?: number;
  /** Recurs every year on its month and day: a `MM-DD` value, or a label `birthday` or `anniversary`. */
  readonly yearly: boolean;
}

export interface ParseSettings {
  readonly defaultCadenceDays: number;
}

/** Time the leader intends to invest in a customer: `2h/month`, `30m/week`. */
export interface TimeGoal {
  readonly minutes: number;
  readonly per: 'week' | 'month';
}

// ---- what the body pass reads (reading/noteBody.ts) ------------------------------------------------

export type Habit = 'understand' | 'vulnerability' | 'time';
export const HABITS: readonly Habit[] = ['understand', 'vulnerability', 'time'];

export interface HabitMark {
  readonly habit: Habit;
  /** The date of the heading the tag sits under; undefined when that heading carries no date. */
  readonly date?: LocalDate;
  readonly line: number;
}

export interface Commitment {
  readonly text: string;
  readonly done: boolean;
  readonly due?: LocalDate;
  readonly line: number;
}

export interface RegisterItem {
  readonly kind: 'opportunity' | 'risk';
  readonly text: string;
  /** The later of `(noted …)` and `(revisited …)`: when the leader last thought about it. */
  readonly touched?: LocalDate;
  readonly line: number;
}

export interface ClosenessPoint {
  readonly date: LocalDate;
  readonly value: number;
  readonly line: number;
}

export interface NoteBody {
  /** Text of the first `# ` heading, if any. */
  readonly title?: string;
  readonly entries: readonly LogEntry[];
  readonly habits: readonly HabitMark[];
  readonly commitments: readonly Commitment[];
  readonly register: readonly RegisterItem[];
  readonly closeness: readonly ClosenessPoint[];
  /** The first item written under "People and aspirations". */
  readonly aspirations?: string;
}

// ---- links between notes (mentions/noteLinks.ts) and the mentions they make (mentions/mentionIndex.ts) -

/** A link as written in a Markdown note, before it is matched to a customer. */
export interface NoteLink {
  /**
   * `name`: what a wiki link or a `customers:` entry names (a file name without `.md`, a customer's name or
   * an alias), without `#heading` and `|label`. `path`: a relative Markdown link, resolved against the
   * linking note and decoded: the absolute path of the file it points to (`/work/demo/customers/acme.md`).
   */
  readonly target: string;
  readonly kind: 'name' | 'path';
  /** Written in the front matter's `customers:` list: surely meant for a customer. */
  readonly fromFrontMatter?: boolean;
  /** Zero-based line, column and length of the link as written (the key's line for a `customers:` entry). */
  readonly line: number;
  readonly column: number;
  readonly length: number;
  /** The enclosing dated heading's date (level 2 to 4), else the note's `date:`, else the file name's leading date. */
  readonly date?: LocalDate;
  /** Zero-based line of the dated heading the link sits under, when it is dated by one. */
  readonly headingLine?: number;
  /** Minutes of that heading's duration (`(45m)`), when it has one. */
  readonly minutes?: number;
}

/** Any Markdown note of the workspace, as far as links are concerned. */
export interface LinkingNote {
  readonly id: string;
  /** Its `title:`, else its first `# ` heading, else its file name without `.md`. */
  readonly title: string;
  readonly links: readonly NoteLink[];
}

/** A link from a note to a customer: a contact on its date, a reference when undated, a plan when after today. */
export interface Mention {
  /** The linking note. */
  readonly noteId: string;
  readonly noteTitle: string;
  readonly line: number;
  readonly date?: LocalDate;
  readonly headingLine?: number;
  readonly minutes?: number;
}

/** A link in a note that mentions no customer although it was meant to (see mentions/linkResolver.ts). */
export type LinkMessage =
  | { readonly id: 'link-ambiguous'; readonly target: string; readonly names: readonly string[] }
  | { readonly id: 'link-unresolved'; readonly target: string }
  | { readonly id: 'customer-unknown'; readonly target: string };

/** Why a note's `account:` makes it a person in no account (the note stays in the tree, on its own). */
export type AccountMessage =
  | { readonly id: 'account-unknown'; readonly target: string }
  | { readonly id: 'account-ambiguous'; readonly target: string; readonly names: readonly string[] }
  | { readonly id: 'account-is-a-person'; readonly account: string; readonly accountOf: string }
  | { readonly id: 'account-cycle'; readonly names: readonly string[] };

/** A problem with one link, where it is written. */
export interface LinkProblem {
  readonly message: LinkMessage;
  readonly line: number;
  readonly column: number;
  readonly length: number;
}

// ---- a reflection template, built in or from the workspace's `.rapport/templates/` ------------------

export interface ReflectionTemplate {
  /** Stable id, e.g. `meeting-reflection`. */
  id: string;
  /** Shown in the quick pick: a workspace template's own label; a built-in one is worded by the view from its id. */
  label?: string;
  /** One line under the label in the quick pick: a workspace template's own, when it gives one. */
  description?: string;
  /** The habit the inserted entry is tagged with (`#habit/<habit>`), when it practises one. */
  habit?: Habit;
  /**
   * VS Code snippet text: tab stops `$1` / `${1:placeholder}` / `$0`, plus two variables that Rapport
   * substitutes itself before inserting: `${date}` (today, YYYY-MM-DD) and `${customer}` (the
   * customer's name). Any other literal `$` is escaped as `\$`.
   */
  body: string;
}

// ---- messages: what core has to say, as data (worded in src/vscode/words/messageWords.ts) ----------

/** Why a cadence cannot be used; `value` is the cadence as written. Each one names the key itself. */
export type CadenceMessage =
  | { readonly id: 'cadence-not-text'; readonly found: FoundValue }
  | { readonly id: 'cadence-unreadable'; readonly value: string }
  | { readonly id: 'cadence-fraction'; readonly value: string }
  | { readonly id: 'cadence-too-short'; readonly value: string }
  | { readonly id: 'cadence-too-long'; readonly value: string };

/** Why a front matter value was ignored; the problem names the key (`owner: must be text …`). */
export type FieldMessage =
  | { readonly id: 'not-text'; readonly found: FoundValue }
  | { readonly id: 'not-a-date'; readonly found: FoundValue }
  | { readonly id: 'tags-not-a-list'; readonly found: FoundValue }
  | { readonly id: 'not-a-list'; readonly found: FoundValue }
  | { readonly id: 'emails-not-a-list'; readonly found: FoundValue }
  | { readonly id: 'not-an-email'; readonly found: FoundValue }
  | { readonly id: 'unknown-status'; readonly statuses: readonly CustomerStatus[]; readonly found: FoundValue }
  | TimeGoalMessage
  | DatesMessage;

/** Why `dates:` or one of its entries was ignored (the other entries still count). */
export type DatesMessage =
  | { readonly id: 'dates-not-a-mapping'; readonly found: FoundValue }
  | { readonly id: 'date-not-a-day'; readonly label: string; readonly found: FoundValue };

export type CustomerNoteMessage = { readonly id: 'bad-value'; readonly key: string; readonly reason: FieldMessage };

/** Why a file's bytes are not a note Rapport reads (nor ever writes). */
export type FileMessage =
  | { readonly id: 'file-binary' }
  | { readonly id: 'file-not-utf8' }
  | { readonly id: 'file-too-large'; readonly bytes: number; readonly limitBytes: number };

/** A note listed but never parsed, and why. */
export type LoaderMessage = { readonly id: 'skipped'; readonly reason: FileMessage };

export type DatedProblemMessage = { readonly id: 'future-last-contacted'; readonly date: LocalDate };

export type SlugMessage = { readonly id: 'name-missing' } | { readonly id: 'name-without-letters'; readonly name: string };

export type TimeGoalMessage = { readonly id: 'time-goal-unreadable'; readonly found: FoundValue };

/** Why a line cannot be ticked; `lineNumber` is one-based, as the editor numbers lines. */
export type TaskEditMessage =
  | { readonly id: 'no-such-line'; readonly lineNumber: number }
  | { readonly id: 'not-a-task-line'; readonly lineNumber: number };

export type FoundValue =
  | { readonly kind: 'null' | 'list' | 'date' | 'mapping' }
  | { readonly kind: 'scalar'; readonly type: string; readonly json: string };

// What the front matter reader and editor have to say.
/** Why the reader cannot read a note's front matter (the note is then broken, and every edit refuses it). */
export type FrontMatterReadMessage =
  | { readonly id: 'front-matter-not-yaml'; readonly language: string }
  | { readonly id: 'front-matter-unclosed' }
  | { readonly id: 'front-matter-too-deep' }
  | { readonly id: 'front-matter-not-a-mapping' }
  | YamlInvalid;

/**
 * A YAML parser's own error: `reason` is its text (js-yaml's or yaml's, in English), carried as it is
 * since no translation can know it; `key` names a duplicated key when the editor's parser found one.
 */
export interface YamlInvalid {
  readonly id: 'yaml-invalid';
  readonly reason: string;
  readonly key?: string;
}

/** Why the editor will not change a note's front matter. */
export type FrontMatterEditMessage =
  | { readonly id: 'edit-not-yaml'; readonly language: string }
  | { readonly id: 'edit-unclosed' }
  | { readonly id: 'edit-too-deep'; readonly levels: number }
  | { readonly id: 'duplicate-key'; readonly key: string }
  | { readonly id: 'flow-mapping'; readonly key: string }
  | { readonly id: 'aliased-anchor'; readonly key: string; readonly anchor: string }
  | { readonly id: 'no-such-key'; readonly key: string }
  | { readonly id: 'key-taken'; readonly key: string }
  | { readonly id: 'set-changes-others'; readonly key: string }
  | { readonly id: 'rename-changes-others'; readonly key: string }
  | { readonly id: 'remove-changes-others'; readonly key: string };

export type FrontMatterMessage = FrontMatterReadMessage | FrontMatterEditMessage;

/** Why a calendar file (`.ics`) gives no events to import; nothing is written then. */
export type CalendarMessage =
  /** The iCalendar parser's own error (in English, like `yaml-invalid`'s), carried as it is. */
  | { readonly id: 'calendar-unreadable'; readonly reason: string }
  /** Text that holds no VCALENDAR at all: not a calendar export. */
  | { readonly id: 'calendar-not-icalendar' }
  | { readonly id: 'calendar-too-large'; readonly bytes: number; readonly limitBytes: number }
  | { readonly id: 'calendar-too-many-events'; readonly events: number; readonly limitEvents: number };
