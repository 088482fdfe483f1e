// A customer note turned into the customer model: every field of the note format read tolerantly, with a
// precise problem (at the key's line) for a value that cannot be used. A note is never dropped: a note
// whose front matter cannot be read still becomes a customer, marked broken, named after its file.
import { parseCadence } from './cadence';
import { meantKey, misspeltKeys } from '../editorHelp/misspeltKeys';
import { foundValue } from './foundValue';
import { parseDateOrDateTime } from '../time/dates';
import { findFrontMatter, positionAt } from '../frontMatter/block';
import { readFrontMatter, type FrontMatter } from '../frontMatter/read';
import { KeyLines } from '../frontMatter/keyPlace';
import { parseBody } from './noteBody';
import { detach, keptDay, keptList, NONE } from './kept';
import { keyLineOf } from './keyLine';
import { parseTimeGoal } from './timeGoal';
import { frontMatterTarget } from './wikiTarget';
import { emailAddress } from './emailAddress';
import { readImportantDates } from './importantDates';
import { type CustomerNote, type CustomerStatus, type FieldMessage, type FoundValue, type ImportantDate, type LocalDate, type Message, type NoteBody, type NoteProblem, type ParseSettings, STATUSES, type TimeGoal, type TimeGoalMessage } from '../model';

const EMPTY_BODY: NoteBody = { entries: NONE, habits: NONE, commitments: NONE, register: NONE, closeness: NONE };

export function parseCustomerNote(id: string, fileName: string, text: string, settings: ParseSettings): CustomerNote {
  const fileTitle = fileName.replace(/\.md$/i, '');
  const read = readFrontMatter(text);
  if (!read.ok) {
    // Still index the body: the leader's log is worth showing even while the YAML is being fixed.
    // When the block is closed, the body starts after it (a YAML `# comment` is not the title).
    const fence = findFrontMatter(text);
    const body = fence.kind === 'block' ? safeBody(text, fence.blockEnd) : safeBody(text);
    const { problem } = read;
    return {
      ...body, id, name: body.title?.trim() || fileTitle, nameSource: body.title ? 'heading' : 'file name',
      tags: NONE, aliases: NONE, emails: NONE, mentions: NONE, dates: NONE, cadenceDays: settings.defaultCadenceDays, cadenceFromNote: false, status: 'active',
      problems: [problem], brokenReason: problem.message,
    };
  }
  const fm = read.value;
  const body = parseBody(text, fm.bodyStart, positionAt(text, fm.bodyStart).line);
  const problems: NoteProblem[] = [];
  const lines = new KeyLines(fm.yaml, fm.yamlLine);
  const fields = new FieldReader(fm.data, lines, problems);
  const misspelt = misspeltKeys(mayBeSlips(Object.keys(fm.data)), lines);

  const fmName = fields.text('name');
  const name = fmName || body.title?.trim() || fileTitle;
  const cadenceValue = fm.data.cadence;
  let cadenceDays = settings.defaultCadenceDays;
  let cadenceFromNote = false;
  if (cadenceValue !== undefined && cadenceValue !== null && cadenceValue !== '') {
    const cadence = parseCadence(cadenceValue);
    if (cadence.ok) {
      cadenceDays = cadence.days;
      cadenceFromNote = true;
    } else fields.problem('cadence', cadence.message);
  }
  const status = fields.status();
  const lastContacted = keptDay(fields.date('last_contacted'));
  // Only a warning about the date asks for its line: read from the text, or parsed for when it is asked.
  const lastContactedLine = lastContacted ? keyLineOf(fm, 'last_contacted') : undefined;
  // `account: [[acme]]` unquoted is YAML for a list in a list: what the leader meant is the link.
  const wikiList = fm.data.account;
  const account = textTarget(isWikiList(wikiList) ? wikiList[0][0] : fields.text('account'));
  const accountLine = account ? keyLineOf(fm, 'account') : undefined;
  const aspirations = fields.text('aspirations') ?? body.aspirations;
  // Read in this order, so that the problems are in the order of the note format's keys.
  const role = fields.text('role');
  const organization = fields.text('organization');
  const owner = fields.text('owner');
  const segment = fields.text('segment');
  const tags = keptList(fields.tags());
  const aliases = keptList(fields.aliases());
  const emails = keptList(fields.emails());
  const nextContact = keptDay(fields.date('next_contact'));
  const snoozeUntil = keptDay(fields.date('snooze_until'));
  const dates = keptList(fields.dates());
  const timeGoal = fields.timeGoal();

  // One shape for every note (plain fields, no getters), so the index's notes share their hidden class.
  const note: Writable<CustomerNote> = {
    title: body.title, entries: body.entries, habits: body.habits, commitments: body.commitments, register: body.register, closeness: body.closeness,
    id, name, nameSource: fmName ? 'front matter' : body.title ? 'heading' : 'file name',
    role, account, accountLine: typeof accountLine === 'number' ? accountLine : undefined, organization, owner, segment,
    tags, aliases, emails, mentions: NONE, cadenceDays, cadenceFromNote,
    lastContacted, lastContactedLine: typeof lastContactedLine === 'number' ? lastContactedLine : undefined, nextContact, snoozeUntil, dates,
    status, timeGoal, problems: keptList(problems),
  };
  if (aspirations) note.aspirations = aspirations;
  if (misspelt.length > 0) note.misspeltKeys = misspelt;
  // Front matter whose key lines only a parse can tell: the line is parsed for when it is first read.
  if (typeof accountLine === 'function') Object.defineProperty(note, 'accountLine', { get: accountLine, enumerable: true, configurable: true });
  if (typeof lastContactedLine === 'function') Object.defineProperty(note, 'lastContactedLine', { get: lastContactedLine, enumerable: true, configurable: true });
  return note;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

// Whether a key may be a slip for a known one: the same few keys in every note, so asked once each.
const MAX_KEYS = 512;
const slips = new Map<string, boolean>();

/** The keys that meantKey may name a known key for; misspeltKeys places only those. */
function mayBeSlips(keys: readonly string[]): string[] {
  return keys.filter((key) => {
    let slip = slips.get(key);
    if (slip === undefined) {
      slip = meantKey(key) !== undefined;
      if (slips.size >= MAX_KEYS) slips.clear();
      slips.set(detach(key), slip);
    }
    return slip;
  });
}

/** `acme`, `"[[acme|Acme]]"`: what the value links to, as a link in the body would. */
function textTarget(text: string | undefined): string | undefined {
  return text === undefined ? undefined : frontMatterTarget(text);
}

function isWikiList(value: unknown): value is [[string]] {
  return Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && typeof value[0][0] === 'string';
}


function safeBody(text: string, from = 0): NoteBody {
  try {
    return parseBody(text, from, positionAt(text, from).line);
  } catch {
    return EMPTY_BODY;
  }
}

/** Reads one front matter key at a time; a wrong value becomes a warning at its line and is ignored. */
class FieldReader {
  constructor(private readonly data: FrontMatter['data'], private readonly lines: KeyLines, private readonly problems: NoteProblem[]) {}

  problem(key: string, message: Message): void {
    this.problems.push({ message, line: this.lines.lineOf(key), column: 0, severity: 'warning', code: 'bad-value', key });
  }

  /** A value of `key` that was ignored, and why. */
  wrong(key: string, reason: FieldMessage): void {
    this.problem(key, { id: 'bad-value', key, reason });
  }

  text(key: string): string | undefined {
    const value = this.data[key];
    if (value === undefined || value === null) return undefined;
    // Values are cut from the note's text: detached, so the index does not keep every note's text alive.
    if (typeof value === 'string') return detach(value.trim()) || undefined;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.wrong(key, { id: 'not-text', found: foundValue(value) });
    return undefined;
  }

  date(key: string): LocalDate | undefined {
    const value = this.data[key];
    if (value === undefined || value === null || value === '') return undefined;
    const date = typeof value === 'string' ? parseDateOrDateTime(value) : undefined;
    if (!date) this.wrong(key, { id: 'not-a-date', found: foundValue(value) });
    return date;
  }

  tags(): string[] {
    const value = this.data.tags;
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return value.split(',').map((t) => detach(t.trim())).filter(Boolean);
    if (Array.isArray(value) && value.every((t) => ['string', 'number', 'boolean'].includes(typeof t))) {
      return value.map((t) => detach(String(t).trim())).filter(Boolean);
    }
    this.wrong('tags', { id: 'tags-not-a-list', found: foundValue(value) });
    return [];
  }

  /** A list of names, or one name: an alias may hold a comma (`Acme, Inc.`), so text is never split. */
  aliases(): string[] {
    const value = this.data.aliases;
    if (value === undefined || value === null || value === '') return [];
    const items = Array.isArray(value) ? value : [value];
    if (items.every((a) => ['string', 'number', 'boolean'].includes(typeof a))) return items.map((a) => detach(String(a).trim())).filter(Boolean);
    this.wrong('aliases', { id: 'not-a-list', found: foundValue(value) });
    return [];
  }

  /**
   * A list of addresses, or one (several in one text split at commas, semicolons or spaces, as a mail
   * client copies them). An entry that is no address is reported and left out; the others still count.
   */
  emails(): string[] {
    const value = this.data.emails;
    if (value === undefined || value === null || value === '') return [];
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;\s]+/).filter(Boolean) : [value];
    if (!items.every((e) => ['string', 'number', 'boolean'].includes(typeof e))) {
      this.wrong('emails', { id: 'emails-not-a-list', found: foundValue(value) });
      return [];
    }
    const emails: string[] = [];
    for (const item of items) {
      const email = typeof item === 'string' ? emailAddress(item) : undefined;
      if (email) {
        if (!emails.includes(email)) emails.push(detach(email));
      } else this.wrong('emails', { id: 'not-an-email', found: foundValue(item) });
    }
    return emails;
  }

  status(): CustomerStatus {
    const value = this.data.status;
    if (value === undefined || value === null || value === '') return 'active';
    const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
    if (text && (STATUSES as readonly string[]).includes(text)) return text as CustomerStatus;
    this.wrong('status', { id: 'unknown-status', statuses: STATUSES, found: foundValue(value) });
    return 'active';
  }

  /** Every entry of `dates:` that is a day; each one that is not is a warning at the key's line. */
  dates(): ImportantDate[] {
    const { dates, problems } = readImportantDates(this.data.dates);
    for (const reason of problems) this.wrong('dates', reason);
    return dates;
  }

  timeGoal(): TimeGoal | undefined {
    const value = this.data.time_goal;
    if (value === undefined || value === null || value === '') return undefined;
    const goal = parseTimeGoal(value);
    if (!goal.ok) this.wrong('time_goal', goal.message);
    return goal.ok ? goal.goal : undefined;
  }
}
