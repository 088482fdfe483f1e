import * as assert from 'node:assert/strict';
import { renameFrontMatterKey, setFrontMatterValue } from '../../src/core/frontMatter/edit';
import { applyEdit } from '../../src/core/editing/editResult';
import { setTaskChecked } from '../../src/core/editing/taskEdit';
import { findFrontMatter } from '../../src/core/frontMatter/block';

// Applies the edit and returns the whole new text; fails the test when the editor refused.
function set(text: string, key: string, value: string): string {
  const result = setFrontMatterValue(text, key, value);
  if (!result.ok) assert.fail(`refused: ${JSON.stringify(result.message)} (${result.line}:${result.column})`);
  return applyEdit(text, result.edit);
}

function refused(text: string, key = 'last_contacted', value = '2026-11-29') {
  const result = setFrontMatterValue(text, key, value);
  if (result.ok) assert.fail(`expected a refusal, got ${JSON.stringify(applyEdit(text, result.edit))}`);
  return result;
}

const LC = 'last_contacted';
const D = '2026-11-29';

describe('setFrontMatterValue: existing key', () => {
  it('replaces only the value, keeping a trailing comment and its spacing', () => {
    const text = '---\nname: Acme   # shown\nlast_contacted: 2026-11-20  # comment\nstatus: active\n---\n# Acme\n';
    assert.equal(set(text, LC, D), '---\nname: Acme   # shown\nlast_contacted: 2026-11-29  # comment\nstatus: active\n---\n# Acme\n');
    const result = setFrontMatterValue(text, LC, D);
    assert.ok(result.ok);
    assert.deepEqual(result.edit, { start: text.indexOf('2026-11-20'), end: text.indexOf('2026-11-20') + 10, text: D });
  });

  it('keeps comments everywhere and blank lines', () => {
    const text = '---\n# top comment\n\nname: Acme # n\n# before\nlast_contacted: 2026-11-20 # after\n\n# end\n---\nbody\n';
    assert.equal(set(text, LC, D), text.replace('2026-11-20', D));
  });

  it('keeps double quotes and escapes inside them', () => {
    assert.equal(set('---\nlast_contacted: "2026-01-01"\n---\n', LC, D), '---\nlast_contacted: "2026-11-29"\n---\n');
    assert.equal(set('---\nnote: "old"\n---\n', 'note', 'say "hi" \\ bye'), '---\nnote: "say \\"hi\\" \\\\ bye"\n---\n');
  });

  it('keeps single quotes, doubling a quote inside', () => {
    assert.equal(set("---\nlast_contacted: '2026-01-01' # q\n---\n", LC, D), "---\nlast_contacted: '2026-11-29' # q\n---\n");
    assert.equal(set("---\nowner: 'Dana'\n---\n", 'owner', "Dana's team"), "---\nowner: 'Dana''s team'\n---\n");
  });

  it('switches single quotes to double quotes only when single quotes cannot hold the value', () => {
    assert.equal(set("---\nnote: 'x'\n---\n", 'note', 'two\nlines'), '---\nnote: "two\\nlines"\n---\n');
  });

  it('writes an empty value after `key:` and `key: `, keeping a comment', () => {
    assert.equal(set('---\nlast_contacted:\nstatus: active\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\nstatus: active\n---\n');
    assert.equal(set('---\nlast_contacted: \nstatus: active\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\nstatus: active\n---\n');
    assert.equal(set('---\nlast_contacted: # when\n---\n', LC, D), '---\nlast_contacted: 2026-11-29 # when\n---\n');
    assert.equal(set('---\nlast_contacted:\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\n---\n');
    assert.equal(set('---\nlast_contacted:\t\n---\n', LC, D), '---\nlast_contacted:\t2026-11-29\n---\n');
    assert.equal(set('---\nlast_contacted:   # when\n---\n', LC, D), '---\nlast_contacted:   2026-11-29 # when\n---\n');
    assert.equal(set('---\nlast_contacted: &lc\n---\n', LC, D), '---\nlast_contacted: &lc 2026-11-29\n---\n');
    assert.equal(set('---\nlast_contacted: !!str\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\n---\n');
  });

  it('replaces ~ and null', () => {
    assert.equal(set('---\nlast_contacted: ~\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\n---\n');
    assert.equal(set('---\nlast_contacted: null # none yet\n---\n', LC, D), '---\nlast_contacted: 2026-11-29 # none yet\n---\n');
  });

  it('replaces a date-time by a date', () => {
    const text = '---\nlast_contacted: 2026-11-20T09:30:00+02:00\n---\n';
    assert.equal(set(text, LC, D), '---\nlast_contacted: 2026-11-29\n---\n');
  });

  it('replaces a block scalar, a block list, a nested map and a flow list with the plain value', () => {
    assert.equal(set('---\nlast_contacted: |\n  long\n  text\n\nstatus: active\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\n\nstatus: active\n---\n');
    assert.equal(set('---\nlast_contacted: >-\n  folded\nstatus: active\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\nstatus: active\n---\n');
    assert.equal(set('---\nlast_contacted:\n  - a\n  - b\n# tail\nstatus: x\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\n# tail\nstatus: x\n---\n');
    assert.equal(set('---\nlast_contacted:\n  at: 1\n  by: me\nstatus: x\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\nstatus: x\n---\n');
    assert.equal(set('---\ntags: [erp, strategic]   # c\n---\n', 'tags', 'erp'), '---\ntags: erp   # c\n---\n');
  });

  it('keeps a comment that sits between the key and a block value', () => {
    assert.equal(set('---\nlast_contacted: # list\n  - a\n---\n', LC, D), '---\nlast_contacted: # list\n  2026-11-29\n---\n');
  });

  it('leaves flow lists, anchors and aliases elsewhere untouched', () => {
    const text = '---\ntags: [erp, strategic]\nbase: &b {cadence: 2w}\ncopy: *b\nlast_contacted: 2026-11-20\n---\n';
    assert.equal(set(text, LC, D), text.replace('2026-11-20', D));
  });

  it('keeps an anchor on the value when nothing refers to it, and replaces an alias value', () => {
    assert.equal(set('---\nlast_contacted: &lc 2026-11-20\n---\n', LC, D), '---\nlast_contacted: &lc 2026-11-29\n---\n');
    assert.equal(set('---\nfirst: &f 2026-01-01\nlast_contacted: *f\n---\n', LC, D), '---\nfirst: &f 2026-01-01\nlast_contacted: 2026-11-29\n---\n');
  });

  it('refuses to change an anchored value that an alias repeats', () => {
    const r = refused('---\nlast_contacted: &lc 2026-11-20\nnext_contact: *lc\n---\n');
    assert.deepEqual(r.message, { id: 'aliased-anchor', key: LC, anchor: 'lc' });
    assert.deepEqual([r.line, r.column], [1, 20]);
  });

  it('drops a tag on the old value (the new value is plain data)', () => {
    assert.equal(set('---\nlast_contacted: !!str 2026-11-20\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\n---\n');
  });

  it('changes only the top-level key, not a nested one or the body', () => {
    const text = '---\ncontact:\n  last_contacted: 2026-01-01\nlast_contacted: 2026-11-20\n---\nlast_contacted: 2026-11-20\n';
    assert.equal(set(text, LC, D), '---\ncontact:\n  last_contacted: 2026-01-01\nlast_contacted: 2026-11-29\n---\nlast_contacted: 2026-11-20\n');
  });

  it('keeps CRLF and a BOM', () => {
    const text = '\ufeff---\r\nname: Acme\r\nlast_contacted: "2026-11-20" # c\r\n---\r\nbody\r\n';
    assert.equal(set(text, LC, D), '\ufeff---\r\nname: Acme\r\nlast_contacted: "2026-11-29" # c\r\n---\r\nbody\r\n');
  });

  it('uses UTF-16 offsets after emoji and accents', () => {
    const text = '---\nname: Café ☕ 🚀 Ünïcode\nlast_contacted: 2026-11-20\n---\n';
    const result = setFrontMatterValue(text, LC, D);
    assert.ok(result.ok);
    assert.equal(result.edit.start, text.indexOf('2026-11-20'));
    assert.equal(applyEdit(text, result.edit), '---\nname: Café ☕ 🚀 Ünïcode\nlast_contacted: 2026-11-29\n---\n');
  });

  it('accepts a `yaml` fence language, and refuses (without running it) a custom tag the reader refuses', () => {
    assert.equal(set('---yaml\nlast_contacted: 2026-11-20\n---\n', LC, D), '---yaml\nlast_contacted: 2026-11-29\n---\n');
    const text = "---\nx: !!js/function 'function () { globalThis.pwned = true }'\nlast_contacted: 2026-11-20\n---\n";
    assert.equal(setFrontMatterValue(text, LC, D).ok, false);
    assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
  });

  it('is idempotent', () => {
    const once = set("---\na: 1 # c\nlast_contacted: '2026-11-20'\n---\n", LC, D);
    assert.equal(set(once, LC, D), once);
  });
});

describe('setFrontMatterValue: missing key or front matter', () => {
  it('appends the key at the end of the YAML, before the closing fence', () => {
    const text = '---\nname: Acme # n\n# trailing comment\n---\n# Acme\n';
    assert.equal(set(text, LC, D), '---\nname: Acme # n\n# trailing comment\nlast_contacted: 2026-11-29\n---\n# Acme\n');
  });

  it('appends with CRLF in a CRLF note', () => {
    assert.equal(set('---\r\nname: Acme\r\n---\r\nbody', LC, D), '---\r\nname: Acme\r\nlast_contacted: 2026-11-29\r\n---\r\nbody');
  });

  it('fills an empty front matter block', () => {
    assert.equal(set('---\n---\n', LC, D), '---\nlast_contacted: 2026-11-29\n---\n');
    assert.equal(set('---\n# only a comment\n---\nbody', LC, D), '---\n# only a comment\nlast_contacted: 2026-11-29\n---\nbody');
  });

  it('works when the closing fence ends the file without a newline', () => {
    assert.equal(set('---\nname: Acme\n---', LC, D), '---\nname: Acme\nlast_contacted: 2026-11-29\n---');
    assert.equal(set('---\nlast_contacted: 2026-11-20\n---', LC, D), '---\nlast_contacted: 2026-11-29\n---');
  });

  it('uses the indentation of an indented top-level mapping', () => {
    assert.equal(set('---\n  name: Acme\n---\n', LC, D), '---\n  name: Acme\n  last_contacted: 2026-11-29\n---\n');
  });

  it('only looks at the first block when the body contains --- lines and the key', () => {
    const text = '---\nname: Acme\n---\nlast_contacted: 2026-01-01\n---\nmore\n---\n';
    assert.equal(set(text, LC, D), '---\nname: Acme\nlast_contacted: 2026-11-29\n---\nlast_contacted: 2026-01-01\n---\nmore\n---\n');
  });

  it('creates the front matter when there is none', () => {
    assert.equal(set('# Acme\n\nNotes.\n', LC, D), '---\nlast_contacted: 2026-11-29\n---\n# Acme\n\nNotes.\n');
    assert.equal(set('# Acme\r\nNotes.\r\n', LC, D), '---\r\nlast_contacted: 2026-11-29\r\n---\r\n# Acme\r\nNotes.\r\n');
    assert.equal(set('----\nhr above\n', LC, D), '---\nlast_contacted: 2026-11-29\n---\n----\nhr above\n');
  });

  it('creates the front matter after a BOM, and in an empty file', () => {
    assert.equal(set('\ufeff# Acme\n', LC, D), '\ufeff---\nlast_contacted: 2026-11-29\n---\n# Acme\n');
    assert.equal(set('', LC, D), '---\nlast_contacted: 2026-11-29\n---\n');
    assert.equal(set('\ufeff', LC, D), '\ufeff---\nlast_contacted: 2026-11-29\n---\n');
  });
});

describe('setFrontMatterValue: safe values', () => {
  const cases: Array<[string, string]> = [
    ['2026-11-29', '2026-11-29'],
    ['Dana (infrastructure)', 'Dana (infrastructure)'],
    ['14', '14'],
    ['at-risk', 'at-risk'],
    ['a: b', '"a: b"'],
    ['x # not a comment', '"x # not a comment"'],
    ['#tag', '"#tag"'],
    ['- item', '"- item"'],
    ['[list', '"[list"'],
    ['*alias', '"*alias"'],
    ['&anchor', '"&anchor"'],
    ['!tag', '"!tag"'],
    ['@at', '"@at"'],
    ["'quoted'", '"\'quoted\'"'],
    ['"dq"', '"\\"dq\\""'],
    ['two\nlines', '"two\\nlines"'],
    [' padded ', '" padded "'],
    ['', '""'],
    ['null', '"null"'],
    ['~', '"~"'],
    ['1_000', '"1_000"'],
    ['1:20', '"1:20"'],
    ['014', '"014"'],
    ['key:', '"key:"'],
    ['tab\there', '"tab\\there"'],
  ];
  for (const [value, written] of cases) {
    it(`writes ${JSON.stringify(value)} as ${written}`, () => {
      assert.equal(set('---\nk: old\n---\n', 'k', value), `---\nk: ${written}\n---\n`);
    });
  }
});

describe('setFrontMatterValue: refuses broken front matter, never edits', () => {
  it('refuses YAML syntax errors at the right line and column of the file', () => {
    const r = refused('\ufeff---\nname: Acme\ntags: [a, b\nlast_contacted: 2026-11-20\n---\n');
    assert.equal(r.message.id, 'yaml-invalid');
    assert.equal(r.line, 3);
  });

  it('refuses duplicate top-level keys and names the key', () => {
    const r = refused('---\nlast_contacted: 2026-11-01\nname: A\nlast_contacted: 2026-11-20\n---\n');
    assert.deepEqual(r.message, { id: 'yaml-invalid', reason: 'Map keys must be unique', key: LC });
    assert.deepEqual([r.line, r.column], [3, 0]);
  });

  it('refuses an unclosed fence', () => {
    const r = refused('---\nname: Acme\nlast_contacted: 2026-11-20\n');
    assert.deepEqual(r.message, { id: 'edit-unclosed' });
    assert.deepEqual([r.line, r.column], [0, 0]);
  });

  for (const language of ['js', 'javascript', 'coffee', 'json', 'toml']) {
    it(`refuses a "---${language}" fence without evaluating it`, () => {
      const text = `---${language}\n{ "last_contacted": (globalThis.pwned = 1) }\n---\n`;
      const r = refused(text);
      assert.deepEqual(r.message, { id: 'edit-not-yaml', language });
      assert.deepEqual([r.line, r.column], [0, 3]);
      assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
    });
  }

  it('refuses a top level that is not a mapping', () => {
    for (const yaml of ['- a\n- b\n', 'just text\n', '42\n']) {
      const r = refused(`---\n${yaml}---\n`);
      assert.deepEqual(r.message, { id: 'front-matter-not-a-mapping' });
      assert.equal(r.line, 1);
    }
  });

  it('refuses rather than writing a second document after `...`', () => {
    assert.deepEqual(refused('---\nname: Acme\n...\n---\n').message, { id: 'set-changes-others', key: LC });
  });

  it('refuses front matter nested too deeply for the editor to parse', () => {
    const r = refused(`---\nname: ${'['.repeat(101)}${']'.repeat(101)}\n---\n`);
    assert.deepEqual(r.message, { id: 'edit-too-deep', levels: 100 });
    assert.equal(r.line, 1);
  });

  it('refuses to append to a one-line {...} mapping', () => {
    assert.deepEqual(refused('---\n{name: Acme}\n---\n').message, { id: 'flow-mapping', key: LC });
  });
});

describe('setFrontMatterValue: the reader has the last word', () => {
  it('still edits a note whose other values the two YAML parsers read differently', () => {
    // js-yaml reads 01234 as an octal number and 10:30 as minutes; `yaml` reads 1234 and text.
    const text = '---\nzip: 01234\nslot: 10:30\nlast_contacted: 2026-11-20\n---\n';
    assert.equal(set(text, LC, D), text.replace('2026-11-20', D));
  });

  it('refuses, in the reader\'s words, a custom tag on the very value it would replace', () => {
    const text = "---\nlast_contacted: !!js/function 'function () { globalThis.pwned = true }'\n---\n";
    const r = refused(text);
    assert.equal(r.message.id, 'yaml-invalid');
    assert.equal(r.line, 1);
    assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
  });

  it('appends a key at the indentation of the mapping, not of its first key (`? name` is at column 2)', () => {
    assert.equal(set('---\n? name\n: Acme\n---\n', LC, D), '---\n? name\n: Acme\nlast_contacted: 2026-11-29\n---\n');
    assert.equal(set('---\n  ? name\n  : Acme\n---\n', LC, D), '---\n  ? name\n  : Acme\n  last_contacted: 2026-11-29\n---\n');
  });
});

describe('renameFrontMatterKey', () => {
  const rename = (text: string, from: string, to: string) => {
    const result = renameFrontMatterKey(text, from, to);
    if (!result.ok) assert.fail(`refused: ${JSON.stringify(result.message)}`);
    return applyEdit(text, result.edit);
  };

  it('changes only the key, keeping its value, comment, quotes and place', () => {
    const text = '---\nname: Acme\nlast_contacted: 2026-12-24 # planned\nstatus: active\n---\n';
    assert.equal(rename(text, LC, 'next_contact'), text.replace('last_contacted', 'next_contact'));
    assert.equal(rename('---\r\n"last_contacted": 2026-12-24\r\n---\r\n', LC, 'next_contact'), '---\r\nnext_contact: 2026-12-24\r\n---\r\n');
  });

  it('refuses when the new key is there already, at that key', () => {
    const r = renameFrontMatterKey('---\nlast_contacted: 2026-12-24\nnext_contact: 2026-12-01\n---\n', LC, 'next_contact');
    assert.ok(!r.ok);
    assert.deepEqual(r.message, { id: 'key-taken', key: 'next_contact' });
    assert.deepEqual([r.line, r.column], [2, 0]);
  });

  it('refuses broken front matter with the reader\'s reason, and a missing key', () => {
    const broken = renameFrontMatterKey('---\nlast_contacted: 2026-12-24\nbad: x: y\n---\n', LC, 'next_contact');
    assert.ok(!broken.ok);
    assert.equal(broken.message.id, 'yaml-invalid');
    const missing = renameFrontMatterKey('---\nname: Acme\n---\n', LC, 'next_contact');
    assert.ok(!missing.ok);
    assert.deepEqual(missing.message, { id: 'no-such-key', key: LC });
  });
});

describe('applyEdit', () => {
  it('replaces the range', () => {
    assert.equal(applyEdit('abcdef', { start: 2, end: 4, text: 'XY Z' }), 'abXY Zef');
    assert.equal(applyEdit('abc', { start: 3, end: 3, text: '!' }), 'abc!');
  });
});

describe('setTaskChecked', () => {
  const note = '# Tasks\n- [ ] send roadmap (due 2026-12-05)\n    * [x] nested done\r\n+ [X] plus\n\t- [ ]\n- [] not a task\n-[ ] no space\n';
  const line = (text: string, n: number) => text.split('\n')[n];
  function tick(text: string, n: number, checked: boolean): string {
    const result = setTaskChecked(text, n, checked);
    if (!result.ok) assert.fail(JSON.stringify(result.message));
    assert.equal(result.edit.end - result.edit.start, 1);
    assert.equal(result.edit.text.length, 1);
    return applyEdit(text, result.edit);
  }

  it('ticks and clears only the character inside the brackets', () => {
    assert.equal(line(tick(note, 1, true), 1), '- [x] send roadmap (due 2026-12-05)');
    assert.equal(line(tick(note, 2, false), 2), '    * [ ] nested done\r');
    assert.equal(line(tick(note, 3, false), 3), '+ [ ] plus');
    assert.equal(line(tick(note, 4, true), 4), '\t- [x]');
    assert.equal(tick(note, 3, true), note, 'an already ticked [X] is left as it is');
    assert.equal(tick(note, 1, false), note);
  });

  it('refuses lines that are not task lines', () => {
    for (const n of [0, 5, 6, 7, 99, -1, 1.5]) {
      const r = setTaskChecked(note, n, true);
      assert.equal(r.ok, false, `line ${n}`);
    }
  });

  it('reports the line of a refusal', () => {
    const r = setTaskChecked(note, 5, true);
    assert.ok(!r.ok);
    assert.deepEqual([r.line, r.column], [5, 0]);
  });

  it('names the line as the editor numbers it', () => {
    assert.deepEqual(setTaskChecked(note, 5, true), { ok: false, message: { id: 'not-a-task-line', lineNumber: 6 }, line: 5, column: 0 });
    assert.deepEqual((setTaskChecked(note, 99, true) as { message: unknown }).message, { id: 'no-such-line', lineNumber: 100 });
    assert.deepEqual((setTaskChecked(note, -1, true) as { message: unknown }).message, { id: 'no-such-line', lineNumber: 0 });
  });
});

describe('fence: a Markdown rule is not front matter', () => {
  it('treats ---- as body text', () => {
    assert.equal(findFrontMatter('----\na: 1\n---\n').kind, 'none');
  });
});
