// Accounts and the people in them: which note is whose person, what is wrong with an `account:`, and an
// account's last contact rolled up from its people while each person keeps their own state.
import * as assert from 'node:assert/strict';
import { accountMap, type NameResolver } from '../../src/core/accounts/accountMap';
import { LinkResolver } from '../../src/core/mentions/linkResolver';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { customerRows, groupRows } from '../../src/core/today/customerList';
import { dashboardData } from '../../src/core/reports/dashboardData';
import type { CustomerNote } from '../../src/core/model';
import { day, note } from './helpers';

const WS = 'file:///ws';
const folderOf = (id: string) => (id.startsWith(`${WS}/`) ? WS : '');
/** Names matched as the extension matches them (there, by the mentions' resolver): no other note exists. */
const resolverOf = (notes: readonly CustomerNote[]): NameResolver => {
  const resolver = new LinkResolver(notes, folderOf, { hasTitle: () => false, hasPath: () => false });
  return (target, fromId) => resolver.resolve({ target, kind: 'name', line: 0, column: 0, length: 0 }, fromId);
};
const TODAY = day(2026, 12, 1);
const OPTIONS = { sortBy: 'overdue' as const, showArchived: false, dueSoonDays: 3 };

const acme = note({ id: `${WS}/customers/acme.md`, name: 'Acme Logistics', aliases: ['ACME'], lastContacted: day(2026, 11, 1), cadenceDays: 14 });
const person = (file: string, name: string, account: string, extra: Partial<CustomerNote> = {}) =>
  note({ id: `${WS}/customers/${file}.md`, name, account, accountLine: 3, ...extra });

describe('accounts @tz', () => {
  describe('reading account:', () => {
    const read = (text: string) => parseCustomerNote(`${WS}/customers/p.md`, 'p.md', text, { defaultCadenceDays: 14 });

    it('takes a file name, a name, a quoted or an unquoted wiki link, and finds the key\'s line only when asked', () => {
      assert.equal(read('---\nname: P\naccount: acme\n---\n').account, 'acme');
      assert.equal(read('---\nname: P\naccount: "[[acme|Acme]]"\n---\n').account, 'acme');
      assert.equal(read('---\nname: P\naccount: [[acme]]\n---\n').account, 'acme');
      assert.equal(read('---\nname: P\nrole: CFO\n\naccount: Acme Logistics\n---\n').accountLine, 4);
    });

    it('warns about an account that is not text, and reads aspirations from the front matter or the section', () => {
      const wrong = read('---\nname: P\naccount: {a: 1}\n---\n');
      assert.equal(wrong.account, undefined);
      assert.deepEqual(wrong.problems.map((p) => p.key), ['account']);
      assert.equal(read('---\nname: P\naspirations: run a plant by 2028\n---\n').aspirations, 'run a plant by 2028');
      const section = read('---\nname: P\n---\n# P\n## People and aspirations\n\n- **Laura**: ex-consulting. Wants the CEO\n  shortlist.\n- **Oliver**: wants CPQ.\n');
      assert.equal(section.aspirations, '**Laura**: ex-consulting. Wants the CEO shortlist.');
    });
  });

  describe('accountMap', () => {
    it('nests people under the account they name by file name, name or alias', () => {
      const laura = person('laura', 'Laura', 'acme');
      const ingrid = person('ingrid', 'Ingrid', 'Acme Logistics');
      const oli = person('oli', 'Oli', 'acme');
      const map = accountMap([acme, laura, ingrid, oli, person('x', 'X', 'ACME')], resolverOf([acme, laura, ingrid, oli, person('x', 'X', 'ACME')]));
      assert.equal(map.accountOf(laura.id), acme.id);
      assert.deepEqual(map.peopleOf(acme.id), [laura.id, ingrid.id, oli.id, `${WS}/customers/x.md`]);
      assert.deepEqual(map.withProblems, []);
    });

    it('reports an unknown account, an ambiguous one, a person named as account and a cycle, at the key\'s line; each stands alone', () => {
      const globex = note({ id: `${WS}/customers/globex.md`, name: 'Globex', aliases: ['Acme Logistics'] });
      const laura = person('laura', 'Laura', 'acme');
      const unknown = person('u', 'U', 'initech');
      const ambiguous = person('amb', 'Amb', 'acme logistics');
      const underPerson = person('under', 'Under', 'laura');
      const a = person('a', 'A', 'b');
      const b = person('b', 'B', 'a');
      const self = person('self', 'Self', 'self');
      const map = accountMap([acme, globex, laura, unknown, ambiguous, underPerson, a, b, self], resolverOf([acme, globex, laura, unknown, ambiguous, underPerson, a, b, self]));
      const message = (n: CustomerNote) => map.problemsOf(n.id)[0]?.message;
      assert.deepEqual(message(unknown), { id: 'account-unknown', target: 'initech' });
      // Acme's name and Globex's alias: two customers answer to it.
      assert.deepEqual(message(ambiguous), { id: 'account-ambiguous', target: 'acme logistics', names: ['Acme Logistics', 'Globex'] });
      assert.deepEqual(message(underPerson), { id: 'account-is-a-person', account: 'Laura', accountOf: 'Acme Logistics' });
      assert.deepEqual(message(a), { id: 'account-cycle', names: ['A', 'B'] });
      assert.deepEqual(message(b), { id: 'account-cycle', names: ['B', 'A'] });
      assert.deepEqual(message(self), { id: 'account-cycle', names: ['Self'] });
      assert.equal(map.problemsOf(unknown.id)[0].line, 3);
      assert.equal(map.problemsOf(unknown.id)[0].key, 'account');
      for (const n of [unknown, ambiguous, underPerson, a, b, self]) assert.equal(map.accountOf(n.id), undefined, n.name);
      assert.deepEqual(map.peopleOf(acme.id), [laura.id]);
    });
  });

  describe('rows', () => {
    it('rolls a person\'s contact up into the account, and the person keeps its own cadence and state', () => {
      const laura = person('laura', 'Laura', 'acme', { lastContacted: day(2026, 11, 28), cadenceDays: 7 });
      const quiet = person('quiet', 'Quiet', 'acme', { lastContacted: day(2026, 10, 1), cadenceDays: 30 });
      const notes = [acme, laura, quiet];
      const rows = customerRows(notes, TODAY, OPTIONS, accountMap(notes, resolverOf(notes)));
      const of = (n: CustomerNote) => rows.find((r) => r.note.id === n.id)!.summary;
      assert.deepEqual(of(acme).lastContact, day(2026, 11, 28));
      assert.equal(of(acme).lastContactSource, 'person');
      assert.equal(of(acme).lastContactPerson, laura.id);
      assert.equal(of(acme).state, 'ok');
      assert.equal(of(laura).daysSince, 3);
      assert.equal(of(quiet).state, 'overdue', 'a quiet person is overdue even when the account is not');
      const without = customerRows(notes, TODAY, OPTIONS);
      assert.equal(without.find((r) => r.note.id === acme.id)!.summary.state, 'overdue', 'without people, Acme is 30 days quiet');
      assert.equal(rows.filter((r) => r.summary.state === 'overdue').length, 1, 'each overdue customer counts once');
    });

    it('keeps an account\'s own later contact, and follows a person who is contacted again', () => {
      const laura = person('laura', 'Laura', 'acme', { lastContacted: day(2026, 10, 20) });
      const first = customerRows([acme, laura], TODAY, OPTIONS, accountMap([acme, laura], resolverOf([acme, laura])));
      assert.equal(first.find((r) => r.note.id === acme.id)!.summary.lastContactSource, 'last_contacted');
      const again = { ...laura, lastContacted: day(2026, 11, 30) };
      const second = customerRows([acme, again], TODAY, OPTIONS, accountMap([acme, again], resolverOf([acme, again])));
      assert.deepEqual(second.find((r) => r.note.id === acme.id)!.summary.lastContact, day(2026, 11, 30));
    });

    it('lists an account\'s people right under it on the dashboard, and its figure rolled up', () => {
      const laura = person('laura', 'Laura', 'acme', { lastContacted: day(2026, 11, 28), cadenceDays: 7 });
      const solo = note({ id: `${WS}/customers/solo.md`, name: 'Solo', lastContacted: day(2026, 11, 10) });
      const notes = [acme, laura, solo];
      const data = dashboardData(notes, TODAY, { dueSoonDays: 3, staleDays: 90, workingHoursPerWeek: 40 }, accountMap(notes, resolverOf(notes)));
      assert.deepEqual(data.contactBars.map((b) => [b.name, b.daysSince, b.account ?? null]), [['Solo', 21, null], ['Acme Logistics', 3, null], ['Laura', 3, acme.id]]);
    });

    it('groups by account: an account with its people, the rest under (no account)', () => {
      const laura = person('laura', 'Laura', 'acme', { lastContacted: day(2026, 11, 28) });
      const solo = note({ id: `${WS}/customers/solo.md`, name: 'Solo', lastContacted: day(2026, 11, 28) });
      const notes = [acme, laura, solo];
      const accounts = accountMap(notes, resolverOf(notes));
      const rows = customerRows(notes, TODAY, OPTIONS, accounts);
      const nameOf = (id: string) => notes.find((n) => n.id === id)!.name;
      const groups = groupRows(rows, 'account', (row) => {
        const account = accounts.accountOf(row.note.id);
        return account ? nameOf(account) : accounts.peopleOf(row.note.id).length ? row.note.name : undefined;
      });
      assert.deepEqual(groups.map((g) => [g.name, g.rows.map((r) => r.note.name)]), [
        [{ kind: 'value', value: 'Acme Logistics' }, ['Acme Logistics', 'Laura']],
        [{ kind: 'missing', groupBy: 'account' }, ['Solo']],
      ]);
    });
  });
});
