import * as assert from 'node:assert/strict';
import { meetingBrief } from '../../src/core/reports/meetingBrief';
import { customerRows } from '../../src/core/today/customerList';
import { insightsOf } from '../../src/core/today/insights';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { type CustomerNote } from '../../src/core/model';
import { day, lines, note } from './helpers';

const TODAY = day(2026, 12, 1);

function briefOf(n: CustomerNote) {
  const [row] = customerRows([n], TODAY, { sortBy: 'overdue', showArchived: true, dueSoonDays: 3 });
  return meetingBrief(row, insightsOf(n, TODAY, 90), TODAY);
}

describe('meeting brief', () => {
  const acme = parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', lines([
    '---',
    'name: Acme Logistics',
    'cadence: 2w',
    'last_contacted: 2026-11-19',
    'time_goal: 2h/month',
    '---',
    '# Acme Logistics',
    '## Opportunities and risks',
    '- Risk: the carrier contract ends in March (noted 2026-06-01)',
    '- Opportunity: a shared planning tool (noted 2026-11-10)',
    '## Contact log',
    '### 2026-12-04 Steering committee',
    '### 2026-11-19 Quarterly review (45m)',
    'Closeness: 4',
    '- [ ] send the roadmap (due 2026-11-25)',
    '- [ ] share the outage report (due 2026-11-20)',
    '- [ ] invite them to the architecture board',
    '- [ ] book the site visit (due 2026-12-10)',
    '- [x] send the minutes (due 2026-11-20)',
    '### 2026-10-02 First call (30m)',
    'Closeness: 2',
    '### 2026-09-15 Introduction',
  ]), { defaultCadenceDays: 30 });
  const withMentions: CustomerNote = {
    ...acme,
    mentions: [
      { noteId: 'file:///ws/meetings/planning.md', noteTitle: 'Planning workshop', line: 5, headingLine: 3, date: day(2026, 11, 26), minutes: 60 },
      { noteId: 'file:///ws/meetings/next.md', noteTitle: 'Next one', line: 2, date: day(2026, 12, 8) },
      { noteId: 'file:///ws/journal.md', noteTitle: 'Journal', line: 9 },
    ],
  };

  it('lists the three newest contacts that have happened, log entries and mentions merged', () => {
    const brief = briefOf(withMentions);
    assert.deepEqual(brief.recent.map((c) => [c.kind, c.title, c.line]), [
      ['mention', 'Planning workshop', 3],
      ['log', 'Quarterly review', 12],
      ['log', 'First call', 19],
    ]);
    assert.equal(brief.recent[0].noteId, 'file:///ws/meetings/planning.md');
    assert.equal(brief.recent[1].minutes, 45);
  });

  it('puts late promises first, the longest late first, then by due date, undated last; kept ones are gone', () => {
    assert.deepEqual(briefOf(acme).promises.map((p) => [p.text, p.late]), [
      ['share the outage report', true],
      ['send the roadmap', true],
      ['book the site visit', false],
      ['invite them to the architecture board', false],
    ]);
  });

  it('names what to revisit, the quiet habits, the closeness trend and time against intent', () => {
    const brief = briefOf(withMentions);
    assert.deepEqual(brief.revisit.map((r) => r.kind), ['risk']);
    assert.deepEqual(brief.quietHabits.map((h) => h.habit), ['understand', 'vulnerability']);
    assert.deepEqual(brief.closeness?.points.map((p) => p.value), [2, 4]);
    assert.equal(brief.closeness?.direction, 'up');
    // This month: the planning workshop's hour; the goal is monthly.
    assert.deepEqual(brief.time, { goal: { minutes: 120, per: 'month' }, invested: 0, per: 'month' });
  });

  it('counts this month\'s minutes, and this week\'s against a weekly goal', () => {
    const lateNov = day(2026, 11, 27);
    const n = { ...withMentions, timeGoal: { minutes: 30, per: 'week' as const } };
    const [row] = customerRows([n], lateNov, { sortBy: 'overdue', showArchived: true, dueSoonDays: 3 });
    assert.deepEqual(meetingBrief(row, insightsOf(n, lateNov, 90), lateNov).time, { goal: { minutes: 30, per: 'week' }, invested: 60, per: 'week' });
    const monthly = { ...withMentions, timeGoal: undefined };
    const [monthRow] = customerRows([monthly], lateNov, { sortBy: 'overdue', showArchived: true, dueSoonDays: 3 });
    assert.deepEqual(meetingBrief(monthRow, insightsOf(monthly, lateNov, 90), lateNov).time, { goal: undefined, invested: 105, per: 'month' });
  });

  it('has a steady or falling trend, none for one reading, and nothing to list for a new customer', () => {
    const closeness = (values: number[]) => values.map((value, i) => ({ date: day(2026, 10, i + 1), value, line: i }));
    assert.equal(briefOf(note({ closeness: closeness([3, 5, 4]) })).closeness?.direction, 'down');
    assert.equal(briefOf(note({ closeness: closeness([4, 4]) })).closeness?.direction, 'steady');
    assert.deepEqual(briefOf(note({ closeness: closeness([1, 2, 3, 4, 5, 3, 2]) })).closeness?.points.map((p) => p.value), [3, 4, 5, 3, 2]);
    const single = briefOf(note({ closeness: closeness([3]) })).closeness;
    assert.equal(single?.direction, undefined);
    const empty = briefOf(note());
    assert.deepEqual([empty.recent, empty.promises, empty.revisit, empty.closeness], [[], [], [], undefined]);
    assert.equal(empty.row.summary.state, 'never');
  });
});
