import * as assert from 'node:assert/strict';
import { removeFrontMatterKey } from '../../src/core/frontMatter/removeKey';
import { applyEdit } from '../../src/core/editing/editResult';
import { readFrontMatter } from '../../src/core/frontMatter/read';

// Applies the removal and returns the whole new text; fails the test when the editor refused.
function remove(text: string, key: string): string {
  const result = removeFrontMatterKey(text, key);
  if (!result.ok) assert.fail(`refused: ${JSON.stringify(result.message)} (${result.line}:${result.column})`);
  return applyEdit(text, result.edit);
}

function refused(text: string, key: string) {
  const result = removeFrontMatterKey(text, key);
  if (result.ok) assert.fail(`expected a refusal, got ${JSON.stringify(applyEdit(text, result.edit))}`);
  return result;
}

function reads(text: string): Readonly<Record<string, unknown>> {
  const read = readFrontMatter(text);
  assert.ok(read.ok, JSON.stringify(!read.ok && read.problem));
  return read.value.data;
}

describe('removeFrontMatterKey: a duplicated key', () => {
  it('removes the later pair, its line only, and the note reads again with the earlier value', () => {
    const text = '---\nname: First Name\nowner: Dana\nname: Second Name\n---\n# Duplicate\n';
    assert.equal(readFrontMatter(text).ok, false);
    const fixed = remove(text, 'name');
    assert.equal(fixed, '---\nname: First Name\nowner: Dana\n---\n# Duplicate\n');
    assert.deepEqual(reads(fixed), { name: 'First Name', owner: 'Dana' });
  });

  it('removes a multi-line value whole, block scalar, list or mapping, and the comment on its last line', () => {
    assert.equal(remove('---\nname: A\nname: |\n  multi\n  line\nowner: x\n---\n', 'name'), '---\nname: A\nowner: x\n---\n');
    assert.equal(remove('---\ntags: [a]\ntags:\n  - b # c\n  - d # last\nowner: x\n---\n', 'tags'), '---\ntags: [a]\nowner: x\n---\n');
    assert.equal(remove('---\np: 1\np:\n  a: 1\n  b: 2\n\n# about owner\nowner: x\n---\n', 'p'), '---\np: 1\n\n# about owner\nowner: x\n---\n');
    assert.equal(remove('---\nname: A\nname: long\n  continued # c\nowner: x\n---\n', 'name'), '---\nname: A\nowner: x\n---\n');
  });

  it('keeps CRLF, a BOM, comments and quotes everywhere else byte for byte', () => {
    const text = '\uFEFF---\r\n# top\r\nname: "A" # first\r\nstatus: active\r\nname: >-\r\n  folded\r\n  two\r\nowner: \'x\' # o\r\n---\r\nbody\r\n';
    const fixed = remove(text, 'name');
    assert.equal(fixed, '\uFEFF---\r\n# top\r\nname: "A" # first\r\nstatus: active\r\nowner: \'x\' # o\r\n---\r\nbody\r\n');
    assert.deepEqual(reads(fixed), { name: 'A', status: 'active', owner: 'x' });
  });

  it('removes the later pair of a flow mapping with its comma', () => {
    assert.equal(remove('---\n{name: A, owner: B, name: C}\n---\n', 'name'), '---\n{name: A, owner: B}\n---\n');
    assert.equal(remove('---\n{name: A, name: C, owner: B}\n---\n', 'name'), '---\n{name: A, owner: B}\n---\n');
  });

  it('removes the last pair of the front matter, one without a value, and one at the end without a line break', () => {
    assert.equal(remove('---\nname: A\nname: B\n---\n', 'name'), '---\nname: A\n---\n');
    assert.equal(remove('---\nname: A\nname:\nowner: x\n---\n', 'name'), '---\nname: A\nowner: x\n---\n');
    assert.equal(remove('---\nname: A\nname: # none\n---', 'name'), '---\nname: A\n---');
  });

  it('leaves three pairs of one key to the leader: one removal would not mend the note', () => {
    const result = refused('---\nname: A\nname: B\nname: C\n---\n', 'name');
    assert.equal(result.message.id, 'yaml-invalid');
  });

  it('refuses when the note has another YAML error, with the reader\'s reason', () => {
    const result = refused('---\nname: A\nname: B\nowner: [x\n---\n', 'name');
    assert.equal(result.message.id, 'yaml-invalid');
  });
});

describe('removeFrontMatterKey: a single key', () => {
  it('removes its line and nothing else', () => {
    const text = '---\nname: A\nlast_contacted: 2026-12-01   # planned?\nnext_contact: 2026-12-01\n---\n# A\n';
    const fixed = remove(text, 'last_contacted');
    assert.equal(fixed, '---\nname: A\nnext_contact: 2026-12-01\n---\n# A\n');
    assert.deepEqual(reads(fixed), { name: 'A', next_contact: '2026-12-01' });
  });

  it('leaves an empty front matter when it was the only key, and the first of a flow mapping', () => {
    assert.equal(remove('---\nlast_contacted: 2026-12-01\n---\n', 'last_contacted'), '---\n---\n');
    assert.equal(remove('---\n{last_contacted: 2026-12-01, name: x}\n---\n', 'last_contacted'), '---\n{name: x}\n---\n');
    assert.equal(remove('---\n{last_contacted: 2026-12-01}\n---\n', 'last_contacted'), '---\n{}\n---\n');
  });

  it('refuses a key that is not there, and an anchor another key repeats', () => {
    assert.equal(refused('---\nname: A\n---\n', 'owner').message.id, 'no-such-key');
    assert.equal(refused('# no front matter\n', 'owner').message.id, 'no-such-key');
    assert.equal(refused('---\nowner: &o Dana\nsegment: *o\n---\n', 'owner').message.id, 'remove-changes-others');
  });
});
