// The messages a customer note's own problems can hold, checked field by field when read back from the
// index cache: the words layer builds sentences from them, so each must be exactly what the reader wrote.
// The tables are typed against the model, so a message added there fails to compile until it is here.
import { STATUSES, type CadenceMessage, type CustomerNoteMessage, type FieldMessage, type FileMessage, type FoundValue, type FrontMatterReadMessage, type LoaderMessage } from '../../model';
import { oneOf, optionalText, record, text, whole, wrong } from './shapes';

/** Every message that reading a customer note can put in its problems. */
export type NoteProblemMessage = CadenceMessage | CustomerNoteMessage | LoaderMessage | FrontMatterReadMessage;

type Check = (value: unknown, what: string) => unknown;
/** A check for every field but `id` of every message of the union `M`, by id. */
type Shapes<M extends { readonly id: string }> = { readonly [I in M['id']]: { readonly [K in Exclude<keyof Extract<M, { readonly id: I }>, 'id'>]-?: Check } };

const FOUND_KINDS: ReadonlySet<string> = new Set(['null', 'list', 'date', 'mapping']);
const FOUND_KEYS: ReadonlySet<string> = new Set(['kind', 'type', 'json']);

function found(value: unknown, what: string): FoundValue {
  const v = record(value, FOUND_KEYS, what);
  if (v.kind === 'scalar') {
    text(v.type, what);
    text(v.json, what);
  } else if (!FOUND_KINDS.has(v.kind as string) || v.type !== undefined || v.json !== undefined) wrong(what);
  return v as unknown as FoundValue;
}

function statuses(value: unknown, what: string): unknown {
  return Array.isArray(value) && value.every((s) => oneOf(s, STATUSES, what)) ? value : wrong(what);
}

/** A check of a message of one of the ids of `shapes`, with exactly the fields its id has. */
function messageOf<M extends { readonly id: string }>(shapes: Shapes<M>): (value: unknown, what: string) => M {
  const byId = new Map<string, { keys: ReadonlySet<string>; checks: Array<[string, Check]> }>(
    Object.entries<Record<string, Check>>(shapes).map(([id, fields]) => [id, { keys: new Set(['id', ...Object.keys(fields)]), checks: Object.entries(fields) }]),
  );
  return (value, what) => {
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
    const shape = typeof id === 'string' ? byId.get(id) : undefined;
    if (!shape) return wrong(`${what}: message ${JSON.stringify(id)}`);
    const v = record(value, shape.keys, what);
    for (const [key, check] of shape.checks) check(v[key], `${what}: ${id}.${key}`);
    return v as unknown as M;
  };
}

const fieldMessage = messageOf<FieldMessage>({
  'not-text': { found },
  'not-a-date': { found },
  'tags-not-a-list': { found },
  'not-a-list': { found },
  'emails-not-a-list': { found },
  'not-an-email': { found },
  'unknown-status': { statuses, found },
  'time-goal-unreadable': { found },
  'dates-not-a-mapping': { found },
  'date-not-a-day': { label: text, found },
});

const fileMessage = messageOf<FileMessage>({
  'file-binary': {},
  'file-not-utf8': {},
  'file-too-large': { bytes: whole, limitBytes: whole },
});

export const noteProblemMessage = messageOf<NoteProblemMessage>({
  'cadence-not-text': { found },
  'cadence-unreadable': { value: text },
  'cadence-fraction': { value: text },
  'cadence-too-short': { value: text },
  'cadence-too-long': { value: text },
  'bad-value': { key: text, reason: fieldMessage },
  skipped: { reason: fileMessage },
  'front-matter-not-yaml': { language: text },
  'front-matter-unclosed': {},
  'front-matter-too-deep': {},
  'front-matter-not-a-mapping': {},
  'yaml-invalid': { reason: text, key: optionalText },
});
