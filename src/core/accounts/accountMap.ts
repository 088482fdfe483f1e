// Which customers are people in which account. `account:` names another customer note as a link does
// (file name, name or alias, in the same workspace folder). One level only: an account is not itself a
// person of another account, and no chain may come back to where it started. A value that breaks these
// rules is a problem at the key's line, and the note stands on its own.
import type { Resolution } from '../mentions/linkResolver';
import type { AccountMessage, CustomerNote, NoteProblem } from '../model';

export interface AccountMap {
  /** The account a person is in. */
  accountOf(id: string): string | undefined;
  /** The people of an account, in the order of the notes given. */
  peopleOf(id: string): readonly string[];
  /** What is wrong with a note's `account:`, at the key's line. */
  problemsOf(id: string): readonly NoteProblem[];
  /** Every note with a problem of its `account:`. */
  readonly withProblems: readonly string[];
}

/** What a name means from a note, as links are matched (the mentions' resolver, kept in step with the customers). */
export type NameResolver = (target: string, fromId: string) => Resolution;

export function accountMap(notes: readonly CustomerNote[], resolve: NameResolver): AccountMap {
  // Notes by id only for a problem's names: made again after a change, the map costs one pass, not a Map of every note.
  let byId: Map<string, CustomerNote> | undefined;
  const nameOf = (id: string) => (byId ??= new Map(notes.map((n) => [n.id, n]))).get(id)?.name ?? id;
  const named = new Map<string, string>();
  const persons: CustomerNote[] = [];
  const problems = new Map<string, NoteProblem[]>();
  const problem = (note: CustomerNote, message: AccountMessage) => {
    problems.set(note.id, [{ message, line: note.accountLine ?? 0, column: 0, severity: 'warning', code: 'account', key: 'account' }]);
  };

  for (const note of notes) {
    if (!note.account) continue;
    const found = resolve(note.account, note.id);
    if (found.kind === 'customer') {
      named.set(note.id, found.id);
      persons.push(note);
    } else if (found.kind === 'ambiguous') problem(note, { id: 'account-ambiguous', target: note.account, names: found.ids.map(nameOf).sort() });
    // Only a customer can be an account: another note of that name is as good as none.
    else problem(note, { id: 'account-unknown', target: note.account });
  }

  const accountOf = new Map<string, string>();
  const people = new Map<string, string[]>();
  for (const person of persons) {
    const personId = person.id;
    const accountId = named.get(personId)!;
    const cycle = cycleFrom(personId, named);
    if (cycle) problem(person, { id: 'account-cycle', names: cycle.map(nameOf) });
    else if (named.has(accountId)) problem(person, { id: 'account-is-a-person', account: nameOf(accountId), accountOf: nameOf(named.get(accountId)!) });
    else {
      accountOf.set(personId, accountId);
      (people.get(accountId) ?? people.set(accountId, []).get(accountId)!).push(personId);
    }
  }
  return {
    accountOf: (id) => accountOf.get(id),
    peopleOf: (id) => people.get(id) ?? [],
    problemsOf: (id) => problems.get(id) ?? [],
    withProblems: [...problems.keys()],
  };
}

/** The notes of a chain of `account:` that comes back to `start` (itself, for a note naming itself), if it does. */
function cycleFrom(start: string, named: ReadonlyMap<string, string>): string[] | undefined {
  const chain = [start];
  for (let id = named.get(start); id !== undefined; id = named.get(id)) {
    if (id === start) return chain;
    if (chain.includes(id)) return undefined; // a loop further on: that note's own problem
    chain.push(id);
  }
  return undefined;
}
