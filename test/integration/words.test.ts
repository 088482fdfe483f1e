// What core returns, worded in the real extension host (English UI): the sentences the unit tests of
// src/core checked before core returned data. Same inputs, same English, through src/vscode/words.
import * as assert from 'node:assert/strict';
import { parseCadence } from '../../src/core/reading/cadence';
import { foundValue } from '../../src/core/reading/foundValue';
import { parseTimeGoal } from '../../src/core/reading/timeGoal';
import { slugify } from '../../src/core/editing/slug';
import type { Message } from '../../src/core/model';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { decodeNote, loadNote, MAX_NOTE_BYTES, tooLarge } from '../../src/core/reading/noteLoader';
import { problemsOn } from '../../src/core/today/datedProblems';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtinTemplates';
import { parseWorkspaceTemplate } from '../../src/core/templates/workspaceTemplates';
import { templateWords } from '../../src/vscode/words/templateWords';
import { day } from '../unit/helpers';
import { foundWords } from '../../src/vscode/words/foundWords';
import { minutesWords } from '../../src/vscode/words/durationWords';
import { wordMessage } from '../../src/vscode/words/messageWords';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readFrontMatter, type FrontMatterResult } from '../../src/core/frontMatter/read';
import { renameFrontMatterKey, setFrontMatterValue } from '../../src/core/frontMatter/edit';
import { setTaskChecked } from '../../src/core/editing/taskEdit';
import { logContactEdits } from '../../src/core/editing/contactLogEdit';
import { HOSTILE, HOSTILE_DIR } from '../fixtures/hostile/expectations';

/** The worded refusal of a `{ ok: false; message }` result. */
const refusal = (result: { ok: true } | { ok: false; message: Message }): string => {
  assert.equal(result.ok, false, 'refused');
  return wordMessage((result as { message: Message }).message);
};
const TEXT_HINT = 'a number of days or text like 3d, 2w, 1m';

describe('words: cadence messages (from test/unit/cadence.test.ts)', () => {
  it('refuses zero and negative cadences', () => {
    assert.equal(refusal(parseCadence('0')), 'cadence 0 must be at least one day');
    assert.equal(refusal(parseCadence(0)), 'cadence 0 must be at least one day');
    assert.equal(refusal(parseCadence('-3')), 'cadence -3 must be at least one day');
    assert.equal(refusal(parseCadence(-1)), 'cadence -1 must be at least one day');
    assert.equal(refusal(parseCadence('0w')), 'cadence 0w must be at least one day');
  });

  it('refuses fractions of a day', () => {
    assert.equal(refusal(parseCadence('1.5')), 'cadence 1.5 must be a whole number of days');
    assert.equal(refusal(parseCadence(1.5)), 'cadence 1.5 must be a whole number of days');
  });

  it('refuses absurdly long cadences', () => {
    assert.equal(refusal(parseCadence(3661)), 'cadence 3661 is longer than ten years');
    assert.equal(refusal(parseCadence('600m')), 'cadence 600m is longer than ten years');
  });

  it('refuses unknown units and text', () => {
    assert.equal(refusal(parseCadence('2x')), `cadence "2x" is not ${TEXT_HINT}`);
    assert.equal(refusal(parseCadence('weekly')), `cadence "weekly" is not ${TEXT_HINT}`);
    assert.equal(refusal(parseCadence('-3d')), `cadence "-3d" is not ${TEXT_HINT}`);
    assert.equal(refusal(parseCadence('2w3d')), `cadence "2w3d" is not ${TEXT_HINT}`);
    assert.equal(refusal(parseCadence('')), `cadence "" is not ${TEXT_HINT}`);
  });

  it('refuses objects, lists, null and booleans, saying what was found', () => {
    assert.equal(refusal(parseCadence({ every: 2 })), `cadence must be ${TEXT_HINT} (found a mapping)`);
    assert.equal(refusal(parseCadence([14])), `cadence must be ${TEXT_HINT} (found a list)`);
    assert.equal(refusal(parseCadence(null)), `cadence must be ${TEXT_HINT} (found null)`);
    assert.equal(refusal(parseCadence(true)), `cadence must be ${TEXT_HINT} (found boolean true)`);
  });

  it('describes a found value for messages', () => {
    assert.equal(foundWords(foundValue(null)), 'null');
    assert.equal(foundWords(foundValue([1])), 'a list');
    assert.equal(foundWords(foundValue({})), 'a mapping');
    assert.equal(foundWords(foundValue(new Date(0))), 'a date');
    assert.equal(foundWords(foundValue('x')), 'string "x"');
    assert.equal(foundWords(foundValue(3)), 'number 3');
  });
});

describe('words: time goals (from test/unit/timeGoal.test.ts)', () => {
  it('refuses bad values with the found value', () => {
    const bad: [unknown, string][] = [
      ['2h', 'string "2h"'], ['lots', 'string "lots"'], ['0h/month', 'string "0h/month"'], ['2h/day', 'string "2h/day"'],
      ['/month', 'string "/month"'], [2, 'number 2'], [null, 'null'], [{ h: 2 }, 'a mapping'], [['2h/month'], 'a list'],
    ];
    for (const [value, found] of bad) assert.equal(refusal(parseTimeGoal(value)), `must look like 2h/month or 30m/week (found ${found})`, JSON.stringify(value));
  });

  it('formats minutes like the contact-log headings, rounding without ever showing 60m', () => {
    const cases: [number, string][] = [[0, '0m'], [45, '45m'], [60, '1h'], [90, '1h30m'], [120, '2h'], [1505, '25h5m'],
      [27.69, '28m'], [59.7, '1h'], [119.6, '2h'], [89.4, '1h29m'], [(120 * 12) / 52, '28m']];
    for (const [minutes, text] of cases) assert.equal(minutesWords(minutes), text, String(minutes));
  });
});

describe('words: new customer names (from test/unit/slug.test.ts)', () => {
  it('refuses names with no letters or digits', () => {
    assert.equal(refusal(slugify('...')), '"..." has no letters or digits to name a file after. Use a name with at least one.');
    assert.equal(refusal(slugify('😀🎉')), '"😀🎉" has no letters or digits to name a file after. Use a name with at least one.');
    assert.equal(refusal(slugify(' / \\ ')), '"/ \\" has no letters or digits to name a file after. Use a name with at least one.');
  });

  it('refuses an empty name', () => {
    assert.equal(refusal(slugify('')), 'A customer needs a name.');
    assert.equal(refusal(slugify('   \t\n')), 'A customer needs a name.');
  });
});

describe('words: problems in a customer note (from test/unit/customerNote.test.ts)', () => {
  const parse = (text: string) => parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', text, { defaultCadenceDays: 14 });
  const problemFor = (text: string, key: string) => {
    const found = parse(text).problems.filter((p) => p.key === key);
    assert.equal(found.length, 1, key);
    return wordMessage(found[0].message);
  };
  const WRONG = ['---', 'name: [not, text]', 'owner: {team: infra}', 'tags: {erp: true}', 'cadence: 0', 'last_contacted: 2026-02-30',
    'next_contact: 2026-11-20T23:30:00Z', 'status: paused', 'segment: Operations', 'organization: Acme Group', 'time_goal: lots', '---'].join('\n');

  it('says what is wrong with each value, at its key', () => {
    assert.equal(problemFor(WRONG, 'name'), 'name: must be text (found a list)');
    assert.equal(problemFor(WRONG, 'owner'), 'owner: must be text (found a mapping)');
    assert.equal(problemFor(WRONG, 'tags'), 'tags: must be a list like [erp, strategic] or text (found a mapping)');
    assert.equal(problemFor(WRONG, 'cadence'), 'cadence 0 must be at least one day');
    assert.equal(problemFor(WRONG, 'last_contacted'), 'last_contacted: must be a real date like 2026-11-20 or a date-time (found string "2026-02-30")');
    assert.equal(problemFor(WRONG, 'status'), 'status: must be one of active, at-risk, dormant, archived (found string "paused")');
    assert.equal(problemFor(WRONG, 'time_goal'), 'time_goal: must look like 2h/month or 30m/week (found string "lots")');
  });

  it('refuses a negative cadence and a fraction', () => {
    assert.equal(problemFor('---\ncadence: -1\n---\n', 'cadence'), 'cadence -1 must be at least one day');
    assert.equal(problemFor('---\ncadence: 1.5\n---\n', 'cadence'), 'cadence 1.5 must be a whole number of days');
  });

  it('refuses dates that are not dates and a status that is not text', () => {
    assert.equal(problemFor('---\nnext_contact: 20261201\n---\n', 'next_contact'), 'next_contact: must be a real date like 2026-11-20 or a date-time (found number 20261201)');
    assert.equal(problemFor('---\nnext_contact: [2026-12-01]\n---\n', 'next_contact'), 'next_contact: must be a real date like 2026-11-20 or a date-time (found a list)');
    assert.equal(problemFor('---\nstatus: 3\n---\n', 'status'), 'status: must be one of active, at-risk, dormant, archived (found number 3)');
  });

  it('flags a last_contacted in the future', () => {
    const note = parse('---\nname: Acme\nlast_contacted: 2026-08-05\n---\n');
    assert.deepEqual(problemsOn(note, day(2026, 8, 1)).map((p) => wordMessage(p.message)),
      ['last_contacted 2026-08-05 is in the future, so it is not counted; a planned contact belongs in next_contact.']);
  });
});

describe('words: notes Rapport does not read (from test/unit/noteLoader.test.ts and hostile.test.ts)', () => {
  const ID = 'file:///ws/customers/acme%20logistics.md';
  const reason = (note: ReturnType<typeof loadNote>) => wordMessage(note.brokenReason!);

  it('names the size and the limit of a note too large', () => {
    assert.equal(reason(loadNote(ID, new Uint8Array(MAX_NOTE_BYTES + 1).fill(0x61), { defaultCadenceDays: 21 })), 'Skipped: the file is 2.0 MB; Rapport reads customer notes up to 2 MB.');
    assert.equal(reason(tooLarge(ID, 50 * 1024 * 1024, { defaultCadenceDays: 21 })), 'Skipped: the file is 50.0 MB; Rapport reads customer notes up to 2 MB.');
    assert.match(reason(tooLarge(ID, 50 * 1024 * 1024 + 123_456, { defaultCadenceDays: 21 })), /^Skipped: the file is 50\.\d MB; Rapport reads customer notes up to 2 MB\.$/);
  });

  it('says why a binary or non-UTF-8 file is skipped', () => {
    const binary = 'Skipped: the file looks binary (it contains NUL bytes), not a Markdown note.';
    const notUtf8 = 'Skipped: the file is not valid UTF-8 text. Save it as UTF-8 to see it here.';
    assert.equal(reason(loadNote(ID, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), { defaultCadenceDays: 21 })), binary);
    assert.equal(reason(loadNote(ID, new Uint8Array([0xff, 0xfe, 0x23, 0x20]), { defaultCadenceDays: 21 })), notUtf8);
    // The writer says the same without "Skipped: ", inside its own sentence.
    assert.equal(refusal(decodeNote(new Uint8Array([0x23, 0x00]))), binary.replace(/^Skipped: /, ''));
    assert.equal(refusal(decodeNote(new Uint8Array([0xc3, 0x28]))), notUtf8.replace(/^Skipped: /, ''));
  });
});

describe('words: reflection templates (from test/unit/templates.test.ts)', () => {
  it('are the five built-in ones, with non-empty descriptions', () => {
    const words = BUILTIN_TEMPLATES.map(templateWords);
    assert.deepEqual(words.map((w) => w.label), ['Meeting reflection', 'Opportunities and risks', 'Mutual vulnerability', 'Time investment', 'Customer profile']);
    for (const w of words) assert.ok(w.description.trim().length > 10, w.label);
  });

  it('names a workspace template by its own label, else its file name', () => {
    assert.deepEqual(templateWords(parseWorkspaceTemplate('standup.md', '# Standup\n')), { label: 'standup', description: 'Workspace template' });
    assert.deepEqual(templateWords(parseWorkspaceTemplate('q.md', '---\nlabel: Quarterly\ndescription: Once a quarter\n---\nBody\n')), { label: 'Quarterly', description: 'Once a quarter' });
  });
});

/** The worded reason the reader refuses `text` for. */
const unread = (text: string): string => {
  const result: FrontMatterResult = readFrontMatter(text);
  assert.equal(result.ok, false, 'refused');
  return wordMessage((result as Extract<FrontMatterResult, { ok: false }>).problem.message);
};

describe('words: front matter the reader refuses (from test/unit/frontMatterRead.test.ts)', () => {
  it('says what the YAML parser found, without a line in the words', () => {
    assert.match(unread('---\nname: a\nb: c\nbad: x: y\n---\n# Body\n'), /^Front matter is not valid YAML: [^(]*\.$/);
    assert.doesNotMatch(unread('---\nbad: x: y\nname: a\n---\n'), /\(line \d+\)/);
    assert.match(unread('---\nname: a\nowner: b\nname: c\n---\n'), /duplicated mapping key/);
  });

  it('refuses a block without a closing fence, and a top level that is not a mapping', () => {
    for (const text of ['---\nname: a\n', '---\nname: a\n# Body\n', '---', '---\n']) assert.equal(unread(text), 'Front matter has no closing "---" line.', JSON.stringify(text));
    for (const yaml of ['- a\n- b', 'just text', '42', '"quoted"']) {
      assert.equal(unread(`---\n${yaml}\n---\n`), 'Front matter must be a mapping of keys to values (like "name: Acme").', yaml);
    }
  });

  it('refuses front matter in another language, and tags that would run code', () => {
    const traceFile = path.join(os.tmpdir(), 'rapport-words-never-written.txt');
    const payloads = ['{ name: (globalThis.__rapportPwned = true) ? "pwned" : "x" }', `{ name: require('fs').writeFileSync(${JSON.stringify(traceFile)}, 'pwned') || 'pwned' }`];
    for (const fence of ['---js', '---javascript', '--- js', '---JS', '---  javascript  ', '---coffee', '---coffeescript', '---json', '---cson', '---toml', '---python']) {
      const language = fence.slice(3).trim().toLowerCase();
      for (const payload of payloads) {
        for (const eol of ['\n', '\r\n']) {
          assert.equal(unread(`${fence}${eol}${payload}${eol}---${eol}# Body${eol}`), `Front matter declared as "${language}" is never evaluated: Rapport reads YAML front matter only.`);
        }
      }
    }
    assert.match(unread(`---js\n${payloads[0]}\n`), /"js" is never evaluated/);
    const fnBody = `function () { globalThis.__rapportPwned = true; require('fs').writeFileSync(${JSON.stringify(traceFile)}, 'x'); return 'pwned'; }`;
    for (const note of [
      `---\nname: !!js/function >\n  ${fnBody}\ntoString: !!js/function "${fnBody}"\n---\n`,
      `---\nname: a\nowner: !!js/undefined ''\n---\n`,
      `---\nname: !!js/regexp /pwned/g\n---\n`,
      `---\nname: a\nvalueOf: !<tag:yaml.org,2002:js/function> "${fnBody}"\n---\n`,
      `---\nname: !!python/object:os.system ['touch /tmp/x']\n---\n`,
    ]) assert.match(unread(note), /^Front matter is not valid YAML: unknown tag/);
    assert.equal((globalThis as { __rapportPwned?: unknown }).__rapportPwned, undefined);
    assert.equal(fs.existsSync(traceFile), false);
  });

  it('refuses very deep nesting', () => {
    const depth = 50_000;
    assert.equal(unread(`---\nname: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n`), 'Front matter is nested too deeply to read.');
  });
});

describe('words: front matter edits Rapport refuses (from test/unit/frontMatterEdit.test.ts)', () => {
  const set = (text: string) => refusal(setFrontMatterValue(text, 'last_contacted', '2026-11-29'));
  const rename = (text: string) => refusal(renameFrontMatterKey(text, 'last_contacted', 'next_contact'));

  it('refuses broken front matter', () => {
    assert.match(set('---\nlast_contacted: &lc 2026-11-20\nnext_contact: *lc\n---\n'), /anchor/);
    assert.match(set('\ufeff---\nname: Acme\ntags: [a, b\nlast_contacted: 2026-11-20\n---\n'), /not valid YAML/);
    assert.match(set('---\nlast_contacted: 2026-11-01\nname: A\nlast_contacted: 2026-11-20\n---\n'), /unique.*last_contacted/);
    assert.match(set('---\nname: Acme\nlast_contacted: 2026-11-20\n'), /closing/);
    for (const language of ['js', 'javascript', 'coffee', 'json', 'toml']) {
      assert.match(set(`---${language}\n{ "last_contacted": (globalThis.pwned = 1) }\n---\n`), new RegExp(`"${language}"`));
    }
    for (const yaml of ['- a\n- b\n', 'just text\n', '42\n']) assert.match(set(`---\n${yaml}---\n`), /mapping/);
    assert.match(set('---\n{name: Acme}\n---\n'), /by hand/);
    assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
  });

  it('says when an edit would change more than the value, or the front matter is too deep to edit', () => {
    assert.equal(set('---\nname: Acme\n...\n---\n'), 'Rapport could not change "last_contacted" without changing other front matter; edit it by hand.');
    assert.equal(set(`---\nname: ${'['.repeat(101)}${']'.repeat(101)}\n---\n`), 'Front matter is nested more than 100 levels deep, so Rapport will not change it.');
    // The braces stay as written: only {0}-style placeholders are filled in.
    assert.equal(set('---\n{name: Acme}\n---\n'), 'Front matter written as one {...} mapping: add "last_contacted" by hand.');
    assert.equal(set('---\nlast_contacted: &lc 2026-11-20\nnext_contact: *lc\n---\n'), '"last_contacted" is an anchor (&lc) that other keys repeat; change it by hand.');
  });

  it('refuses, in the reader\'s words, a custom tag on the very value it would replace', () => {
    assert.match(set("---\nlast_contacted: !!js/function 'function () { globalThis.pwned = true }'\n---\n"), /^Front matter is not valid YAML: /);
  });

  it('refuses a rename onto a key that is there, of broken front matter, and of a missing key', () => {
    assert.match(rename('---\nlast_contacted: 2026-12-24\nnext_contact: 2026-12-01\n---\n'), /already has "next_contact"/);
    assert.match(rename('---\nlast_contacted: 2026-12-24\nbad: x: y\n---\n'), /^Front matter is not valid YAML: /);
    assert.match(rename('---\nname: Acme\n---\n'), /has no "last_contacted"/);
  });

  it('names the line of a task it cannot tick as the editor numbers it', () => {
    const note = '# Tasks\n- [ ] send roadmap (due 2026-12-05)\n    * [x] nested done\r\n+ [X] plus\n\t- [ ]\n- [] not a task\n-[ ] no space\n';
    assert.equal(refusal(setTaskChecked(note, 5, true)), 'Line 6 is not a task line like "- [ ] ...".');
    assert.equal(refusal(setTaskChecked(note, 99, true)), 'Line 100 does not exist.');
  });
});

describe('words: broken front matter in a note (from test/unit/contactLogEdit, customerNote, noteLoader and hostile tests)', () => {
  const parse = (text: string, fileName = 'acme-logistics.md') => parseCustomerNote(`file:///ws/customers/${fileName}`, fileName, text, { defaultCadenceDays: 14 });
  const reason = (text: string, fileName?: string) => wordMessage(parse(text, fileName).brokenReason!);

  it('refuses to log a contact in a note the reader refuses, with the reader\'s reason', () => {
    const broken = ['---', 'name: Acme', 'tags:', '  - a', ' - b', '---', ''].join('\n');
    assert.match(refusal(logContactEdits(broken, day(2026, 12, 1))), /^Front matter is not valid YAML: bad indentation of a mapping entry\.$/);
    assert.match(refusal(logContactEdits('---\nname: a\nname: b\n---\n# A\n', day(2026, 12, 1), 'Call with Dana (30m)')), /^Front matter is not valid YAML/);
  });

  it('gives a broken customer note its reason', () => {
    const broken = ['---', '# A YAML comment, not the title', 'name: Acme', 'bad: x: y', '---', '# Acme From Heading', '', '## Contact log', '',
      '### 2026-11-20 Call (30m)', '- [ ] send the roadmap (due 2026-12-05)', ''].join('\n');
    assert.match(reason(broken), /^Front matter is not valid YAML: /);
    assert.match(reason('---\nname: a\nname: b\n---\nno heading\n', 'hooli-finance.md'), /duplicated mapping key/);
    assert.equal(reason('---\nname: Acme\n# Acme Unclosed\n\n### 2026-11-02 Lunch\n'), 'Front matter has no closing "---" line.');
    assert.equal(reason('---js\n{ name: (globalThis.__rapportPwned = true) }\n---\n# Evil Corp\n'), 'Front matter declared as "js" is never evaluated: Rapport reads YAML front matter only.');
    assert.equal(reason('---\n- a\n---\n# L\n'), 'Front matter must be a mapping of keys to values (like "name: Acme").');
    const loaded = loadNote('file:///ws/customers/acme%20logistics.md', new TextEncoder().encode('---\nname: [\n---\n# Heading\n'), { defaultCadenceDays: 21 });
    assert.match(wordMessage(loaded.brokenReason!), /^Front matter is not valid YAML/);
  });

  it('words every problem of the hostile notes as expected', () => {
    for (const [file, expected] of Object.entries(HOSTILE)) {
      const note = loadNote(`file:///ws/customers/hostile/${file}`, fs.readFileSync(path.join(HOSTILE_DIR, file)), { defaultCadenceDays: 14 });
      if (expected.broken) assert.match(wordMessage(note.brokenReason!), expected.broken, file);
      const problems = [...note.problems].sort((a, b) => a.line - b.line);
      assert.equal(problems.length, expected.problems.length, file);
      expected.problems.forEach(([, , , message], i) => assert.match(wordMessage(problems[i].message), message, file));
    }
  });
});
