import * as assert from 'node:assert/strict';
import { fixableProblems, type FixCode } from '../../src/core/editorHelp/quickFixes';
import type { QuickFix } from '../../src/core/editorHelp/quickFix';
import { applyEdit } from '../../src/core/editing/editResult';
import { readFrontMatter } from '../../src/core/frontMatter/read';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { problemsOn } from '../../src/core/today/datedProblems';
import { day, lines } from './helpers';

const TODAY = day(2026, 11, 20);

/** The fixes of the one problem of `code` (on `line` when given) in the note `text`. */
function fixesOf(text: string, code: FixCode, line?: number): QuickFix[] {
  const found = fixableProblems(text, TODAY).filter((p) => p.code === code && (line === undefined || p.line === line));
  assert.equal(found.length, 1, `one ${code} problem: ${JSON.stringify(fixableProblems(text, TODAY).map((p) => [p.code, p.line, p.message]))}`);
  return found[0].fixes();
}

const titles = (fixes: readonly QuickFix[]) => fixes.map((f) => ('value' in f.title ? f.title.value : f.title.id));
const preferred = (fixes: readonly QuickFix[]) => titles(fixes.filter((f) => f.preferred));
const applied = (text: string, fix: QuickFix) => applyEdit(text, fix.edit);

/** The front matter the edited note reads as; fails when it cannot be read. */
function dataOf(text: string): Readonly<Record<string, unknown>> {
  const read = readFrontMatter(text);
  assert.ok(read.ok, JSON.stringify(!read.ok && read.problem));
  return read.value.data;
}

/** The problems the edited note still has on TODAY, hints included. */
function problemsLeft(text: string): string[] {
  const note = parseCustomerNote('file:///ws/customers/a.md', 'a.md', text, { defaultCadenceDays: 14 });
  return [...problemsOn(note, TODAY).map((p) => p.message.id), ...(note.misspeltKeys ?? []).map(() => 'misspelt-key')];
}

const note = (...frontMatter: string[]) => lines(['---', ...frontMatter, '---', '# Acme', '', '### 2026-11-02 Call', '']);

describe('quick fixes: an impossible date', () => {
  it('offers the last day of the month (preferred), then today', () => {
    const text = note('name: Acme', 'last_contacted: 2026-02-30', 'status: active');
    const fixes = fixesOf(text, 'bad-value', 2);
    assert.deepEqual(titles(fixes), ['2026-02-28', '2026-11-20']);
    assert.deepEqual(fixes.map((f) => f.title.id), ['set-nearest-date', 'set-today']);
    assert.deepEqual(preferred(fixes), ['2026-02-28']);
    const fixed = applied(text, fixes[0]);
    assert.equal(fixed, text.replace('2026-02-30', '2026-02-28'));
    assert.deepEqual(problemsLeft(fixed), []);
    assert.equal(dataOf(applied(text, fixes[1])).last_contacted, '2026-11-20');
  });

  it('brings a month past 12 back to December of that year, and day 31 of a 30-day month to the 30th', () => {
    assert.deepEqual(titles(fixesOf(note('next_contact: 2026-13-01'), 'bad-value')), ['2026-12-01', '2026-11-20']);
    assert.deepEqual(titles(fixesOf(note('last_contacted: 2026-11-31'), 'bad-value')), ['2026-11-20'], 'the 30th is after today: today only');
    assert.deepEqual(titles(fixesOf(note('last_contacted: 2026-09-31'), 'bad-value')), ['2026-09-30', '2026-11-20']);
    assert.deepEqual(titles(fixesOf(note('last_contacted: 2024-02-30'), 'bad-value')), ['2024-02-29', '2026-11-20'], 'a leap year');
    assert.deepEqual(titles(fixesOf(note('last_contacted: 2026-00-00'), 'bad-value')), ['2026-01-01', '2026-11-20']);
    assert.deepEqual(titles(fixesOf(note('last_contacted: 2026-2-3'), 'bad-value')), ['2026-02-03', '2026-11-20'], 'digits padded');
  });

  it('never sets last_contacted after today, but plans a next_contact on any real day', () => {
    assert.deepEqual(titles(fixesOf(note('last_contacted: 2026-12-32'), 'bad-value')), ['2026-11-20']);
    assert.deepEqual(titles(fixesOf(note('next_contact: 2026-12-32'), 'bad-value')), ['2026-12-31', '2026-11-20']);
  });

  it('prefers today when it is the nearest real date', () => {
    const fixes = fixesOf(note('next_contact: 2026-11-20T25:00'), 'bad-value');
    assert.deepEqual(titles(fixes), ['2026-11-20']);
    assert.deepEqual(preferred(fixes), ['2026-11-20']);
  });

  it('offers only today, not preferred, for a value that is no date at all', () => {
    for (const value of ['soon', '20261120', '[2026-11-02]', '"next week"']) {
      const fixes = fixesOf(note(`last_contacted: ${value}`), 'bad-value');
      assert.deepEqual(titles(fixes), ['2026-11-20'], value);
      assert.deepEqual(preferred(fixes), [], value);
    }
  });

  it('keeps quotes, a comment, CRLF and a BOM, and reads back as the date meant', () => {
    const text = '\uFEFF---\r\nname: Acme # n\r\nlast_contacted: "2026-02-30"   # from the call\r\n---\r\nbody\r\n';
    const [nearest] = fixesOf(text, 'bad-value', 2);
    const fixed = applied(text, nearest);
    assert.equal(fixed, '\uFEFF---\r\nname: Acme # n\r\nlast_contacted: "2026-02-28"   # from the call\r\n---\r\nbody\r\n');
    assert.equal(dataOf(fixed).last_contacted, '2026-02-28');
    assert.equal(applied("---\nlast_contacted: '2026-02-30'\n---\n", fixesOf("---\nlast_contacted: '2026-02-30'\n---\n", 'bad-value')[0]), "---\nlast_contacted: '2026-02-28'\n---\n");
  });

  it('fixes a date in a flow mapping in place', () => {
    const text = '---\n{name: Acme, last_contacted: 2026-02-30, status: active}\n---\n';
    const fixed = applied(text, fixesOf(text, 'bad-value')[0]);
    assert.equal(fixed, '---\n{name: Acme, last_contacted: 2026-02-28, status: active}\n---\n');
    assert.deepEqual(problemsLeft(fixed), []);
  });
});

describe('quick fixes: an unknown status', () => {
  it('offers every valid status, the nearest spelling first and preferred', () => {
    const text = note('name: Acme', 'status: actve # typo');
    const fixes = fixesOf(text, 'bad-value');
    assert.deepEqual(titles(fixes).sort(), ['active', 'archived', 'at-risk', 'dormant']);
    assert.equal(titles(fixes)[0], 'active');
    assert.deepEqual(preferred(fixes), ['active']);
    const fixed = applied(text, fixes[0]);
    assert.equal(fixed, text.replace('actve', 'active'));
    assert.equal(dataOf(fixed).status, 'active');
    assert.deepEqual(problemsLeft(fixed), []);
  });

  it('knows a word for a state and a spelling with a space, and prefers none for a word unlike any', () => {
    assert.deepEqual(preferred(fixesOf(note('status: at risk'), 'bad-value')), ['at-risk']);
    assert.deepEqual(preferred(fixesOf(note('status: inactive'), 'bad-value')), ['dormant']);
    assert.deepEqual(preferred(fixesOf(note('status: Archive'), 'bad-value')), ['archived']);
    const unlike = fixesOf(note('status: pending-review'), 'bad-value');
    assert.equal(unlike.length, 4);
    assert.deepEqual(preferred(unlike), []);
    assert.deepEqual(titles(fixesOf(note('status: 3'), 'bad-value')), ['active', 'at-risk', 'dormant', 'archived']);
  });

  it('keeps double quotes and CRLF, and replaces a list by the plain value', () => {
    const text = '---\r\nstatus: "Dormnat"\r\n---\r\n';
    assert.equal(applied(text, fixesOf(text, 'bad-value')[0]), '---\r\nstatus: "dormant"\r\n---\r\n');
    const list = '---\nstatus: [active, dormant]\nname: A\n---\n';
    assert.equal(applied(list, fixesOf(list, 'bad-value')[0]), '---\nstatus: active\nname: A\n---\n');
  });
});

describe('quick fixes: a bad cadence', () => {
  it('offers what was meant first and preferred, then the common values', () => {
    const text = note('name: Acme', 'cadence: 2 weeks   # how often');
    const fixes = fixesOf(text, 'bad-value');
    assert.deepEqual(titles(fixes), ['2w', '1w', '1m', '3m']);
    assert.deepEqual(preferred(fixes), ['2w']);
    const fixed = applied(text, fixes[0]);
    assert.equal(fixed, text.replace('2 weeks', '2w'));
    assert.equal(dataOf(fixed).cadence, '2w');
    assert.deepEqual(problemsLeft(fixed), []);
  });

  it('reads the intent of words and units, and guesses none where it is unclear', () => {
    const meant = (value: string) => preferred(fixesOf(note(`cadence: ${value}`), 'bad-value'));
    assert.deepEqual(meant('14 days'), ['14']);
    assert.deepEqual(meant('fortnight'), ['2w']);
    assert.deepEqual(meant('every two weeks'), ['2w']);
    assert.deepEqual(meant('Monthly'), ['1m']);
    assert.deepEqual(meant('quarterly'), ['3m']);
    assert.deepEqual(meant('3 months'), ['3m']);
    assert.deepEqual(meant('1 year'), ['12m']);
    assert.deepEqual(meant('2wks'), ['2w']);
    assert.deepEqual(meant('week'), ['1w']);
    assert.deepEqual(meant('1.5m'), ['45']);
    for (const unclear of ['0', '-3', '1.5w', '1.5', 'biweekly', 'often', '0 weeks', '20 years']) {
      const fixes = fixesOf(note(`cadence: ${unclear}`), 'bad-value');
      assert.deepEqual(titles(fixes), ['1w', '2w', '1m', '3m'], unclear);
      assert.deepEqual(preferred(fixes), [], unclear);
    }
  });

  it('writes a number of days as a number, kept in the user\'s quotes as text', () => {
    const plain = note('cadence: 14 days');
    const fixed = applied(plain, fixesOf(plain, 'bad-value')[0]);
    assert.equal(dataOf(fixed).cadence, 14);
    const quoted = '---\r\ncadence: "14 days" # c\r\n---\r\n';
    assert.equal(applied(quoted, fixesOf(quoted, 'bad-value')[0]), '---\r\ncadence: "14" # c\r\n---\r\n');
  });

  it('mends a cadence in a flow mapping after a BOM', () => {
    const text = '\uFEFF---\n{cadence: fortnight, name: Acme}\n---\n';
    assert.equal(applied(text, fixesOf(text, 'bad-value')[0]), '\uFEFF---\n{cadence: 2w, name: Acme}\n---\n');
  });
});

describe('quick fixes: a future last_contacted', () => {
  it('moves it to next_contact, keeping its comment', () => {
    const text = note('name: Acme', 'last_contacted: 2026-12-01 # planned', 'status: active');
    const [fix, ...others] = fixesOf(text, 'future-date', 2);
    assert.deepEqual(others, []);
    assert.equal(fix.title.id, 'move-to-next-contact');
    assert.ok(fix.preferred);
    const fixed = applied(text, fix);
    assert.equal(fixed, text.replace('last_contacted:', 'next_contact:'));
    assert.deepEqual(problemsLeft(fixed), []);
    assert.equal(dataOf(fixed).next_contact, '2026-12-01');
  });

  it('removes it when next_contact already plans that day, and offers nothing when it plans another', () => {
    const same = '---\r\nlast_contacted: 2026-12-01\r\nnext_contact: "2026-12-01"\r\n---\r\n';
    const [fix] = fixesOf(same, 'future-date');
    assert.equal(fix.title.id, 'remove-repeated-plan');
    assert.equal(applied(same, fix), '---\r\nnext_contact: "2026-12-01"\r\n---\r\n');
    assert.deepEqual(fixesOf(note('last_contacted: 2026-12-01', 'next_contact: 2026-12-05'), 'future-date'), []);
    assert.deepEqual(fixesOf(note('last_contacted: 2026-12-01', 'next_contact:'), 'future-date'), []);
  });
});

describe('quick fixes: a duplicate key', () => {
  it('removes the later pair, a multi-line value whole, and the note reads again', () => {
    const text = lines(['---', 'name: First', 'notes: |', '  keep', 'name: |', '  second', '  name', 'owner: Dana # o', '---', '# Body', '']);
    const [fix, ...others] = fixesOf(text, 'unreadable');
    assert.deepEqual(others, []);
    assert.deepEqual(fix.title, { id: 'remove-later-duplicate', key: 'name', line: 5 });
    const fixed = applied(text, fix);
    assert.equal(fixed, lines(['---', 'name: First', 'notes: |', '  keep', 'owner: Dana # o', '---', '# Body', '']));
    assert.deepEqual(dataOf(fixed), { name: 'First', notes: 'keep\n', owner: 'Dana' });
    assert.deepEqual(problemsLeft(fixed), []);
  });

  it('keeps CRLF and a BOM, and removes a later pair of a flow mapping', () => {
    const text = '\uFEFF---\r\nstatus: active\r\nowner: Dana\r\nstatus: dormant # later\r\n---\r\n';
    assert.equal(applied(text, fixesOf(text, 'unreadable')[0]), '\uFEFF---\r\nstatus: active\r\nowner: Dana\r\n---\r\n');
    const flow = '---\n{name: A, status: active, name: B}\n---\n';
    assert.equal(applied(flow, fixesOf(flow, 'unreadable')[0]), '---\n{name: A, status: active}\n---\n');
  });

  it('offers nothing for another reason a note cannot be read, nor for a key written three times', () => {
    assert.deepEqual(fixesOf(note('name: [A'), 'unreadable'), []);
    assert.deepEqual(fixesOf(note('name: A', 'name: B', 'name: C'), 'unreadable'), []);
    assert.deepEqual(fixesOf(note('people:', '  ceo: A', '  ceo: B'), 'unreadable'), [], 'a nested duplicate is left to the leader');
  });
});

describe('quick fixes: a misspelt key', () => {
  it('renames the key, keeping its value, quotes and comment', () => {
    const text = note('name: Acme', 'cadance: 2w   # every other week');
    const [fix] = fixesOf(text, 'misspelt-key', 2);
    assert.deepEqual(fix.title, { id: 'rename-key', from: 'cadance', to: 'cadence' });
    assert.ok(fix.preferred);
    const fixed = applied(text, fix);
    assert.equal(fixed, text.replace('cadance', 'cadence'));
    assert.equal(dataOf(fixed).cadence, '2w');
    assert.deepEqual(problemsLeft(fixed), []);
  });

  it('renames in a flow mapping, with CRLF and a BOM, and a quoted key', () => {
    const flow = '\uFEFF---\r\n{name: Acme, Status: active}\r\n---\r\n';
    assert.equal(applied(flow, fixesOf(flow, 'misspelt-key')[0]), '\uFEFF---\r\n{name: Acme, status: active}\r\n---\r\n');
    const quoted = '---\n"last_contact": 2026-11-02\n---\n';
    assert.equal(applied(quoted, fixesOf(quoted, 'misspelt-key')[0]), '---\nlast_contacted: 2026-11-02\n---\n');
  });

  it('offers no rename when the meant key is already there', () => {
    assert.deepEqual(fixesOf(note('cadence: 1w', 'cadance: 2w'), 'misspelt-key'), []);
  });
});

describe('quick fixes: where they come from', () => {
  it('finds the problems of the front matter only, placed as the diagnostics are', () => {
    const text = note('name: Acme', 'cadence: 2 weeks', 'status: actve', 'segmnet: Ops');
    assert.deepEqual(fixableProblems(text, TODAY).map((p) => [p.code, p.line]), [['bad-value', 2], ['bad-value', 3], ['misspelt-key', 4]]);
    assert.deepEqual(fixableProblems('# no front matter\n', TODAY), []);
    assert.deepEqual(fixableProblems('---\nname: [\n', TODAY), []);
  });

  it('offers nothing for a problem no fix mends', () => {
    assert.deepEqual(fixesOf(note('owner: [a, b]'), 'bad-value'), []);
    assert.deepEqual(fixesOf(note('time_goal: lots'), 'bad-value'), []);
  });
});
