import * as assert from 'node:assert/strict';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { parseBody } from '../../src/core/reading/noteBody';
import { REVIEW_QUESTIONS, weeklyReview } from '../../src/core/reports/weeklyReview';
import { day, lines } from './helpers';

const TODAY = day(2026, 12, 2); // 2026-W49
const SETTINGS = { dueSoonDays: 3, staleDays: 90, workingHoursPerWeek: 40 };
const parse = (name: string, ...body: string[]) =>
  parseCustomerNote(`file:///ws/customers/${name.toLowerCase()}.md`, `${name}.md`, lines(body), { defaultCadenceDays: 14 });

const ACME = parse('Acme',
  '---', 'name: Acme', 'cadence: 7', '---',
  '## Opportunities and risks',
  '- Risk: the ERP upgrade slips (noted 2026-05-01)',
  '## Contact log',
  '### 2026-11-30 Steering (1h30m)', '#habit/time', '#habit/understand', '#habit/vulnerability',
  'They asked us to own the cut-over plan; I offered them the go/no-go call.',
  '### 2026-12-01 Call (15m)',
  '- [ ] send the roadmap (due 2026-11-25)',
  '- [ ] no date yet',
  '- [ ] later (due 2026-12-20)',
  '- [x] kept (due 2026-11-01)',
);
const GLOBEX = parse('Globex', '---', 'name: Globex', 'last_contacted: 2026-10-01', '---', '- [ ] old promise (due 2026-10-01)');
const HOOLI = parse('Hooli', '---', 'name: Hooli', '---');
const ARCHIVED = parse('Gone', '---', 'name: Gone', 'status: archived', '---', '### 2026-12-01 Hidden (5h)');

const section = (text: string, title: string) => {
  const start = text.indexOf(`## ${title}`);
  assert.ok(start >= 0, `section ${title}`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
};

describe('weeklyReview @tz', () => {
  const review = weeklyReview([ACME, GLOBEX, HOOLI, ARCHIVED], TODAY, SETTINGS);

  it('is named after the ISO week', () => {
    assert.equal(review.week, '2026-W49');
    assert.equal(review.fileName, '2026-W49.md');
    assert.ok(review.text.startsWith('---\ntype: weekly-review\nweek: 2026-W49\ncreated: 2026-12-02\n---\n# Weekly review 2026-W49\n'));
    assert.ok(review.text.includes('2026-11-30 to 2026-12-06'));
    assert.equal(weeklyReview([], day(2027, 1, 2), SETTINGS).fileName, '2026-W53.md');
  });

  it('says who was contacted this week, for how long, and the share of the week', () => {
    const s = section(review.text, 'Time with customers this week');
    assert.ok(s.includes('- **Acme**: 2 contacts (2026-11-30, 2026-12-01), 1h45m'), s);
    assert.ok(s.includes('In total 1h45m with 1 customer. That is 4% of a 40h working week.'), s);
    assert.ok(!s.includes('Gone'), 'archived customers are left out');
  });

  it('lists who is overdue and who was never contacted', () => {
    const s = section(review.text, 'Overdue for contact');
    assert.ok(s.includes('- **Globex**: 48d overdue (last contact 2026-10-01, every 14d)'), s);
    assert.ok(s.includes('- Never contacted: Hooli'), s);
    assert.ok(!s.includes('Acme'));
  });

  it('lists open promises, overdue first, most overdue on top', () => {
    const s = section(review.text, 'Open promises').split('\n').filter((l) => l.startsWith('- '));
    assert.deepEqual(s, [
      '- Globex: old promise, **62d overdue** (due 2026-10-01)',
      '- Acme: send the roadmap, **7d overdue** (due 2026-11-25)',
      '- Acme: later (due 2026-12-20)',
      '- Acme: no date yet (no due date)',
    ]);
  });

  it('lists habits gone quiet and stale opportunities and risks', () => {
    const habits = section(review.text, 'Habits gone quiet');
    assert.ok(!habits.includes('Acme'), habits);
    assert.ok(habits.includes('- **Globex**: understand the customer deeply (never); be mutually vulnerable (never); invest time (never)'), habits);
    const register = section(review.text, 'Opportunities and risks to revisit');
    assert.ok(register.includes('- Acme: Risk: the ERP upgrade slips (last looked at 2026-05-01)'), register);
  });

  it('asks the questions of the three habits', () => {
    const s = section(review.text, 'Questions for this week');
    for (const block of REVIEW_QUESTIONS) {
      assert.ok(s.includes(`### ${block.title}`));
      for (const q of block.questions) assert.ok(s.includes(`**${q}**`), q);
    }
  });

  it('says so when a section has nothing to show', () => {
    const calm = weeklyReview([parse('Calm', '---', 'name: Calm', `last_contacted: 2026-12-01`, '---')], TODAY, SETTINGS).text;
    assert.ok(calm.includes('Nobody is overdue.'));
    assert.ok(calm.includes('No open promises.'));
    assert.ok(calm.includes('Nothing has gone stale.'));
    assert.ok(calm.includes('- **Calm**: 1 contact (2026-12-01), time not logged'));
    const none = weeklyReview([], TODAY, SETTINGS).text;
    assert.ok(none.includes('No contact with a customer recorded this week yet.'));
    // With no customers there is nobody to praise: no "every habit was reflected on recently".
    assert.ok(!none.includes('Every habit was reflected on recently'), none);
    assert.ok(!none.includes('Well kept'), none);
    assert.ok(section(none, 'Habits gone quiet').includes('No customer notes yet.'));
  });

  it('holds nothing the note parser would read as a contact, a promise or a habit', () => {
    const body = parseBody(review.text);
    assert.deepEqual([body.entries.length, body.commitments.length, body.habits.length, body.register.length], [0, 0, 0, 0]);
  });
});
