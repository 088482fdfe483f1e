// Today's rows kept in step with the index (core/today/todayRows.ts, rowList.ts): after any sequence of
// changes the rows re-placed one by one are exactly those a full computation gives, in the same order
// (ties included), for every sort and with archived customers shown or hidden; and so is the account map.
import * as assert from 'node:assert/strict';
import { accountMap, type AccountMap, type NameResolver } from '../../src/core/accounts/accountMap';
import { CustomerIndex } from '../../src/core/index/customerIndex';
import { LinkResolver } from '../../src/core/mentions/linkResolver';
import { customerRows, SORT_BY_VALUES, type CustomerRow, type ListOptions } from '../../src/core/today/customerList';
import { TodayRows } from '../../src/core/today/todayRows';
import { addDays } from '../../src/core/time/dates';
import type { CustomerNote, CustomerStatus, LocalDate } from '../../src/core/model';
import { day, note } from './helpers';
import { prng, type Rng } from './prng';

const WS = 'file:///ws';
const TODAY = day(2026, 12, 1);
const FILES = ['acme', 'globex', 'hooli', 'initech', 'umbrella', 'soylent', 'laura', 'oliver', 'ingrid', 'dana', 'sam', 'kim'];
// Few names, so that rows tie on everything but the note's id.
const NAMES = ['Acme', 'Globex', 'Laura', 'acme', 'Ákme', 'Oliver'];
const STATUSES: readonly CustomerStatus[] = ['active', 'active', 'at-risk', 'dormant', 'archived'];

const idOf = (file: string) => `${WS}/customers/${file}.md`;
const fileOf = (id: string) => id.slice(`${WS}/customers/`.length, -'.md'.length);
/** A date near today, in the past or (now and then) the future. */
const near = (rng: Rng, spread = 40): LocalDate => addDays(TODAY, rng.int(spread) - spread + 5);

/** A customer as any note might be: the fields that decide its row, its account and how it is named. */
function randomNote(rng: Rng, id: string): CustomerNote {
  return note({
    id,
    name: rng.chance(0.5) ? rng.pick(NAMES) : fileOf(id),
    aliases: rng.chance(0.2) ? [rng.pick(NAMES)] : [],
    lastContacted: rng.chance(0.8) ? near(rng) : undefined,
    cadenceDays: rng.pick([7, 14, 30]),
    status: rng.pick(STATUSES),
    account: rng.chance(0.4) ? accountTarget(rng) : undefined,
    accountLine: 3,
    snoozeUntil: rng.chance(0.15) ? near(rng, 20) : undefined,
    nextContact: rng.chance(0.1) ? near(rng, 20) : undefined,
    entries: rng.chance(0.3) ? [{ date: near(rng), title: 'call', line: 9 }] : [],
    brokenReason: rng.chance(0.03) ? { id: 'front-matter-unclosed' } : undefined,
  });
}

/** An `account:` as written: a file name, a name or alias (perhaps of several), or nothing known. */
function accountTarget(rng: Rng): string {
  return rng.chance(0.6) ? rng.pick(FILES) : rng.chance(0.8) ? rng.pick(NAMES) : 'nobody';
}

/** One change of one note, as editing it would make. */
function changedNote(rng: Rng, before: CustomerNote): CustomerNote {
  switch (rng.int(9)) {
    case 0:
      return { ...before, lastContacted: rng.chance(0.9) ? near(rng) : undefined };
    case 1:
      return { ...before, cadenceDays: rng.pick([3, 7, 14, 30, 90]) };
    case 2:
      return { ...before, status: before.status === 'archived' ? rng.pick(['active', 'at-risk'] as const) : 'archived' };
    case 3:
      return { ...before, account: rng.chance(0.7) ? accountTarget(rng) : undefined };
    case 4:
      return { ...before, snoozeUntil: rng.chance(0.7) ? near(rng, 20) : undefined };
    case 5:
      return { ...before, name: rng.pick(NAMES) };
    case 6:
      return { ...before, aliases: rng.chance(0.5) ? [rng.pick(NAMES)] : [] };
    case 7:
      return { ...before, accountLine: rng.int(6) };
    default:
      return { ...before, entries: [...before.entries, { date: near(rng), title: 'meeting', line: 12 }] };
  }
}

/** The rows as a reader sees them: which note, its summary and description, in order. */
const shape = (rows: readonly CustomerRow[]) => rows.map((r) => ({ id: r.note.id, summary: r.summary, description: r.description }));

function sameAccounts(incremental: AccountMap, full: AccountMap, ids: readonly string[], what: string): void {
  for (const id of ids) {
    assert.equal(incremental.accountOf(id), full.accountOf(id), `${what}: account of ${id}`);
    assert.deepEqual(incremental.peopleOf(id), full.peopleOf(id), `${what}: people of ${id}`);
    assert.deepEqual(incremental.problemsOf(id), full.problemsOf(id), `${what}: problems of ${id}`);
  }
  assert.deepEqual([...incremental.withProblems].sort(), [...full.withProblems].sort(), `${what}: notes with problems`);
}

describe('todayRows: rows re-placed after each change equal a full computation', () => {
  const OPTIONS: ListOptions[] = SORT_BY_VALUES.flatMap((sortBy) => [false, true].map((showArchived) => ({ sortBy, showArchived, dueSoonDays: 3 })));

  for (let seed = 1; seed <= 100; seed++) {
    it(`seed ${seed}`, () => {
      const rng = prng(seed);
      const index = new CustomerIndex();
      // Names are matched as the mentions' resolver does, made again when the customers change (as it is).
      let resolver = new LinkResolver([], () => WS, { hasTitle: () => false, hasPath: () => false });
      const resolve: NameResolver = (target, fromId) => resolver.resolve({ target, kind: 'name', line: 0, column: 0, length: 0 }, fromId);
      const lists: TodayRows[] = [];
      index.onDidChange((ids) => {
        resolver = new LinkResolver(index.all(), () => WS, { hasTitle: () => false, hasPath: () => false });
        for (const list of lists) list.changed(ids);
      });
      index.batch(() => {
        for (const file of FILES.slice(0, 4 + rng.int(FILES.length - 4))) index.set(randomNote(rng, idOf(file)));
      });
      lists.push(...OPTIONS.map((options) => new TodayRows(index, TODAY, options, resolve)));

      for (let step = 0; step < 50; step++) {
        // A burst of changes, announced at once; now and then many (computed again in full).
        const burst = rng.chance(0.05) ? 20 : 1 + rng.int(rng.chance(0.2) ? 4 : 1);
        const done: string[] = [];
        index.batch(() => {
          for (let i = 0; i < burst; i++) {
            const id = idOf(rng.pick(FILES));
            const before = index.get(id);
            if (!before) {
              index.set(randomNote(rng, id));
              done.push(`add ${fileOf(id)}`);
            } else if (rng.chance(0.1)) {
              index.delete(id);
              done.push(`delete ${fileOf(id)}`);
            } else if (rng.chance(0.1)) {
              index.setMentions([[id, rng.chance(0.8) ? [{ noteId: `${WS}/meetings/m.md`, noteTitle: 'm', line: 3, date: near(rng) }] : []]]);
              done.push(`mentions of ${fileOf(id)}`);
            } else {
              index.set(changedNote(rng, before));
              done.push(`change ${fileOf(id)}`);
            }
          }
        });
        // Read only now and then: changes not yet read pile up and are applied together.
        if (rng.chance(0.3) && step < 49) continue;
        const notes = index.all();
        const full = accountMap(notes, resolve);
        const what = `seed ${seed}, step ${step} (${done.join(', ')})`;
        lists.forEach((list, i) => {
          const options = OPTIONS[i];
          const label = `${what}, ${options.sortBy}${options.showArchived ? ' with archived' : ''}`;
          const rows = list.rows();
          assert.deepEqual(shape(rows), shape(customerRows(notes, TODAY, options, full)), label);
          for (const row of rows) assert.equal(row.note, index.get(row.note.id), `${label}: the index's note`);
          assert.deepEqual(shape(list.urgentRows()), shape(customerRows(notes, TODAY, { ...options, sortBy: 'overdue', showArchived: false }, full)), `${label}: urgent`);
          for (const file of FILES) assert.equal(list.row(idOf(file)), rows.find((r) => r.note.id === idOf(file)), `${label}: row of ${file}`);
          sameAccounts(list.accounts(), full, FILES.map(idOf), label);
        });
      }
    });
  }

  it('hands out a new array after a change and leaves the one handed out as it was', () => {
    const index = new CustomerIndex();
    index.set(note({ id: idOf('acme'), name: 'Acme', lastContacted: day(2026, 11, 1) }));
    index.set(note({ id: idOf('globex'), name: 'Globex', lastContacted: day(2026, 11, 20) }));
    const list = new TodayRows(index, TODAY, { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 }, () => ({ kind: 'missing' }));
    index.onDidChange((ids) => list.changed(ids));
    const before = list.rows();
    assert.deepEqual(before.map((r) => r.note.name), ['Acme', 'Globex']);
    index.set(note({ id: idOf('globex'), name: 'Globex', lastContacted: day(2026, 10, 1) }));
    assert.deepEqual(list.rows().map((r) => r.note.name), ['Globex', 'Acme']);
    assert.deepEqual(before.map((r) => r.note.name), ['Acme', 'Globex']);
  });
});
