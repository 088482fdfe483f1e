import * as assert from 'node:assert/strict';
import { completionAt, type FrontMatterCompletion } from '../../src/core/editorHelp/completionAt';
import { KNOWN_KEYS } from '../../src/core/editorHelp/frontMatterKeys';
import type { WorkspaceValues } from '../../src/core/editorHelp/valueOffers';
import { STATUSES, type CustomerNote } from '../../src/core/model';
import { day, marked, note } from './helpers';

const TODAY = day(2026, 11, 20);

const NONE: WorkspaceValues = { others: [], peopleOf: () => 0, accountTarget: () => undefined };
const untouched = (): WorkspaceValues => assert.fail('the other notes are not asked for');

function complete(text: string, workspace: () => WorkspaceValues = () => NONE, today = TODAY): (FrontMatterCompletion & { replaced: string }) | undefined {
  const m = marked(text);
  const found = completionAt(m.text, m.offset, today, workspace);
  if (found) assert.ok(found.start <= m.offset && m.offset <= found.end, 'the replaced range holds the cursor');
  return found && { ...found, replaced: m.text.slice(found.start, found.end) };
}

function keysAt(text: string): string[] {
  const found = complete(text, untouched);
  assert.equal(found?.kind, 'keys', `keys offered in ${JSON.stringify(text)}`);
  return found.kind === 'keys' ? found.keys.map((k) => k.key) : [];
}

function valuesAt(text: string, workspace: () => WorkspaceValues = () => NONE, today = TODAY) {
  const found = complete(text, workspace, today);
  assert.equal(found?.kind, 'values', `values offered in ${JSON.stringify(text)}`);
  return found.kind === 'values' ? { ...found, inserts: found.values.map((v) => v.insert), labels: found.values.map((v) => v.value) } : assert.fail();
}

const workspaceOf = (others: CustomerNote[], people: Record<string, number> = {}): (() => WorkspaceValues) => () => ({
  others,
  peopleOf: (id) => people[id] ?? 0,
  accountTarget: (n) => n.id.replace(/^.*\/(.*)\.md$/, '$1'),
});

describe('front matter completion', () => {
  describe('keys', () => {
    it('offers every known key not written yet at a new line, in the order of the list', () => {
      const keys = keysAt('---\nname: Acme\nstatus: active\n¦\n---\n# Acme\n');
      assert.deepEqual(keys, KNOWN_KEYS.map((k) => k.key).filter((k) => k !== 'name' && k !== 'status'));
    });

    it('replaces a partly typed key and inserts the colon unless one follows', () => {
      const typed = complete('---\nname: Acme\ncad¦\n---\n');
      assert.equal(typed?.kind, 'keys');
      assert.equal(typed.replaced, 'cad');
      assert.equal(typed.kind === 'keys' && typed.colonFollows, false);
      const inKey = complete('---\nname: Acme\ncad¦ence: 2w\n---\n');
      assert.equal(inKey?.replaced, 'cadence');
      assert.equal(inKey?.kind === 'keys' && inKey.colonFollows, true);
      assert.ok(inKey?.kind === 'keys' && inKey.keys.some((k) => k.key === 'cadence'), 'the key being typed is no key already written');
    });

    it('offers keys in an empty block and in a CRLF note, and after a byte order mark', () => {
      assert.ok(keysAt('---\n¦\n---\n').includes('name'));
      assert.deepEqual(keysAt('---\r\nname: A\r\n¦\r\n---\r\nbody\r\n').includes('name'), false);
      const bom = complete('\ufeff---\nname: A\nst¦\n---\n');
      assert.equal(bom?.replaced, 'st');
    });

    it('still knows the keys written when the YAML is half typed and does not parse', () => {
      const keys = keysAt('---\nname: Hooli\ntags: [sap, close\nowner: "Gavin\n  bad: indent\n¦\n---\n');
      assert.ok(!keys.includes('tags') && !keys.includes('owner') && !keys.includes('name'));
      assert.ok(keys.includes('cadence'));
    });

    it('offers nothing once every known key is written', () => {
      const all = KNOWN_KEYS.map((k) => `${k.key}: ${k.example}`).join('\n');
      assert.equal(complete(`---\n${all}\n¦\n---\n`), undefined);
    });

    it('offers no key indented, before a list item, in a comment or after text on the line', () => {
      for (const text of ['---\ntags:\n  ¦\n---\n', '---\ntags:\n¦- erp\n---\n', '---\n# ¦\n---\n', '---\nname ¦x\n---\n', '---\nna¦me x\n---\n']) {
        assert.equal(complete(text), undefined, JSON.stringify(text));
      }
    });
  });

  describe('nothing outside the front matter', () => {
    it('offers nothing in the body, on the fences, or in a note without front matter', () => {
      for (const text of [
        '---\nname: A\n---\n¦\n',
        '---\nname: A\n---\nstatus: ¦\n',
        '---\nname: A\n---\n# A\n\nSome text ¦\n',
        '---¦\nname: A\n---\n',
        '---\nname: A\n¦---\n',
        '---\nname: A\n-¦--\n',
        '# A\nstatus: ¦\n',
        '¦',
      ]) assert.equal(complete(text), undefined, JSON.stringify(text));
    });

    it('offers nothing under a --- rule in the body, which is no front matter', () => {
      assert.equal(complete('---\nname: A\n---\n# A\n\n---\nstatus: ¦\n---\n'), undefined);
      assert.equal(complete('---\nname: A\n---\nText\n---\n¦\n'), undefined);
    });

    it('offers nothing in a front matter that is unclosed or not YAML', () => {
      assert.equal(complete('---\nname: A\nstatus: ¦\n'), undefined);
      assert.equal(complete('---js\nname: A\nstatus: ¦\n---\n'), undefined);
    });
  });

  describe('values', () => {
    it('offers every status after `status: `, replacing what is typed', () => {
      const values = valuesAt('---\nname: A\nstatus: at¦\n---\n');
      assert.deepEqual(values.inserts, [...STATUSES]);
      assert.equal(values.replaced, 'at');
      assert.equal(values.key.key, 'status');
    });

    it('replaces the whole value wherever the cursor is in it, up to a comment', () => {
      const values = valuesAt('---\nstatus: ac¦tive   # why\n---\n');
      assert.equal(values.replaced, 'active');
    });

    it('puts a space after the colon when the cursor is right after it', () => {
      assert.deepEqual(valuesAt('---\nstatus:¦\n---\n').inserts, STATUSES.map((s) => ` ${s}`));
      const before = valuesAt('---\nstatus:¦ active\n---\n');
      assert.equal(before.replaced, ' active');
      assert.equal(before.inserts[0], ' active');
    });

    it('offers common cadences with the days each means', () => {
      const values = valuesAt('---\ncadence: ¦\n---\n');
      assert.deepEqual(values.values.map((v) => [v.value, v.about]), [
        ['1w', { kind: 'cadence', days: 7 }], ['2w', { kind: 'cadence', days: 14 }], ['1m', { kind: 'cadence', days: 30 }],
        ['3m', { kind: 'cadence', days: 90 }], ['7', { kind: 'cadence', days: 7 }], ['14', { kind: 'cadence', days: 14 }],
        ['30', { kind: 'cadence', days: 30 }],
      ]);
    });

    it('offers today and yesterday for a date, as the local day handed in', () => {
      const values = valuesAt('---\nlast_contacted: 2026-1¦\n---\n');
      assert.deepEqual(values.values.map((v) => [v.insert, v.about]), [['2026-11-20', { kind: 'date', day: 'today' }], ['2026-11-19', { kind: 'date', day: 'yesterday' }]]);
      assert.equal(values.replaced, '2026-1');
      assert.deepEqual(valuesAt('---\nnext_contact: ¦\n---\n', () => NONE, day(2028, 3, 1)).inserts, ['2028-03-01', '2028-02-29']);
    });

    it('asks for the other notes only for a key that offers their values', () => {
      for (const text of ['---\nstatus: ¦\n---\n', '---\ncadence: ¦\n---\n', '---\nlast_contacted: ¦\n---\n']) valuesAt(text, untouched);
    });

    it('offers nothing for a key without values, an unknown key, a comment, a mapping or a block scalar', () => {
      for (const text of [
        '---\nname: ¦\n---\n',
        '---\nfavourite: ¦\n---\n',
        '---\nstatus: active # ¦\n---\n',
        '---\nowner: {¦}\n---\n',
        '---\naspirations: |\n  ¦\n---\n',
        '---\ndates:\n  renewal: ¦\n---\n',
        '---\nstatus: &s ¦\n---\n',
      ]) assert.equal(complete(text, workspaceOf([note({ owner: 'Dana' })])), undefined, JSON.stringify(text));
    });

    it('works in a CRLF note with a byte order mark', () => {
      const values = valuesAt('\ufeff---\r\nname: A\r\nstatus: d¦\r\n---\r\n# A\r\n');
      assert.equal(values.replaced, 'd');
      assert.equal(values.inserts.length, STATUSES.length);
    });
  });

  describe('values the other notes use', () => {
    const others = [
      note({ name: 'B', owner: 'Dana', segment: 'Operations', tags: ['erp', 'strategic'], organization: 'Acme Group', role: 'CFO' }),
      note({ name: 'C', owner: 'Hank', segment: 'operations', tags: ['ERP', 'erp'] }),
      note({ name: 'D', owner: 'Dana', tags: ['mes'] }),
      note({ name: 'E', owner: '  ', tags: [] }),
    ];

    it('offers owners, segments, organizations and roles, most used first', () => {
      const owners = valuesAt('---\nowner: ¦\n---\n', workspaceOf(others));
      assert.deepEqual(owners.values.map((v) => [v.value, v.about]), [['Dana', { kind: 'used', uses: 2 }], ['Hank', { kind: 'used', uses: 1 }]]);
      assert.deepEqual(valuesAt('---\nsegment: ¦\n---\n', workspaceOf(others)).values.map((v) => [v.value, v.about]), [['Operations', { kind: 'used', uses: 2 }]]);
      assert.deepEqual(valuesAt('---\norganization: ¦\n---\n', workspaceOf(others)).labels, ['Acme Group']);
      assert.deepEqual(valuesAt('---\nrole: ¦\n---\n', workspaceOf(others)).labels, ['CFO']);
    });

    it('offers tags in a flow list, leaving out the ones already in it', () => {
      const values = valuesAt('---\ntags: [erp, ¦]\n---\n', workspaceOf(others));
      assert.deepEqual(values.labels, ['mes', 'strategic']);
      assert.equal(values.replaced, '');
      const typed = valuesAt('---\ntags: [ mes, st¦ , "erp"\n---\n', workspaceOf(others));
      assert.deepEqual(typed.labels, ['strategic']);
      assert.equal(typed.replaced, 'st');
      assert.deepEqual(valuesAt('---\ntags: [¦\n---\n', workspaceOf(others)).labels, ['erp', 'mes', 'strategic']);
    });

    it('offers tags as items of a block list, indented or not', () => {
      const values = valuesAt('---\ntags:\n  - erp\n\n  - ¦\n  - mes # ok\nstatus: active\n---\n', workspaceOf(others));
      assert.deepEqual(values.labels, ['strategic']);
      assert.equal(values.key.key, 'tags');
      assert.deepEqual(valuesAt('---\ntags:\n- m¦\n---\n', workspaceOf(others)).replaced, 'm');
      assert.equal(complete('---\nname: A\n- ¦\n---\n', workspaceOf(others)), undefined, 'a list item under a key with a value');
      assert.equal(complete('---\ntags:\n  -¦\n---\n', workspaceOf(others)), undefined, 'no space after the dash yet');
    });

    it('offers nothing after a closed flow list', () => {
      assert.equal(complete('---\ntags: [erp] ¦\n---\n', workspaceOf(others)), undefined);
    });

    it('spells a value for YAML where it goes, or escaped inside the quotes typed', () => {
      const named = workspaceOf([note({ owner: 'Dana, CIO office' }), note({ owner: 'yes' }), note({ owner: 'Sam "the man"' })]);
      assert.deepEqual(valuesAt('---\nowner: ¦\n---\n', named).inserts, ['"Dana, CIO office"', '"Sam \\"the man\\""', '"yes"']);
      const inQuotes = valuesAt('---\nowner: "Sa¦"\n---\n', named);
      assert.equal(inQuotes.replaced, 'Sa');
      assert.deepEqual(inQuotes.inserts, ['Dana, CIO office', 'Sam \\"the man\\"', 'yes']);
      const single = valuesAt("---\nowner: 'S¦\n---\n", named);
      assert.equal(single.replaced, 'S');
      assert.equal(single.values[0].insert, 'Dana, CIO office');
      assert.deepEqual(valuesAt('---\ntags: [¦]\n---\n', workspaceOf([note({ tags: ['a,b'] })])).inserts, ['"a,b"']);
    });

    it('offers the accounts people name, most people first, by what names them', () => {
      const acme = note({ id: 'file:///ws/customers/acme-logistics.md', name: 'Acme Logistics' });
      const globex = note({ id: 'file:///ws/customers/globex.md', name: 'Globex' });
      const alone = note({ id: 'file:///ws/customers/alone.md', name: 'Alone' });
      const people = { [acme.id]: 1, [globex.id]: 3 };
      const values = valuesAt('---\naccount: ¦\n---\n', workspaceOf([acme, globex, alone], people));
      assert.deepEqual(values.values.map((v) => [v.insert, v.about]), [
        ['globex', { kind: 'account', name: 'Globex', people: 3 }],
        ['acme-logistics', { kind: 'account', name: 'Acme Logistics', people: 1 }],
      ]);
      const unnamed = () => ({ ...workspaceOf([acme], people)(), accountTarget: () => undefined });
      assert.equal(complete('---\naccount: ¦\n---\n', unnamed), undefined, 'an account no name names alone');
    });

    it('offers nothing when no other note uses a value yet', () => {
      assert.equal(complete('---\nowner: ¦\n---\n'), undefined);
    });
  });
});
