// Small builders shared by the unit tests of src/core.
import * as assert from 'node:assert/strict';
import { type CustomerNote, type LocalDate, type Message, type TextEdit } from '../../src/core/model';

/** What a note says, getters asked (lines placed later included), absent and undefined alike: what any reader of it sees. */
export function said(note: object): unknown {
  return JSON.parse(JSON.stringify(note));
}

/** A LocalDate from numbers: `day(2026, 11, 20)`. */
export function day(year: number, month: number, dayOfMonth: number): LocalDate {
  return { year, month, day: dayOfMonth };
}

/** A customer note with sensible defaults; override any field. */
export function note(overrides: Partial<CustomerNote> & { id?: string } = {}): CustomerNote {
  const id = overrides.id ?? `file:///ws/customers/${(overrides.name ?? 'acme').toLowerCase().replace(/\W+/g, '-')}.md`;
  return {
    id,
    name: 'Acme',
    nameSource: 'front matter',
    tags: [],
    aliases: [],
    emails: [],
    dates: [],
    mentions: [],
    cadenceDays: 14,
    cadenceFromNote: true,
    status: 'active',
    entries: [],
    habits: [],
    commitments: [],
    register: [],
    closeness: [],
    problems: [],
    ...overrides,
  };
}

/** Applies non-overlapping edits, from the last offset to the first, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Lines joined with `\n` (or another line break): keeps expected notes readable. */
export function lines(parts: readonly string[], eol = '\n'): string {
  return parts.join(eol);
}

/** The YAML parser's own reason in a message that says the front matter is not valid YAML. */
export function yamlReason(message: Message | undefined): string {
  assert.equal(message?.id, 'yaml-invalid', JSON.stringify(message));
  return (message as Extract<Message, { id: 'yaml-invalid' }>).reason;
}

/** A note's text with the cursor written as `¦`: the text without the mark, and the offset where it was. */
export function marked(text: string): { text: string; offset: number } {
  const offset = text.indexOf('¦');
  assert.ok(offset !== -1 && text.indexOf('¦', offset + 1) === -1, 'one cursor mark');
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}
