import * as assert from 'node:assert/strict';
import { safeFileTitle, slugify, type SlugResult } from '../../src/core/editing/slug';

const slugOf = (name: string): string => {
  const r: SlugResult = slugify(name);
  if (!r.ok) assert.fail(`refused "${name}": ${JSON.stringify(r.message)}`);
  return r.slug;
};
const SAFE = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u;

describe('slug', () => {
  it('makes a plain name a lower-case dashed slug', () => {
    assert.equal(slugOf('Acme Logistics'), 'acme-logistics');
    assert.equal(slugOf('  --Acme--  '), 'acme');
    assert.equal(slugOf("O'Brien & Sons, Ltd."), 'o-brien-sons-ltd');
  });

  it('never climbs out of the folder or makes sub-folders', () => {
    assert.equal(slugOf('../etc/passwd'), 'etc-passwd');
    assert.equal(slugOf('..\\..\\windows\\system32'), 'windows-system32');
    assert.equal(slugOf('a/b\\c'), 'a-b-c');
    assert.equal(slugOf('/absolute/path'), 'absolute-path');
    assert.equal(slugOf('C:\\Users\\x'), 'c-users-x');
  });

  it('renames reserved Windows device names', () => {
    assert.equal(slugOf('CON'), 'con-customer');
    assert.equal(slugOf('nul'), 'nul-customer');
    assert.equal(slugOf('Aux'), 'aux-customer');
    assert.equal(slugOf('PRN'), 'prn-customer');
    assert.equal(slugOf('COM1'), 'com1-customer');
    assert.equal(slugOf('lpt9'), 'lpt9-customer');
    assert.equal(slugOf('lpt¹'), 'lpt1-customer');
    assert.equal(slugOf('Con Edison'), 'con-edison');
  });

  it('removes accents and keeps other scripts', () => {
    assert.equal(slugOf('Société Générale'), 'societe-generale');
    assert.equal(slugOf('Ünïcödé'), 'unicode');
    assert.equal(slugOf('北京 客户'), '北京-客户');
  });

  it('spells letters that have no accent to remove (ø, æ, ß, ł) as ASCII readers would', () => {
    assert.equal(slugOf('Ingrid Sølberg'), 'ingrid-solberg');
    assert.equal(slugOf('Ærø Øst'), 'aero-ost');
    assert.equal(slugOf('Straße'), 'strasse');
    assert.equal(slugOf('Łódź Œuvre'), 'lodz-oeuvre');
  });

  it('keeps a 300-character name within 80 characters, without a trailing dash', () => {
    const long = slugOf('x'.repeat(300));
    assert.equal(long, 'x'.repeat(80));
    const dashed = slugOf(`${'a'.repeat(79)} b`);
    assert.equal(dashed, 'a'.repeat(79));
    for (const name of ['word '.repeat(60), 'Société '.repeat(40), '../'.repeat(100) + 'z']) {
      const slug = slugOf(name);
      assert.ok(slug.length <= 80, `${slug.length}`);
      assert.match(slug, SAFE);
    }
  });

  it('refuses names with no letters or digits', () => {
    assert.deepEqual(slugify('...'), { ok: false, message: { id: 'name-without-letters', name: '...' } });
    assert.deepEqual(slugify('😀🎉'), { ok: false, message: { id: 'name-without-letters', name: '😀🎉' } });
    assert.deepEqual(slugify(' / \\ '), { ok: false, message: { id: 'name-without-letters', name: '/ \\' } });
    assert.equal(slugify('..').ok, false);
  });

  it('refuses an empty name', () => {
    assert.deepEqual(slugify(''), { ok: false, message: { id: 'name-missing' } });
    assert.deepEqual(slugify('   \t\n'), { ok: false, message: { id: 'name-missing' } });
  });

  it('drops emoji around a name', () => {
    assert.equal(slugOf('🚀 Rocket Corp 🚀'), 'rocket-corp');
  });
});

describe('safeFileTitle', () => {
  it('keeps a title as written, case and spaces included', () => {
    assert.equal(safeFileTitle('Steering'), 'Steering');
    assert.equal(safeFileTitle('  Budget   review\t2027 '), 'Budget review 2027');
    assert.equal(safeFileTitle('Café & co. (EMEA)'), 'Café & co. (EMEA)');
  });

  it('replaces what a file name cannot hold: a dash between two characters, nothing beside a space', () => {
    assert.equal(safeFileTitle('Q1/Q2 review'), 'Q1-Q2 review');
    assert.equal(safeFileTitle('a\\b|c'), 'a-b-c');
    assert.equal(safeFileTitle('Steering: budget?'), 'Steering budget');
    assert.equal(safeFileTitle('"Quoted" <tag> *star*'), 'Quoted tag star');
    assert.equal(safeFileTitle('line\u0000break'), 'line-break');
  });

  it('never climbs out of the folder', () => {
    assert.equal(safeFileTitle('../../etc/passwd'), 'etc-passwd');
    assert.equal(safeFileTitle('..'), undefined);
    assert.equal(safeFileTitle('C:\\Users'), 'C-Users');
  });

  it('is undefined when nothing is left, and short enough for every file system', () => {
    for (const empty of ['', '   ', '???', '//', '. .']) assert.equal(safeFileTitle(empty), undefined, JSON.stringify(empty));
    const long = safeFileTitle(`${'word '.repeat(40)}end`)!;
    assert.ok([...long].length <= 80 && !long.endsWith(' '), long);
    assert.equal([...safeFileTitle('😀'.repeat(100))!].length, 80, 'never splits a surrogate pair');
  });
});
