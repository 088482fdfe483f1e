// A customer note as the index cache keeps it: its own parse, never the mentions other notes make of it
// (those are joined again from the linking notes' cache). Short keys, absent when empty; the lists the
// body pass fills as flat tuples; days as numbers (20261120); the lines of `account` and `last_contacted`
// as numbers (where only a parse of the YAML can tell them, it is done when the note is written here, in
// the background, rather than kept for later). `decode` checks every value and gives the note parse gave,
// every key present (undefined when absent) so that all notes read back share one shape.
import { dayNumber, isValidDate } from '../../time/dates';
import { HABITS, STATUSES, type ClosenessPoint, type Commitment, type CustomerNote, type HabitMark, type ImportantDate, type LogEntry, type MisspeltKey, type NoteProblem, type ProblemCode, type RegisterItem, type TimeGoal } from '../../model';
import type { NoteCodec } from '../noteKind';
import { noteProblemMessage } from './messageShape';
import { type Days, oneOf, optionalText, optionalWhole, plainRecords, record, records, text, texts, tuples, whole, wrong } from './shapes';

const KEYS: ReadonlySet<string> = new Set([
  'n', 's', 't', 'role', 'acct', 'org', 'own', 'seg', 'asp', 'tag', 'aka', 'mail', 'cd', 'cn', 'lc', 'nc', 'su',
  'dt', 'st', 'goal', 'p', 'mk', 'br', 'e', 'h', 'c', 'r', 'k', 'al', 'll',
]);
const NAME_SOURCES = { h: 'heading', f: 'file name' } as const;
const PER: readonly TimeGoal['per'][] = ['week', 'month'];
const KINDS: readonly RegisterItem['kind'][] = ['opportunity', 'risk'];
const SEVERITIES: readonly NoteProblem['severity'][] = ['error', 'warning'];
const CODES: readonly ProblemCode[] = ['unreadable', 'bad-value', 'future-date', 'account'];
const PROBLEM_KEYS: ReadonlySet<string> = new Set(['message', 'line', 'column', 'severity', 'code', 'key']);
const MISSPELT_KEYS: ReadonlySet<string> = new Set(['key', 'meant', 'line', 'column', 'length']);
const DATE_KEYS: ReadonlySet<string> = new Set(['label', 'month', 'day', 'year', 'yearly']);
const NONE: readonly never[] = Object.freeze([]);

export const customerCodec: NoteCodec<CustomerNote> = { encode, decode };

function encode(note: CustomerNote): unknown {
  const o: Record<string, unknown> = { n: note.name, cd: note.cadenceDays };
  if (note.nameSource !== 'front matter') o.s = note.nameSource === 'heading' ? 'h' : 'f';
  put(o, 't', note.title);
  put(o, 'role', note.role);
  put(o, 'acct', note.account);
  put(o, 'org', note.organization);
  put(o, 'own', note.owner);
  put(o, 'seg', note.segment);
  put(o, 'asp', note.aspirations);
  if (note.tags.length) o.tag = note.tags;
  if (note.aliases.length) o.aka = note.aliases;
  if (note.emails.length) o.mail = note.emails;
  if (note.cadenceFromNote) o.cn = 1;
  if (note.lastContacted) o.lc = dayNumber(note.lastContacted);
  if (note.nextContact) o.nc = dayNumber(note.nextContact);
  if (note.snoozeUntil) o.su = dayNumber(note.snoozeUntil);
  // The rare parts are written as they are, once they pass the very checks that read them back: a note
  // whose data the cache could not read back is never written (it is read from its file next time).
  if (note.dates.length) o.dt = importantDates(note.dates);
  if (note.status !== 'active') o.st = note.status;
  if (note.timeGoal) o.goal = [note.timeGoal.minutes, note.timeGoal.per];
  if (note.problems.length) o.p = problems(note.problems);
  if (note.misspeltKeys?.length) o.mk = misspeltKeys(note.misspeltKeys);
  if (note.brokenReason) o.br = noteProblemMessage(note.brokenReason, 'brokenReason');
  if (note.entries.length) o.e = note.entries.flatMap((e) => [dayNumber(e.date), e.title, e.line, e.minutes ?? -1]);
  if (note.habits.length) o.h = note.habits.flatMap((m) => [m.habit, m.date ? dayNumber(m.date) : 0, m.line]);
  if (note.commitments.length) o.c = note.commitments.flatMap((c) => [c.text, c.done ? 1 : 0, c.due ? dayNumber(c.due) : 0, c.line]);
  if (note.register.length) o.r = note.register.flatMap((r) => [r.kind, r.text, r.touched ? dayNumber(r.touched) : 0, r.line]);
  if (note.closeness.length) o.k = note.closeness.flatMap((c) => [dayNumber(c.date), c.value, c.line]);
  put(o, 'al', note.accountLine);
  put(o, 'll', note.lastContactedLine);
  return o;
}

function put(o: Record<string, unknown>, key: string, value: string | number | undefined): void {
  if (value !== undefined) o[key] = value;
}

function decode(id: string, data: unknown, days: Days): CustomerNote {
  const o = record(data, KEYS, 'customer note');
  const account = optionalText(o.acct, 'account');
  const lastContacted = o.lc === undefined ? undefined : days.of(o.lc, 'last_contacted');
  const accountLine = optionalWhole(o.al, 'accountLine');
  const lastContactedLine = optionalWhole(o.ll, 'lastContactedLine');
  const aspirations = optionalText(o.asp, 'aspirations');
  const misspelt = o.mk === undefined ? undefined : misspeltKeys(o.mk);
  const brokenReason = o.br === undefined ? undefined : noteProblemMessage(o.br, 'brokenReason');
  return {
    title: optionalText(o.t, 'title'),
    entries: o.e === undefined ? NONE : entries(o.e, days),
    habits: o.h === undefined ? NONE : habits(o.h, days),
    commitments: o.c === undefined ? NONE : commitments(o.c, days),
    register: o.r === undefined ? NONE : register(o.r, days),
    closeness: o.k === undefined ? NONE : closeness(o.k, days),
    aspirations,
    id,
    name: text(o.n, 'name'),
    nameSource: o.s === undefined ? 'front matter' : NAME_SOURCES[oneOf(o.s, ['h', 'f'], 'nameSource')],
    role: optionalText(o.role, 'role'),
    account,
    accountLine,
    organization: optionalText(o.org, 'organization'),
    owner: optionalText(o.own, 'owner'),
    segment: optionalText(o.seg, 'segment'),
    tags: o.tag === undefined ? NONE : texts(o.tag, 'tags'),
    aliases: o.aka === undefined ? NONE : texts(o.aka, 'aliases'),
    emails: o.mail === undefined ? NONE : texts(o.mail, 'emails'),
    mentions: NONE,
    cadenceDays: whole(o.cd, 'cadenceDays'),
    cadenceFromNote: o.cn === undefined ? false : o.cn === 1 || wrong('cadenceFromNote'),
    lastContacted,
    lastContactedLine,
    nextContact: o.nc === undefined ? undefined : days.of(o.nc, 'next_contact'),
    snoozeUntil: o.su === undefined ? undefined : days.of(o.su, 'snooze_until'),
    dates: o.dt === undefined ? NONE : importantDates(o.dt),
    status: o.st === undefined ? 'active' : oneOf(o.st, STATUSES, 'status'),
    timeGoal: o.goal === undefined ? undefined : timeGoal(o.goal),
    problems: o.p === undefined ? NONE : problems(o.p),
    misspeltKeys: misspelt,
    brokenReason,
  };
}


function entries(value: unknown, days: Days): LogEntry[] {
  return records(value, 4, 'entries', (t, i) => ({
    date: days.of(t[i], 'entry date'), title: text(t[i + 1], 'entry title'), line: whole(t[i + 2], 'entry line'),
    minutes: t[i + 3] === -1 ? undefined : whole(t[i + 3], 'entry minutes'),
  }));
}

function habits(value: unknown, days: Days): HabitMark[] {
  return records(value, 3, 'habits', (t, i) => ({ habit: oneOf(t[i], HABITS, 'habit'), date: days.optional(t[i + 1], 'habit date'), line: whole(t[i + 2], 'habit line') }));
}

function commitments(value: unknown, days: Days): Commitment[] {
  return records(value, 4, 'commitments', (t, i) => ({
    text: text(t[i], 'commitment'), done: flag(t[i + 1], 'done'), due: days.optional(t[i + 2], 'due'), line: whole(t[i + 3], 'commitment line'),
  }));
}

function register(value: unknown, days: Days): RegisterItem[] {
  return records(value, 4, 'register', (t, i) => ({
    kind: oneOf(t[i], KINDS, 'register kind'), text: text(t[i + 1], 'register item'), touched: days.optional(t[i + 2], 'touched'), line: whole(t[i + 3], 'register line'),
  }));
}

function closeness(value: unknown, days: Days): ClosenessPoint[] {
  return records(value, 3, 'closeness', (t, i) => ({ date: days.of(t[i], 'closeness date'), value: whole(t[i + 1], 'closeness'), line: whole(t[i + 2], 'closeness line') }));
}

function importantDates(value: unknown): ImportantDate[] {
  return plainRecords<ImportantDate>(value, DATE_KEYS, 'date', (r) => {
    text(r.label, 'date label');
    // A yearly day may be 02-29: any leap year holds it.
    if (!isValidDate(optionalWhole(r.year, 'date year') ?? 2000, whole(r.month, 'date month'), whole(r.day, 'date day'))) wrong('date');
    if (typeof r.yearly !== 'boolean') wrong('date yearly');
  });
}

function timeGoal(value: unknown): TimeGoal {
  const [minutes, per] = tuples(value, 2, 'time_goal');
  return { minutes: whole(minutes, 'time_goal minutes'), per: oneOf(per, PER, 'time_goal per') };
}

function problems(value: unknown): NoteProblem[] {
  return plainRecords<NoteProblem>(value, PROBLEM_KEYS, 'problem', (r) => {
    noteProblemMessage(r.message, 'problem');
    whole(r.line, 'problem line');
    whole(r.column, 'problem column');
    oneOf(r.severity, SEVERITIES, 'problem severity');
    if (r.code !== undefined) oneOf(r.code, CODES, 'problem code');
    optionalText(r.key, 'problem key');
  });
}

function misspeltKeys(value: unknown): MisspeltKey[] {
  return plainRecords<MisspeltKey>(value, MISSPELT_KEYS, 'misspelt key', (r) => {
    text(r.key, 'misspelt key');
    text(r.meant, 'misspelt key meant');
    for (const key of ['line', 'column', 'length'] as const) whole(r[key], `misspelt key ${key}`);
  });
}

function flag(value: unknown, what: string): boolean {
  return value === 1 ? true : value === 0 ? false : wrong(what);
}
