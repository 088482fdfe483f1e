import * as assert from 'node:assert/strict';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { type CustomerNote, type FieldMessage, type FoundValue, type LocalDate, type Message, type NoteProblem, STATUSES } from '../../src/core/model';
import { day, lines } from './helpers';

const SETTINGS = { defaultCadenceDays: 14 };
const parse = (text: string, fileName = 'acme-logistics.md') => parseCustomerNote(`file:///ws/customers/${fileName}`, fileName, text, SETTINGS);
const problemFor = (note: CustomerNote, key: string): NoteProblem => {
  const found = note.problems.filter((p) => p.key === key);
  assert.equal(found.length, 1, `one problem for ${key}: ${JSON.stringify(note.problems)}`);
  return found[0];
};
const localDayOf = (instant: Date): LocalDate => ({ year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() });

const FULL = lines([
  '---',
  'name: Acme Logistics            # shown in the tree',
  'organization: Acme Group',
  'owner: Dana (infrastructure)   # who in IT owns the relationship',
  'segment: Operations',
  'tags: [erp, strategic]',
  'cadence: 2w',
  'last_contacted: 2026-11-20',
  'next_contact: 2026-12-01',
  'status: at-risk',
  'time_goal: 2h/month',
  'favourite_colour: {r: 1}',
  '---',
  '# Acme Logistics Heading',
  '',
  '## Contact log',
  '',
  '### 2026-11-20 Quarterly review (45m)',
  'What they care about now ...',
  '',
  '### 2026-10-02 Intro call',
  '',
]);

describe('customerNote', () => {
  describe('every field of the note format', () => {
    it('reads the full example note', () => {
      const n = parse(FULL);
      assert.equal(n.id, 'file:///ws/customers/acme-logistics.md');
      assert.equal(n.name, 'Acme Logistics');
      assert.equal(n.nameSource, 'front matter');
      assert.equal(n.organization, 'Acme Group');
      assert.equal(n.owner, 'Dana (infrastructure)');
      assert.equal(n.segment, 'Operations');
      assert.deepEqual(n.tags, ['erp', 'strategic']);
      assert.equal(n.cadenceDays, 14);
      assert.equal(n.cadenceFromNote, true);
      assert.deepEqual(n.lastContacted, day(2026, 11, 20));
      assert.deepEqual(n.nextContact, day(2026, 12, 1));
      assert.equal(n.status, 'at-risk');
      assert.deepEqual(n.timeGoal, { minutes: 120, per: 'month' });
      assert.deepEqual(n.problems, []);
      assert.equal(n.brokenReason, undefined);
      assert.equal(n.title, 'Acme Logistics Heading');
      assert.deepEqual(n.entries, [
        { date: day(2026, 11, 20), title: 'Quarterly review', line: 17, minutes: 45 },
        { date: day(2026, 10, 2), title: 'Intro call', line: 20, minutes: undefined },
      ]);
    });

    it('uses defaults when every key is missing', () => {
      const n = parse('# Globex\n', 'globex.md');
      assert.equal(n.name, 'Globex');
      assert.equal(n.nameSource, 'heading');
      assert.deepEqual(n.tags, []);
      assert.equal(n.cadenceDays, 14);
      assert.equal(n.cadenceFromNote, false);
      assert.equal(n.status, 'active');
      for (const key of ['organization', 'owner', 'segment', 'lastContacted', 'nextContact', 'timeGoal', 'brokenReason'] as const) {
        assert.equal(n[key], undefined, key);
      }
      assert.deepEqual(n.problems, []);
    });

    it('accepts every status, in any case and with spaces', () => {
      for (const status of STATUSES) assert.equal(parse(`---\nstatus: ${status}\n---\n`).status, status);
      assert.equal(parse('---\nstatus: " Archived "\n---\n').status, 'archived');
      assert.equal(parse('---\nstatus: AT-RISK\n---\n').status, 'at-risk');
    });

    it('ignores unknown keys', () => {
      const n = parse('---\nname: A\nfavourite: [1, 2]\nnested: {a: {b: c}}\n---\n');
      assert.equal(n.name, 'A');
      assert.deepEqual(n.problems, []);
    });

    it('treats null and empty values as absent, without problems', () => {
      const n = parse('---\nname:\nowner: ""\ncadence:\nlast_contacted: ""\nstatus:\ntags:\ntime_goal: ""\n---\n', 'globex.md');
      assert.equal(n.name, 'globex');
      assert.equal(n.nameSource, 'file name');
      assert.equal(n.owner, undefined);
      assert.equal(n.cadenceDays, 14);
      assert.equal(n.cadenceFromNote, false);
      assert.equal(n.lastContacted, undefined);
      assert.equal(n.status, 'active');
      assert.deepEqual(n.tags, []);
      assert.equal(n.timeGoal, undefined);
      assert.deepEqual(n.problems, []);
    });
  });

  describe('tolerant types', () => {
    it('reads a cadence as a number or as 3d / 2w / 1m', () => {
      assert.equal(parse('---\ncadence: 10\n---\n').cadenceDays, 10);
      assert.equal(parse('---\ncadence: "21"\n---\n').cadenceDays, 21);
      assert.equal(parse('---\ncadence: 3d\n---\n').cadenceDays, 3);
      assert.equal(parse('---\ncadence: 1m\n---\n').cadenceDays, 30);
    });

    it('reads tags as a list, a block list or a single comma-separated string', () => {
      assert.deepEqual(parse('---\ntags: [erp, strategic]\n---\n').tags, ['erp', 'strategic']);
      assert.deepEqual(parse('---\ntags:\n  - erp\n  - " strategic "\n---\n').tags, ['erp', 'strategic']);
      assert.deepEqual(parse('---\ntags: erp, strategic\n---\n').tags, ['erp', 'strategic']);
      assert.deepEqual(parse('---\ntags: erp\n---\n').tags, ['erp']);
      assert.deepEqual(parse('---\ntags: [2026, true]\n---\n').tags, ['2026', 'true']);
      assert.deepEqual(parse('---\ntags: "erp,, ,"\n---\n').tags, ['erp']);
    });

    it('reads emails as a list or one text, lower case, without mailto: or a display name', () => {
      assert.deepEqual(parse('---\nemails: [Henrik.Dahl@Brightwater.example, "mailto:aisha@brightwater.example"]\n---\n').emails, ['henrik.dahl@brightwater.example', 'aisha@brightwater.example']);
      assert.deepEqual(parse('---\nemails:\n  - " Henrik Dahl <henrik@b.example> "\n---\n').emails, ['henrik@b.example']);
      assert.deepEqual(parse('---\nemails: henrik@b.example; aisha@b.example,  carla@b.example\n---\n').emails, ['henrik@b.example', 'aisha@b.example', 'carla@b.example']);
      assert.deepEqual(parse('---\nemails: [a@b.example, A@B.example]\n---\n').emails, ['a@b.example'], 'one address once');
      assert.deepEqual(parse('---\nname: Acme\n---\n').emails, []);
      assert.deepEqual(parse('---\nemails:\n---\n').problems, []);
    });

    it('reports emails of the wrong type, and each entry that is no address, at the key line', () => {
      const mapping = parse('---\nname: Acme\nemails: {henrik: h@b.example}\n---\n');
      assert.deepEqual(mapping.emails, []);
      assert.deepEqual(problemFor(mapping, 'emails'), {
        message: { id: 'bad-value', key: 'emails', reason: { id: 'emails-not-a-list', found: { kind: 'mapping' } } },
        line: 2, column: 0, severity: 'warning', code: 'bad-value', key: 'emails',
      });
      const nested = parse('---\nemails: [[h@b.example]]\n---\n');
      assert.equal((problemFor(nested, 'emails').message as { reason: FieldMessage }).reason.id, 'emails-not-a-list');
      const some = parse('---\nemails: [henrik, h@b.example, 42]\n---\n');
      assert.deepEqual(some.emails, ['h@b.example'], 'the good address still counts');
      assert.deepEqual(some.problems.map((p) => (p.message as { reason: FieldMessage }).reason), [
        { id: 'not-an-email', found: { kind: 'scalar', type: 'string', json: '"henrik"' } },
        { id: 'not-an-email', found: { kind: 'scalar', type: 'number', json: '42' } },
      ]);
    });

    it('reads numbers and booleans as text where text is expected', () => {
      const n = parse('---\nname: 3M\nsegment: 12\norganization: true\n---\n');
      assert.equal(n.name, '3M');
      assert.equal(n.segment, '12');
      assert.equal(n.organization, 'true');
      assert.equal(parse('---\nname: 42\n---\n').name, '42');
    });

    it('reads a date-time last_contacted as the local day of that instant @tz', () => {
      assert.deepEqual(parse('---\nlast_contacted: 2026-11-20T23:30:00Z\n---\n').lastContacted, localDayOf(new Date(Date.UTC(2026, 10, 20, 23, 30))));
      assert.deepEqual(parse('---\nlast_contacted: 2026-11-20T00:30:00+14:00\n---\n').lastContacted, localDayOf(new Date(Date.UTC(2026, 10, 19, 10, 30))));
      assert.deepEqual(parse('---\nlast_contacted: 2026-11-20 09:00\n---\n').lastContacted, day(2026, 11, 20));
      assert.deepEqual(parse('---\nnext_contact: "2026-12-01T23:59"\n---\n').nextContact, day(2026, 12, 1));
    });

    it('reads a plain date as that local date, never UTC midnight @tz', () => {
      const n = parse('---\nlast_contacted: 2026-11-20\nnext_contact: 2026-03-08\n---\n');
      assert.deepEqual(n.lastContacted, day(2026, 11, 20));
      assert.deepEqual(n.nextContact, day(2026, 3, 8));
    });
  });

  describe('wrong values: a warning at the key line, the rest still works', () => {
    const WRONG = lines([
      '---',                          // 0
      'name: [not, text]',            // 1
      'owner: {team: infra}',         // 2
      'tags: {erp: true}',            // 3
      'cadence: 0',                   // 4
      'last_contacted: 2026-02-30',   // 5
      'next_contact: 2026-11-20T23:30:00Z', // 6
      'status: paused',               // 7
      'segment: Operations',          // 8
      'organization: Acme Group',     // 9
      'time_goal: lots',              // 10
      '---',
      '# Heading Name',
      '',
      '### 2026-11-20 Call (30m)',
      '',
    ]);

    it('places each problem at its key line as a warning', () => {
      const n = parse(WRONG);
      assert.equal(n.problems.length, 7);
      const at = (key: string, line: number, message: Message) => ({ message, line, column: 0, severity: 'warning', code: 'bad-value', key });
      const bad = (key: string, reason: FieldMessage): Message => ({ id: 'bad-value', key, reason });
      const text = (json: string): FoundValue => ({ kind: 'scalar', type: 'string', json });
      assert.deepEqual(problemFor(n, 'name'), at('name', 1, bad('name', { id: 'not-text', found: { kind: 'list' } })));
      assert.deepEqual(problemFor(n, 'owner'), at('owner', 2, bad('owner', { id: 'not-text', found: { kind: 'mapping' } })));
      assert.deepEqual(problemFor(n, 'tags'), at('tags', 3, bad('tags', { id: 'tags-not-a-list', found: { kind: 'mapping' } })));
      assert.deepEqual(problemFor(n, 'cadence'), at('cadence', 4, { id: 'cadence-too-short', value: '0' }));
      assert.deepEqual(problemFor(n, 'last_contacted'), at('last_contacted', 5, bad('last_contacted', { id: 'not-a-date', found: text('"2026-02-30"') })));
      assert.deepEqual(problemFor(n, 'status'), at('status', 7, bad('status', { id: 'unknown-status', statuses: STATUSES, found: text('"paused"') })));
      assert.deepEqual(problemFor(n, 'time_goal'), at('time_goal', 10, bad('time_goal', { id: 'time-goal-unreadable', found: text('"lots"') })));
    });

    it('keeps every other value and is not marked broken @tz', () => {
      const n = parse(WRONG);
      assert.equal(n.brokenReason, undefined);
      assert.equal(n.name, 'Heading Name');
      assert.equal(n.nameSource, 'heading');
      assert.equal(n.owner, undefined);
      assert.deepEqual(n.tags, []);
      assert.equal(n.cadenceDays, 14);
      assert.equal(n.cadenceFromNote, false);
      assert.equal(n.lastContacted, undefined);
      assert.deepEqual(n.nextContact, localDayOf(new Date(Date.UTC(2026, 10, 20, 23, 30))));
      assert.equal(n.status, 'active');
      assert.equal(n.segment, 'Operations');
      assert.equal(n.organization, 'Acme Group');
      assert.equal(n.timeGoal, undefined);
      assert.deepEqual(n.entries, [{ date: day(2026, 11, 20), title: 'Call', line: 14, minutes: 30 }]);
    });

    it('refuses a negative cadence, a fraction and an unknown unit', () => {
      assert.deepEqual(problemFor(parse('---\ncadence: -1\n---\n'), 'cadence').message, { id: 'cadence-too-short', value: '-1' });
      assert.deepEqual(problemFor(parse('---\ncadence: 1.5\n---\n'), 'cadence').message, { id: 'cadence-fraction', value: '1.5' });
      assert.equal(problemFor(parse('---\nname: A\ncadence: 2x\n---\n'), 'cadence').line, 2);
    });

    it('reads snooze_until as a date, and a wrong one as a warning at its line', () => {
      assert.deepEqual(parse('---\nsnooze_until: 2026-12-15\n---\n').snoozeUntil, day(2026, 12, 15));
      const wrong = parse('---\nname: A\nsnooze_until: next week\n---\n');
      assert.equal(wrong.snoozeUntil, undefined);
      assert.equal(problemFor(wrong, 'snooze_until').line, 2);
    });

    it('refuses dates that are not dates', () => {
      assert.equal(problemFor(parse('---\nlast_contacted: 2025-02-29\n---\n'), 'last_contacted').line, 1);
      assert.equal(parse('---\nlast_contacted: 2024-02-29\n---\n').problems.length, 0);
      assert.deepEqual(problemFor(parse('---\nnext_contact: 20261201\n---\n'), 'next_contact').message,
        { id: 'bad-value', key: 'next_contact', reason: { id: 'not-a-date', found: { kind: 'scalar', type: 'number', json: '20261201' } } });
      assert.deepEqual(problemFor(parse('---\nnext_contact: [2026-12-01]\n---\n'), 'next_contact').message,
        { id: 'bad-value', key: 'next_contact', reason: { id: 'not-a-date', found: { kind: 'list' } } });
    });

    it('refuses a status that is not text', () => {
      assert.deepEqual(problemFor(parse('---\nstatus: 3\n---\n'), 'status').message,
        { id: 'bad-value', key: 'status', reason: { id: 'unknown-status', statuses: STATUSES, found: { kind: 'scalar', type: 'number', json: '3' } } });
    });

    it('places problems correctly in a CRLF note with a BOM', () => {
      const n = parse('\ufeff---\r\nname: A\r\ncadence: 0\r\nstatus: gone\r\n---\r\n');
      assert.equal(problemFor(n, 'cadence').line, 2);
      assert.equal(problemFor(n, 'status').line, 3);
      assert.equal(n.name, 'A');
    });
  });

  describe('name fallbacks', () => {
    it('falls back to the first "# " heading, then the file name', () => {
      const heading = parse('---\nowner: Dana\n---\n## Not this\n# Globex Corp\n# Second\n', 'globex.md');
      assert.equal(heading.name, 'Globex Corp');
      assert.equal(heading.nameSource, 'heading');
      const file = parse('---\nowner: Dana\n---\n## Only level two\n', 'Globex Manufacturing.md');
      assert.equal(file.name, 'Globex Manufacturing');
      assert.equal(file.nameSource, 'file name');
      assert.equal(parse('', 'initech.MD').name, 'initech');
    });

    it('ignores a "# " line inside fenced code', () => {
      assert.equal(parse('```sh\n# not a title\n```\n# Real\n').name, 'Real');
    });

    it('prefers the front matter name, trimmed', () => {
      const n = parse('---\nname: "  Acme  "\n---\n# Heading\n');
      assert.equal(n.name, 'Acme');
      assert.equal(n.nameSource, 'front matter');
      const blank = parse('---\nname: "   "\n---\n# Heading\n');
      assert.equal(blank.name, 'Heading');
      assert.equal(blank.nameSource, 'heading');
    });
  });

  describe('broken front matter', () => {
    const BROKEN = lines([
      '---',                  // 0
      '# A YAML comment, not the title',
      'name: Acme',
      'bad: x: y',            // 3
      '---',
      '# Acme From Heading',  // 5
      '',
      '## Contact log',
      '',
      '### 2026-11-20 Call (30m)', // 9
      '- [ ] send the roadmap (due 2026-12-05)',
      '',
    ]);

    it('still yields a customer with the reason, the heading name and the log', () => {
      const n = parse(BROKEN);
      assert.equal(n.name, 'Acme From Heading');
      assert.equal(n.nameSource, 'heading');
      assert.equal(n.brokenReason?.id, 'yaml-invalid');
      assert.equal(n.problems.length, 1);
      assert.equal(n.problems[0].severity, 'error');
      assert.equal(n.problems[0].line, 3);
      assert.equal(n.problems[0].message, n.brokenReason);
      assert.deepEqual(n.entries, [{ date: day(2026, 11, 20), title: 'Call', line: 9, minutes: 30 }]);
      assert.deepEqual(n.commitments.map((c) => [c.text, c.line]), [['send the roadmap', 10]]);
      assert.equal(n.cadenceDays, 14);
      assert.equal(n.status, 'active');
      assert.deepEqual(n.tags, []);
    });

    it('falls back to the file name when there is no heading', () => {
      const n = parse('---\nname: a\nname: b\n---\nno heading\n', 'hooli-finance.md');
      assert.equal(n.name, 'hooli-finance');
      assert.equal(n.nameSource, 'file name');
      assert.deepEqual(n.brokenReason, { id: 'yaml-invalid', reason: 'duplicated mapping key' });
      assert.equal(n.problems[0].line, 2);
    });

    it('keeps a note with an unclosed fence, with its heading and entries', () => {
      const n = parse('---\nname: Acme\n# Acme Unclosed\n\n### 2026-11-02 Lunch\n');
      assert.deepEqual(n.brokenReason, { id: 'front-matter-unclosed' });
      assert.equal(n.name, 'Acme Unclosed');
      assert.deepEqual(n.entries, [{ date: day(2026, 11, 2), title: 'Lunch', line: 4, minutes: undefined }]);
    });

    it('keeps a note with js front matter, never running it', () => {
      const g = globalThis as typeof globalThis & { __rapportPwned?: unknown };
      delete g.__rapportPwned;
      const n = parse('---js\n{ name: (globalThis.__rapportPwned = true) }\n---\n# Evil Corp\n');
      assert.equal(n.name, 'Evil Corp');
      assert.deepEqual(n.brokenReason, { id: 'front-matter-not-yaml', language: 'js' });
      assert.equal(g.__rapportPwned, undefined);
    });

    it('marks a top-level list as broken', () => {
      const n = parse('---\n- a\n---\n# L\n');
      assert.deepEqual(n.brokenReason, { id: 'front-matter-not-a-mapping' });
      assert.equal(n.name, 'L');
    });
  });
});
