// Property test of the front matter editor: random valid notes, random keys (present or not) and values.
// Set FUZZ_SEED to replay a run, FUZZ_CASES to run more cases.
import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { findFrontMatter } from '../../src/core/frontMatter/block';
import { applyEdit } from '../../src/core/editing/editResult';
import { setFrontMatterValue } from '../../src/core/frontMatter/edit';
import { readFrontMatter } from '../../src/core/frontMatter/read';
import { prng, type Rng } from './prng';

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const CASES = Number(process.env.FUZZ_CASES ?? 500);


const KEYS = ['name', 'organization', 'owner', 'segment', 'tags', 'cadence', 'last_contacted', 'next_contact', 'status', 'time_goal', 'notes', 'ключ', 'emoji_🚀', 'two words'];
const PLAIN = ['Acme Logistics', '2026-11-20', '2026-11-20T09:30:00+02:00', '14', '2w', 'at-risk', 'Dana (infrastructure)', 'café ☕ 🚀', 'true', '~', 'null', '3.5', 'a#b', 'x:y'];
const CHARS = ['a', 'Z', ' ', '"', "'", '\\', '#', ': ', ' #', '-', '☕', '🚀', 'é', '{', ']', ',', '2026-11-20'];
const VALUES = ['2026-11-29', '2026-01-01', '2026-11-29', 'a: b', '# x', '- x', "it's", 'say "hi"', 'back\\slash', 'multi\nline', '', 'null', 'true', '14', '2w',
  'café ☕ 🚀', ' lead', 'trail ', 'x #y', '[x]', '{y}', '@', '`', '%p', '!t', '&a', '*a', '|', '>', '?', ':', '-', 'tab\tin', 'Dana (infra)'];

/** What a written value must read back as: integers and booleans stay plain data, everything else is text. */
function expectedData(value: string): unknown {
  if (/^(0|-?[1-9]\d*)$/.test(value)) return Number(value);
  return value === 'true' ? true : value === 'false' ? false : value;
}

function randomText(rng: Rng): string {
  let s = '';
  for (let n = 1 + rng.int(5); n > 0; n--) s += rng.pick(CHARS);
  return s;
}

interface Note {
  text: string;
  /** Per key: the region an edit of that key may touch (from just after `key:` to the end of its value). */
  regions: Map<string, [number, number]>;
  /** Keys whose value was quoted: the editor keeps the quotes, so the new value reads back as text. */
  quoted: Set<string>;
  /** Where a missing key must be inserted. */
  insertAt: number;
}

function randomNote(rng: Rng): Note {
  const eol = rng.chance(0.3) ? '\r\n' : '\n';
  let out = rng.chance(0.2) ? '\ufeff' : '';
  const regions = new Map<string, [number, number]>();
  const quoted = new Set<string>();
  const comment = () => (rng.chance(0.4) ? `${' '.repeat(1 + rng.int(3))}# ${rng.pick(['why', 'note: x', '#', '"q'])}` : '');
  const withFrontMatter = rng.chance(0.9);
  let insertAt = out.length;
  if (withFrontMatter) {
    out += rng.pick(['---', '---', '---yaml', '--- ']) + eol;
    const keys = KEYS.filter(() => rng.chance(0.5));
    for (const key of keys) {
      if (rng.chance(0.2)) out += `# ${rng.pick(['comment', 'last_contacted: 1999-01-01', ''])}${eol}`;
      if (rng.chance(0.15)) out += eol;
      out += rng.chance(0.1) ? `"${key}":` : `${key}:`;
      const start = out.length;
      const kind = rng.pick([0, 1, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9]); // empty values (5) are the trickiest: more of them
      const indent = '  ';
      if (kind <= 2) out += ` ${rng.pick(PLAIN)}`;
      else if (kind === 3) out += ` "${randomText(rng).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
      else if (kind === 4) out += ` '${randomText(rng).replace(/'/g, "''")}'`;
      else if (kind === 5) out += rng.pick(['', ' ~', ' ']);
      else if (kind === 6) out += ` [${rng.pick(['a, b', '', '"c d", 2026-01-01', 'x'])}]`;
      else if (kind === 7) out += `${eol}${indent}- a${eol}${indent}- "b # c"`;
      else if (kind === 8) out += `${eol}${indent}x: 1${eol}${indent}y: 'z' # in${eol}${indent}nested:${eol}${indent}${indent}- deep`;
      else out += ` ${rng.pick(['|', '>-', '|-'])}${eol}${indent}line one${eol}${indent}line: two`;
      if (kind === 3 || kind === 4) quoted.add(key);
      const trailing = kind <= 6 && !out.endsWith(' ') ? comment() : '';
      // The spaces before a trailing comment belong to the value's region: an empty value is written there.
      regions.set(key, [start, out.length + trailing.length - trailing.trimStart().length]);
      out += trailing + eol;
    }
    if (rng.chance(0.2)) out += `# trailing comment${eol}`;
    insertAt = out.length;
    out += '---';
    if (rng.chance(0.9)) out += eol;
  }
  if (!withFrontMatter || out.endsWith(eol)) {
    const body = ['# Acme', '', '---', 'last_contacted: 1999-01-01', '- [ ] send the roadmap', 'text: with colon'].filter(() => rng.chance(0.5));
    if (!withFrontMatter && body[0] === '---') body.unshift('# Title');
    out += body.join(eol) + (rng.chance(0.5) ? eol : '');
  }
  return { text: out, regions, quoted, insertAt };
}

function frontMatterData(text: string): Record<string, unknown> {
  const fence = findFrontMatter(text);
  if (fence.kind === 'none') return {};
  assert.equal(fence.kind, 'block');
  if (fence.kind !== 'block') return {};
  const doc = parseDocument(text.slice(fence.contentStart, fence.contentEnd));
  assert.deepEqual(doc.errors, []);
  return (doc.toJS() ?? {}) as Record<string, unknown>;
}

describe('setFrontMatterValue (property test)', () => {
  it(`keeps every other byte and value over ${CASES} random notes (seed ${BASE_SEED})`, function () {
    this.timeout(30_000 + CASES * 20); // about 2 ms a case; generous for slow CI machines
    for (let i = 0; i < CASES; i++) {
      const seed = BASE_SEED + i;
      const rng = prng(seed);
      const note = randomNote(rng);
      const present = [...note.regions.keys()];
      const key = present.length && rng.chance(0.7) ? rng.pick(present) : rng.pick(KEYS);
      const value = rng.pick(VALUES);
      const context = `seed ${seed} (FUZZ_SEED=${seed} FUZZ_CASES=1): key ${JSON.stringify(key)} value ${JSON.stringify(value)} in ${JSON.stringify(note.text)}`;
      try {
        const result = setFrontMatterValue(note.text, key, value);
        if (!result.ok) assert.fail(`refused: ${JSON.stringify(result.message)}`);
        const { edit } = result;
        const after = applyEdit(note.text, edit);

        // (a) the data is the original with only `key` changed, for the editor's parser and the reader's.
        const data = note.quoted.has(key) ? value : expectedData(value);
        const expected = { ...frontMatterData(note.text), [key]: data };
        assert.deepEqual(frontMatterData(after), expected);
        const read = readFrontMatter(after);
        assert.ok(read.ok, 'the reader accepts the result');
        assert.deepEqual(read.value.data[key], data);

        // (b) bytes outside the edit are unchanged, and the edit stays inside the key's value (or is an insertion).
        assert.equal(after.slice(0, edit.start), note.text.slice(0, edit.start));
        assert.equal(after.slice(edit.start + edit.text.length), note.text.slice(edit.end));
        const region = note.regions.get(key);
        if (region) {
          assert.ok(edit.start >= region[0] && edit.end <= region[1], `edit ${edit.start}-${edit.end} outside value ${region}`);
        } else {
          assert.equal(edit.start, edit.end, 'a missing key is an insertion');
          assert.equal(edit.start, note.insertAt);
        }

        // (c) doing it again changes nothing.
        const again = setFrontMatterValue(after, key, value);
        if (!again.ok) assert.fail(`second run refused: ${JSON.stringify(again.message)}`);
        assert.equal(applyEdit(after, again.edit), after);
      } catch (error) {
        (error as Error).message = `${context}\n${(error as Error).message}`;
        throw error;
      }
    }
  });
});
