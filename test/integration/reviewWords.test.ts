// The weekly review note as Rapport writes it, worded in the real extension host (English UI), for the
// same customers as test/unit/weeklyReview.test.ts: the sentences that test checked before core returned data.
import * as assert from 'node:assert/strict';
import { parseBody } from '../../src/core/reading/noteBody';
import { weeklyReview } from '../../src/core/reports/weeklyReview';
import { reviewText } from '../../src/vscode/words/reviewWords';
import { day } from '../unit/helpers';
import { ACME, ARCHIVED, CALM, GLOBEX, HOOLI, REVIEW_SETTINGS as SETTINGS, REVIEW_TODAY as TODAY } from '../fixtures/notes/review';

const section = (text: string, title: string) => {
  const start = text.indexOf(`## ${title}`);
  assert.ok(start >= 0, `section ${title}`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
};

const QUESTIONS: Record<string, string[]> = {
  'Understand the customer deeply': [
    'What did I learn this week about a customer\'s business that I could not have read in a report?',
    'What is emerging for one of them that they may not see yet, and when will I tell them?',
    'Whose personal ambition do I understand better than a week ago, and whose do I still not know?',
  ],
  'Be mutually vulnerable': [
    'Where did I hold on to control this week that I could have handed over?',
    'Which decision did I make on a customer\'s behalf that should have been theirs?',
    'Where did a customer\'s need run against one of my own rules, and did I explain it in their terms or simply say no?',
    'What have I not told a customer that they would want to know: a constraint, a mistake, a doubt?',
  ],
  'Invest time': [
    'How much of my week was spent on customers\' ground, and how much inside IT?',
    'Who should I have seen this week and did not, and when will I?',
    'Which internal meeting will I give up next week to make that time?',
  ],
};

describe('words: the weekly review note (from test/unit/weeklyReview.test.ts)', () => {
  const text = reviewText(weeklyReview([ACME, GLOBEX, HOOLI, ARCHIVED], TODAY, SETTINGS));

  it('is named after the ISO week', () => {
    assert.ok(text.startsWith('---\ntype: weekly-review\nweek: 2026-W49\ncreated: 2026-12-02\n---\n# Weekly review 2026-W49\n'));
    assert.ok(text.includes('2026-11-30 to 2026-12-06'));
  });

  it('says who was contacted this week, for how long, and the share of the week', () => {
    const s = section(text, 'Time with customers this week');
    assert.ok(s.includes('- **Acme**: 2 contacts (2026-11-30, 2026-12-01), 1h45m'), s);
    assert.ok(s.includes('In total 1h45m with 1 customer. That is 4% of a 40h working week.'), s);
    assert.ok(!s.includes('Gone'), 'archived customers are left out');
  });

  it('lists who is overdue and who was never contacted', () => {
    const s = section(text, 'Overdue for contact');
    assert.ok(s.includes('- **Globex**: 48d overdue (last contact 2026-10-01, every 14d)'), s);
    assert.ok(s.includes('- Never contacted: Hooli'), s);
    assert.ok(!s.includes('Acme'));
  });

  it('lists open promises, overdue first, most overdue on top', () => {
    assert.deepEqual(section(text, 'Open promises').split('\n').filter((l) => l.startsWith('- ')), [
      '- Globex: old promise, **62d overdue** (due 2026-10-01)',
      '- Acme: send the roadmap, **7d overdue** (due 2026-11-25)',
      '- Acme: later (due 2026-12-20)',
      '- Acme: no date yet (no due date)',
    ]);
  });

  it('lists habits gone quiet and stale opportunities and risks', () => {
    const habits = section(text, 'Habits gone quiet');
    assert.ok(!habits.includes('Acme'), habits);
    assert.ok(habits.includes('- **Globex**: understand the customer deeply (never); be mutually vulnerable (never); invest time (never)'), habits);
    const register = section(text, 'Opportunities and risks to revisit');
    assert.ok(register.includes('- Acme: Risk: the ERP upgrade slips (last looked at 2026-05-01)'), register);
  });

  it('asks the questions of the three habits', () => {
    const s = section(text, 'Questions for this week');
    for (const [title, questions] of Object.entries(QUESTIONS)) {
      assert.ok(s.includes(`### ${title}`), title);
      for (const q of questions) assert.ok(s.includes(`**${q}**`), q);
    }
  });

  it('says so when a section has nothing to show', () => {
    const calm = reviewText(weeklyReview([CALM], TODAY, SETTINGS));
    assert.ok(calm.includes('Nobody is overdue.'));
    assert.ok(calm.includes('No open promises.'));
    assert.ok(calm.includes('Nothing has gone stale.'));
    assert.ok(calm.includes('- **Calm**: 1 contact (2026-12-01), time not logged'));
    const none = reviewText(weeklyReview([], TODAY, SETTINGS));
    assert.ok(none.includes('No contact with a customer recorded this week yet.'));
    // With no customers there is nobody to praise: no "every habit was reflected on recently".
    assert.ok(!none.includes('Every habit was reflected on recently'), none);
    assert.ok(!none.includes('Well kept'), none);
    assert.ok(section(none, 'Habits gone quiet').includes('No customer notes yet.'));
  });

  it('holds nothing the note parser would read as a contact, a promise or a habit', () => {
    const body = parseBody(text);
    assert.deepEqual([body.entries.length, body.commitments.length, body.habits.length, body.register.length], [0, 0, 0, 0]);
    assert.equal(reviewText(weeklyReview([], day(2027, 1, 2), SETTINGS)).split('\n')[2], 'week: 2026-W53');
  });
});
