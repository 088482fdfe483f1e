import * as assert from 'node:assert/strict';
import { habitCoverage, insightsOf } from '../../src/core/today/insights';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { day, lines, note } from './helpers';

const TODAY = day(2026, 12, 1);

describe('insights', () => {
  describe('commitments', () => {
    it('lists open commitments and the overdue ones sorted by due date', () => {
      const n = note({
        commitments: [
          { text: 'later', done: false, due: day(2026, 12, 5), line: 1 },
          { text: 'late 2', done: false, due: day(2026, 11, 20), line: 2 },
          { text: 'kept', done: true, due: day(2026, 10, 1), line: 3 },
          { text: 'no due', done: false, line: 4 },
          { text: 'late 1', done: false, due: day(2026, 10, 15), line: 5 },
          { text: 'due today', done: false, due: day(2026, 12, 1), line: 6 },
        ],
      });
      const i = insightsOf(n, TODAY);
      assert.deepEqual(i.openCommitments.map((c) => c.text), ['later', 'late 2', 'no due', 'late 1', 'due today']);
      assert.deepEqual(i.overdueCommitments.map((c) => c.text), ['late 1', 'late 2']);
    });
  });

  describe('habit coverage', () => {
    it('knows the last reflection per habit and flags stale and missing ones', () => {
      const n = note({
        habits: [
          { habit: 'understand', date: day(2026, 6, 1), line: 1 },
          { habit: 'understand', date: day(2026, 11, 1), line: 2 },
          { habit: 'vulnerability', date: day(2026, 9, 1), line: 3 }, // 91 days before today
          { habit: 'time', line: 4 }, // undated: never counts
        ],
      });
      assert.deepEqual(habitCoverage(n, TODAY, 90), [
        { habit: 'understand', last: day(2026, 11, 1), stale: false },
        { habit: 'vulnerability', last: day(2026, 9, 1), stale: true },
        { habit: 'time', last: undefined, stale: true },
      ]);
      const i = insightsOf(n, TODAY, 91);
      assert.deepEqual(i.staleHabits.map((h) => h.habit), ['time']);
      assert.deepEqual(insightsOf(n, TODAY).staleHabits.map((h) => h.habit), ['vulnerability', 'time']);
    });

    it('uses staleDays as an exclusive limit', () => {
      const n = note({ habits: [{ habit: 'time', date: day(2026, 11, 1), line: 1 }] }); // 30 days
      assert.equal(habitCoverage(n, TODAY, 30).find((h) => h.habit === 'time')?.stale, false);
      assert.equal(habitCoverage(n, TODAY, 29).find((h) => h.habit === 'time')?.stale, true);
    });
  });

  describe('opportunities and risks', () => {
    it('flags items not touched for longer than staleDays, and undated ones', () => {
      const n = note({
        register: [
          { kind: 'opportunity', text: 'fresh', touched: day(2026, 11, 1), line: 1 },
          { kind: 'risk', text: 'old', touched: day(2026, 8, 1), line: 2 },
          { kind: 'risk', text: 'edge', touched: day(2026, 9, 2), line: 3 }, // exactly 90 days
          { kind: 'opportunity', text: 'undated', line: 4 },
        ],
      });
      assert.deepEqual(insightsOf(n, TODAY).staleRegister.map((r) => r.text), ['old', 'undated']);
      assert.deepEqual(insightsOf(n, TODAY, 30).staleRegister.map((r) => r.text), ['old', 'edge', 'undated']);
    });
  });

  it('works end to end from a note text', () => {
    const text = lines([
      '---', 'name: Acme', '---', '# Acme',
      '## Opportunities and risks',
      '- Risk: sponsor leaves (noted 2026-01-10) (revisited 2026-11-15)',
      '- Opportunity: data platform (noted 2026-03-01)',
      '## Contact log',
      '### 2026-11-20 Review (45m)',
      '#habit/understand',
      '- [ ] send the roadmap (due 2026-11-25)',
      '- [x] share the budget (due 2026-11-01)',
      '',
    ]);
    const n = parseCustomerNote('file:///a.md', 'a.md', text, { defaultCadenceDays: 14 });
    const i = insightsOf(n, TODAY, 90);
    assert.deepEqual(i.overdueCommitments.map((c) => [c.text, c.line]), [['send the roadmap', 10]]);
    // The dated review is time invested: only vulnerability has gone quiet.
    assert.deepEqual(i.staleHabits.map((h) => h.habit), ['vulnerability']);
    assert.deepEqual(i.habits.find((h) => h.habit === 'understand'), { habit: 'understand', last: day(2026, 11, 20), stale: false });
    assert.deepEqual(i.staleRegister.map((r) => r.text), ['data platform']);
  });
});
