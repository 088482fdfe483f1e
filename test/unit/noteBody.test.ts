import * as assert from 'node:assert/strict';
import { parseBody } from '../../src/core/reading/noteBody';
import { parseDuration } from '../../src/core/reading/markdownLines';
import { day, lines } from './helpers';

describe('noteBody', () => {
  describe('parseDuration', () => {
    const cases: [string, number, string][] = [
      ['Quarterly review (45m)', 45, 'Quarterly review'],
      ['Review (1h30m)', 90, 'Review'],
      ['Review (1h 30m)', 90, 'Review'],
      ['Review (1.5h)', 90, 'Review'],
      ['Review (2h)', 120, 'Review'],
      ['Review (90 min)', 90, 'Review'],
      ['Review (45M)', 45, 'Review'],
      ['Review ( 20m )', 20, 'Review'],
      ['Lunch (0.25h)', 15, 'Lunch'],
      ['(30m)', 30, ''],
    ];
    for (const [text, minutes, rest] of cases) {
      it(`reads "${text}" as ${minutes} minutes`, () => assert.deepEqual(parseDuration(text), { minutes, rest }));
    }

    it('finds no duration where there is none', () => {
      for (const text of ['Review', 'Review ()', 'Review (h)', '(45m) Review', 'Review (45m) with Dana', 'Review (45 seconds)', 'Review (notes)']) {
        assert.equal(parseDuration(text), undefined, text);
      }
    });

    it('reads (0m), a template\'s "not filled in yet", as no time at all', () => {
      assert.deepEqual(parseDuration('Review (0m)'), { minutes: 0, rest: 'Review' });
      assert.deepEqual(parseBody('### 2026-11-20 Review (0m)').entries, [{ date: day(2026, 11, 20), title: 'Review', line: 0, minutes: undefined }]);
    });
  });

  describe('contact-log entries', () => {
    it('reads dated headings of level 2 to 4 with durations, titles without the duration', () => {
      const body = parseBody(lines([
        '# Acme',                               // 0
        '# 2026-01-01 Level one is not an entry', // 1
        '## 2026-11-20 Quarterly review (45m)', // 2
        '### 2026-11-13 Call (1h30m)',          // 3
        '#### 2026-11-06 Coffee (1.5h)',        // 4
        '##### 2026-10-30 Level five is not an entry', // 5
        '###### 2026-10-29 Nor six',            // 6
        '### 2026-10-20 Workshop (2h)',         // 7
        '### 2026-10-10 Dinner (90 min)',       // 8
        '### 2026-10-01',                       // 9
        '### 2026-09-30 No duration',           // 10
        '### 2026-09-31 Impossible date',       // 11
        '### Not dated 2026-09-01',             // 12
        '###2026-09-02 no space is not a heading', // 13
        '### 2026-09-03 Trailing hashes ###',   // 14
      ]));
      assert.equal(body.title, 'Acme');
      assert.deepEqual(body.entries, [
        { date: day(2026, 11, 20), title: 'Quarterly review', line: 2, minutes: 45 },
        { date: day(2026, 11, 13), title: 'Call', line: 3, minutes: 90 },
        { date: day(2026, 11, 6), title: 'Coffee', line: 4, minutes: 90 },
        { date: day(2026, 10, 20), title: 'Workshop', line: 7, minutes: 120 },
        { date: day(2026, 10, 10), title: 'Dinner', line: 8, minutes: 90 },
        { date: day(2026, 10, 1), title: '', line: 9, minutes: undefined },
        { date: day(2026, 9, 30), title: 'No duration', line: 10, minutes: undefined },
        { date: day(2026, 9, 3), title: 'Trailing hashes', line: 14, minutes: undefined },
      ]);
    });

    it('ignores headings inside fenced code', () => {
      const body = parseBody(lines([
        '```markdown',
        '### 2026-11-20 Inside a fence',
        '# Not the title',
        '```',
        '~~~',
        '### 2026-11-21 Inside a tilde fence',
        '```',
        '### 2026-11-22 Still inside: a ``` line does not close ~~~',
        '~~~',
        '# Title',
        '### 2026-11-23 Outside',
      ]));
      assert.equal(body.title, 'Title');
      assert.deepEqual(body.entries.map((e) => [e.title, e.line]), [['Outside', 10]]);
    });

    it('counts lines from the given offset and first line', () => {
      const text = '---\nname: A\n---\n# A\n\n### 2026-11-20 Call (30m)\n';
      const bodyStart = text.indexOf('# A');
      const body = parseBody(text, bodyStart, 3);
      assert.equal(body.title, 'A');
      assert.deepEqual(body.entries, [{ date: day(2026, 11, 20), title: 'Call', line: 5, minutes: 30 }]);
    });

    it('reads CRLF text with the same lines and clean titles', () => {
      const body = parseBody('# Acme\r\n\r\n## Contact log\r\n\r\n### 2026-11-20 Review (45m)\r\nCloseness: 4\r\n- [ ] send it (due 2026-12-05)\r\n');
      assert.equal(body.title, 'Acme');
      assert.deepEqual(body.entries, [{ date: day(2026, 11, 20), title: 'Review', line: 4, minutes: 45 }]);
      assert.deepEqual(body.closeness, [{ date: day(2026, 11, 20), value: 4, line: 5 }]);
      assert.deepEqual(body.commitments, [{ text: 'send it', done: false, due: day(2026, 12, 5), line: 6 }]);
    });

    it('reads an empty body', () => {
      assert.deepEqual(parseBody(''), { title: undefined, entries: [], habits: [], commitments: [], register: [], closeness: [] });
    });
  });

  describe('habit tags', () => {
    it('date a habit tag with the date of the heading above', () => {
      const body = parseBody(lines([
        '## Contact log',                                // 0
        '### 2026-11-20 Reflection: understand (30m)',  // 1
        '#habit/understand',                            // 2
        'Some text #habit/vulnerability in a line',     // 3
        '### 2026-10-01 Time review',                   // 4
        '#habit/time',                                  // 5
        '#habit/unknown',                               // 6
        'not#habit/time (no space before)',             // 7
      ]));
      assert.deepEqual(body.habits, [
        { habit: 'understand', date: day(2026, 11, 20), line: 2 },
        { habit: 'vulnerability', date: day(2026, 11, 20), line: 3 },
        { habit: 'time', date: day(2026, 10, 1), line: 5 },
      ]);
    });

    it('takes the date from any heading level, and ignores tags in fenced code', () => {
      const body = parseBody(lines([
        '##### Reflection 2026-09-15',
        '#habit/understand',
        '```',
        '#habit/time',
        '```',
      ]));
      assert.deepEqual(body.habits, [{ habit: 'understand', date: day(2026, 9, 15), line: 1 }]);
    });
  });

  describe('commitments', () => {
    it('reads open and done task lines with and without a due date', () => {
      const body = parseBody(lines([
        '# Acme',
        '- [ ] send the roadmap (due 2026-12-05)',
        '* [x] done',
        '+ [X] also done (due 2026-11-01)',
        '  - [ ] nested, no due date',
        '- [ ] impossible due (due 2026-02-30)',
        '- [] not a task',
        '-[ ] not a task either',
        '- [ ] (Due 2026-12-24) before the text',
      ]));
      assert.deepEqual(body.commitments, [
        { text: 'send the roadmap', done: false, due: day(2026, 12, 5), line: 1 },
        { text: 'done', done: true, due: undefined, line: 2 },
        { text: 'also done', done: true, due: day(2026, 11, 1), line: 3 },
        { text: 'nested, no due date', done: false, due: undefined, line: 4 },
        { text: 'impossible due', done: false, due: undefined, line: 5 },
        { text: 'before the text', done: false, due: day(2026, 12, 24), line: 8 },
      ]);
    });
  });

  describe('opportunities and risks', () => {
    it('reads items only under "## Opportunities and risks", the later date winning', () => {
      const body = parseBody(lines([
        '# Acme',                                                            // 0
        '- Risk: outside the section (noted 2026-01-01)',                    // 1
        '## Opportunities and risks',                                        // 2
        '- Opportunity: shared data platform (noted 2026-10-01)',            // 3
        '- Risk: key sponsor leaves (noted 2026-06-01) (revisited 2026-09-15)', // 4
        '* risk: (revisited 2026-08-01) budget cut (noted 2026-08-20)',      // 5
        '- Opportunity: no date yet',                                        // 6
        '- Something else (noted 2026-10-01)',                               // 7
        '## Contact log',                                                    // 8
        '- Risk: after the section (noted 2026-10-01)',                      // 9
      ]));
      assert.deepEqual(body.register, [
        { kind: 'opportunity', text: 'shared data platform', touched: day(2026, 10, 1), line: 3 },
        { kind: 'risk', text: 'key sponsor leaves', touched: day(2026, 9, 15), line: 4 },
        { kind: 'risk', text: 'budget cut', touched: day(2026, 8, 20), line: 5 },
        { kind: 'opportunity', text: 'no date yet', touched: undefined, line: 6 },
      ]);
    });

    it('keeps items under a sub-heading of the section', () => {
      const body = parseBody(lines([
        '## Opportunities and risks',
        '### Emerging',
        '- Opportunity: AI triage (noted 2026-10-01)',
        '# Next top section',
        '- Risk: outside (noted 2026-10-01)',
      ]));
      assert.deepEqual(body.register.map((r) => [r.kind, r.text, r.line]), [['opportunity', 'AI triage', 2]]);
    });
  });

  describe('closeness', () => {
    it('reads "Closeness: n" inside a log entry, dated by the entry', () => {
      const body = parseBody(lines([
        'Closeness: 5',                       // 0: no entry yet
        '## Contact log',                     // 1
        '### 2026-11-20 Review',              // 2
        'Closeness: 4',                       // 3
        '### 2026-10-01 Call',                // 4
        '- **Closeness:** 2',                 // 5
        'closeness: 9',                       // 6: out of range
        '### 2026-09-01 Lunch',               // 7
        'We talked about closeness: 3 times', // 8: not at the start
      ]));
      assert.deepEqual(body.closeness, [
        { date: day(2026, 11, 20), value: 4, line: 3 },
        { date: day(2026, 10, 1), value: 2, line: 5 },
      ]);
    });
  });

  describe('edges of the line walk', () => {
    it('reads CRLF text inside and around fences alike', () => {
      const body = parseBody(lines(['# Acme', '```', '### 2026-11-21 In code', '```', '### 2026-11-20 Review (45m)', '- [x] sent (due 2026-12-05)', 'Closeness: 4', ''], '\r\n'));
      assert.equal(body.title, 'Acme');
      assert.deepEqual(body.entries, [{ date: day(2026, 11, 20), title: 'Review', line: 4, minutes: 45 }]);
      assert.deepEqual(body.commitments, [{ text: 'sent', done: true, due: day(2026, 12, 5), line: 5 }]);
      assert.deepEqual(body.closeness, [{ date: day(2026, 11, 20), value: 4, line: 6 }]);
    });

    it('closes a fence by its kind of marker, whatever its length, and only three spaces may indent one', () => {
      const body = parseBody(lines([
        '````',                              // 0: opens (a ``` fence)
        '### 2026-11-01 Inside four',        // 1
        '```',                               // 2: closes it
        '### 2026-11-02 After',              // 3
        '~~~~',                              // 4: opens a ~~~ fence
        '```',                               // 5: no close: the other kind
        '### 2026-11-03 Still inside',       // 6
        '~~~',                               // 7: closes
        '   ```',                            // 8: three spaces: a fence
        '### 2026-11-04 Inside indented',    // 9
        '\t```',                             // 10: a tab counts as a space: closes
        '    ```',                           // 11: four spaces: no fence
        '### 2026-11-05 Outside',            // 12
      ]));
      assert.deepEqual(body.entries.map((e) => [e.title, e.line]), [['After', 3], ['Outside', 12]]);
    });

    it('takes a tab after the hashes, the bullet or the colon as a space', () => {
      const body = parseBody(lines(['#\tAcme', '###\t2026-11-20\tCall\t(30m)', '-\t[ ]\tsend it', 'Closeness:\t3', '## Opportunities and risks', '*\tRisk:\tbudget']));
      assert.equal(body.title, 'Acme');
      assert.deepEqual(body.entries, [{ date: day(2026, 11, 20), title: 'Call', line: 1, minutes: 30 }]);
      assert.deepEqual(body.commitments, [{ text: 'send it', done: false, due: undefined, line: 2 }]);
      assert.deepEqual(body.closeness, [{ date: day(2026, 11, 20), value: 3, line: 3 }]);
      assert.deepEqual(body.register, [{ kind: 'risk', text: 'budget', touched: undefined, line: 5 }]);
    });

    it('reads no heading, task or item on a line with a lone CR or a line separator, as the patterns do', () => {
      const body = parseBody(lines(['# Title\rmore', '### 2026-11-20 Call\u2028x', '### 2026-11-21 Call', '- [ ] task\rmore', '- [ ] task\u2029', '- [ ] kept']));
      assert.equal(body.title, undefined);
      assert.deepEqual(body.entries.map((e) => e.line), [2]);
      assert.deepEqual(body.commitments.map((c) => c.text), ['kept']);
    });

    it('reads a note that is one 1 MB line', () => {
      const long = 'word '.repeat(200_000);
      assert.deepEqual(parseBody(long), { title: undefined, entries: [], habits: [], commitments: [], register: [], closeness: [] });
      const heading = parseBody(`### 2026-11-20 ${long}(30m)`);
      assert.equal(heading.entries.length, 1);
      assert.equal(heading.entries[0].title, long.trim());
      assert.equal(heading.entries[0].minutes, 30);
    });

    it('reads a 2 MB note of headings, every one', () => {
      const text = Array.from({ length: 100_000 }, (_, i) => `## 2026-01-${String((i % 28) + 1).padStart(2, '0')} Call ${i % 10} (${(i % 5) * 15}m)`).join('\n');
      assert.ok(text.length > 2_000_000);
      const body = parseBody(text);
      assert.equal(body.entries.length, 100_000);
      assert.deepEqual(body.entries[99_999], { date: day(2026, 1, 12), title: 'Call 9', line: 99_999, minutes: 60 });
      assert.equal(body.entries[5].minutes, undefined);
    });

    it('shares one frozen object per day and one empty list between notes', () => {
      const a = parseBody('### 2026-11-20 Call\n- [ ] x (due 2026-11-20)\n');
      const b = parseBody('## 2026-11-20 Review\n');
      assert.equal(a.entries[0].date, b.entries[0].date);
      assert.equal(a.commitments[0].due, a.entries[0].date);
      assert.ok(Object.isFrozen(a.entries[0].date));
      assert.equal(a.register, b.closeness);
      assert.ok(Object.isFrozen(b.register));
    });
  });
});
