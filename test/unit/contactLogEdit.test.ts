import * as assert from 'node:assert/strict';
import { contactLogInsertion, logContactEdits, logEntriesEdits, type LogContactResult } from '../../src/core/editing/contactLogEdit';
import type { Message, TextEdit } from '../../src/core/model';
import { applyEdits, day, lines } from './helpers';

const DATE = day(2026, 12, 1);
const TITLE = 'Call with Dana (30m)';
const ENTRY = '### 2026-12-01 Call with Dana (30m)';

function edited(text: string, title = TITLE): string {
  const result: LogContactResult = logContactEdits(text, DATE, title);
  if (!result.ok) assert.fail(`refused: ${JSON.stringify(result.message)}`);
  return applyEdits(text, result.edits);
}

describe('contactLogEdit', () => {
  describe('contacts only move forward', () => {
    const NOTE = lines(['---', 'name: Acme', 'last_contacted: 2026-11-29  # kept', '---', '# Acme', '', '## Contact log', '', '### 2026-11-29 Review', '']);

    it('keeps a later last_contacted when an earlier date is logged, adds the entry, and says which date it kept', () => {
      const result = logContactEdits(NOTE, day(2026, 11, 20), 'Site visit (2h)');
      assert.ok(result.ok);
      assert.deepEqual(result.keptLater, day(2026, 11, 29));
      assert.equal(applyEdits(NOTE, result.edits), lines(['---', 'name: Acme', 'last_contacted: 2026-11-29  # kept', '---', '# Acme', '', '## Contact log', '', '### 2026-11-29 Review', '', '### 2026-11-20 Site visit (2h)', '']));
    });

    it('changes nothing for an earlier date without an entry ("Yesterday" on a note contacted today)', () => {
      const result = logContactEdits(NOTE, day(2026, 11, 28));
      assert.ok(result.ok);
      assert.deepEqual(result.edits, []);
      assert.deepEqual(result.keptLater, day(2026, 11, 29));
    });

    it('changes nothing and keeps nothing for the same day, even when written as a date-time', () => {
      const text = NOTE.replace('last_contacted: 2026-11-29', 'last_contacted: 2026-11-29T16:30');
      const result = logContactEdits(text, day(2026, 11, 29));
      assert.deepEqual(result, { ok: true, edits: [], keptLater: undefined });
    });

    it('moves a later date in', () => {
      assert.match(applyEdits(NOTE, (logContactEdits(NOTE, day(2026, 12, 1)) as { edits: TextEdit[] }).edits), /^last_contacted: 2026-12-01  # kept$/m);
    });

    it('does not add the same entry twice on one day, and says so', () => {
      const once = applyEdits(NOTE, (logContactEdits(NOTE, DATE, 'Site visit (2h)') as { edits: TextEdit[] }).edits);
      const twice = logContactEdits(once, DATE, '  site   Visit (2h) ');
      assert.deepEqual(twice, { ok: true, edits: [], keptLater: undefined, duplicateEntry: true });
      // Another duration or title is another entry.
      assert.equal((logContactEdits(once, DATE, 'Site visit (1h)') as { duplicateEntry?: boolean }).duplicateEntry, undefined);
    });

    it('refuses a note the reader refuses, with the reader\'s own reason', () => {
      const broken = lines(['---', 'name: Acme', 'tags:', '  - a', ' - b', '---', '']);
      const result = logContactEdits(broken, DATE);
      assert.equal(result.ok, false);
      assert.deepEqual((result as { message: Message }).message, { id: 'yaml-invalid', reason: 'bad indentation of a mapping entry' });
    });
  });

  describe('logContactEdits', () => {
    it('appends to a chronological log, before the next section, keeping the blank line', () => {
      const text = lines([
        '---', 'name: Acme', 'last_contacted: 2026-11-01   # set by Log Contact', '---', '# Acme', '',
        '## Contact log', '', '### 2026-10-01 Intro', 'notes', '', '### 2026-11-01 Review', 'more', '',
        '## Opportunities and risks', '- Risk: x', '',
      ]);
      assert.equal(edited(text), lines([
        '---', 'name: Acme', 'last_contacted: 2026-12-01   # set by Log Contact', '---', '# Acme', '',
        '## Contact log', '', '### 2026-10-01 Intro', 'notes', '', '### 2026-11-01 Review', 'more', '',
        ENTRY, '',
        '## Opportunities and risks', '- Risk: x', '',
      ]));
    });

    it('adds the blank line before the next section when there was none', () => {
      const text = lines(['---', 'name: Acme', '---', '## Contact log', '', '### 2026-10-01 Intro', 'notes', '## Next', '']);
      assert.equal(edited(text), lines(['---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '## Contact log', '', '### 2026-10-01 Intro', 'notes', '', ENTRY, '', '## Next', '']));
    });

    it('appends at the end when the log is the last section', () => {
      const text = lines(['---', 'name: Acme', '---', '# Acme', '', '## Contact log', '', '### 2026-10-01 Intro', 'notes', '', '', '']);
      assert.equal(edited(text), lines(['---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '# Acme', '', '## Contact log', '', '### 2026-10-01 Intro', 'notes', '', ENTRY, '', '', '']));
    });

    it('appends to a log whose last line has no line break', () => {
      const text = lines(['---', 'name: Acme', '---', '## Contact log', '', '### 2026-10-01 Intro', 'notes']);
      assert.equal(edited(text), lines(['---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '## Contact log', '', '### 2026-10-01 Intro', 'notes', '', ENTRY, '']));
    });

    it('inserts before the first entry of a newest-first log, at its heading level', () => {
      const text = lines(['---', 'name: Acme', '---', '# Acme', '', '## Contact log', '', '#### 2026-11-01 Review', 'more', '', '#### 2026-10-01 Intro', 'notes', '']);
      assert.equal(edited(text), lines([
        '---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '# Acme', '', '## Contact log', '',
        '#### 2026-12-01 Call with Dana (30m)', '', '#### 2026-11-01 Review', 'more', '', '#### 2026-10-01 Intro', 'notes', '',
      ]));
    });

    it('adds the section at the end, after a blank line, when there is none', () => {
      const text = lines(['---', 'name: Acme', '---', '# Acme', '', 'Some text', '']);
      assert.equal(edited(text), lines(['---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '# Acme', '', 'Some text', '', '## Contact log', '', ENTRY, '']));
      const noBreak = lines(['---', 'name: Acme', '---', '# Acme']);
      assert.equal(edited(noBreak), lines(['---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '# Acme', '', '## Contact log', '', ENTRY, '']));
    });

    it('creates the front matter when there is none', () => {
      const text = lines(['# Acme', '', '## Contact log', '']);
      assert.equal(edited(text), lines(['---', 'last_contacted: 2026-12-01', '---', '# Acme', '', '## Contact log', '', ENTRY, '']));
    });

    it('creates the front matter after a BOM', () => {
      const text = '\ufeff# Acme\n';
      assert.equal(edited(text), lines(['\ufeff---', 'last_contacted: 2026-12-01', '---', '# Acme', '', '## Contact log', '', ENTRY, '']));
    });

    it('fills an empty file with front matter then the log, in one edit', () => {
      const result = logContactEdits('', DATE, TITLE);
      assert.ok(result.ok);
      assert.equal(result.edits.length, 1);
      assert.equal(applyEdits('', result.edits), lines(['---', 'last_contacted: 2026-12-01', '---', '## Contact log', '', ENTRY, '']));
    });

    it('keeps CRLF line endings everywhere', () => {
      const text = lines(['---', 'name: Acme', '---', '# Acme', '', '## Contact log', '', '### 2026-10-01 Intro', 'notes', '', '## Next', ''], '\r\n');
      const out = edited(text);
      assert.equal(out, lines(['---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '# Acme', '', '## Contact log', '', '### 2026-10-01 Intro', 'notes', '', ENTRY, '', '## Next', ''], '\r\n'));
      assert.equal(/[^\r]\n/.test(out), false, 'no bare LF');
    });

    it('keeps CRLF when adding a new section', () => {
      const text = lines(['---', 'name: Acme', '---', '# Acme', ''], '\r\n');
      assert.equal(edited(text), lines(['---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '# Acme', '', '## Contact log', '', ENTRY, ''], '\r\n'));
    });

    it('ignores a "## Contact log" inside fenced code', () => {
      const text = lines(['---', 'name: Acme', '---', '# Acme', '', '```md', '## Contact log', '```', '']);
      assert.equal(edited(text), lines(['---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '# Acme', '', '```md', '## Contact log', '```', '', '## Contact log', '', ENTRY, '']));
    });

    it('treats ``` inside a ~~~ block as code, like the parser does', () => {
      const text = lines(['---', 'name: Acme', '---', '~~~', '```', '~~~', '', '## Contact log', '', '### 2026-10-01 Intro', '']);
      assert.equal(edited(text), lines(['---', 'name: Acme', 'last_contacted: 2026-12-01', '---', '~~~', '```', '~~~', '', '## Contact log', '', '### 2026-10-01 Intro', '', ENTRY, '']));
    });

    it('only sets last_contacted without a title, and folds line breaks in a title', () => {
      const only = logContactEdits('---\nname: A\n---\n', DATE);
      assert.ok(only.ok);
      assert.equal(only.edits.length, 1);
      assert.equal(applyEdits('---\nname: A\n---\n', only.edits), '---\nname: A\nlast_contacted: 2026-12-01\n---\n');
      assert.equal(edited('---\nname: A\n---\n## Contact log\n', 'Two\nlines\r\nhere '), '---\nname: A\nlast_contacted: 2026-12-01\n---\n## Contact log\n\n### 2026-12-01 Two lines here\n');
    });

    it('refuses a note with broken front matter, writing nothing', () => {
      const result = logContactEdits('---\nname: a\nname: b\n---\n# A\n', DATE, TITLE);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.equal(result.line, 2);
        assert.equal(result.message.id, 'yaml-invalid');
      }
      const js = logContactEdits('---js\n{ name: "a" }\n---\n', DATE, TITLE);
      assert.equal(js.ok, false);
      assert.equal(logContactEdits('---\nname: a\n', DATE, TITLE).ok, false);
    });
  });

  describe('contactLogInsertion', () => {
    it('returns one insertion (start equals end)', () => {
      const text = '# A\n\n## Contact log\n\n### 2026-10-01 Intro\n';
      const edit: TextEdit = contactLogInsertion(text, '2026-12-01 Lunch');
      assert.deepEqual(edit, { start: text.length, end: text.length, text: '\n### 2026-12-01 Lunch\n' });
    });

    it('treats a single entry as chronological', () => {
      const text = '## Contact log\n### 2026-11-01 Review\n## Next\n';
      assert.equal(applyEdits(text, [contactLogInsertion(text, '2026-12-01 Lunch')]), '## Contact log\n### 2026-11-01 Review\n\n### 2026-12-01 Lunch\n\n## Next\n');
    });

    it('finds the section whatever its case, skipping undated sub-headings', () => {
      const text = '## contact LOG\n### Notes on format\n### 2026-10-01 A\n### 2026-09-01 B\n';
      assert.equal(applyEdits(text, [contactLogInsertion(text, '2026-12-01 Lunch')]), '## contact LOG\n### Notes on format\n### 2026-12-01 Lunch\n\n### 2026-10-01 A\n### 2026-09-01 B\n');
    });

    it('writes several headings as one block, oldest first in a chronological log, newest first in a newest-first one', () => {
      const two = ['2026-11-24 Sync (1h)', '2026-11-26 Review (45m)'];
      const chronological = '## Contact log\n\n### 2026-10-01 Intro\n\n## Next\n';
      assert.equal(applyEdits(chronological, [contactLogInsertion(chronological, two)]),
        '## Contact log\n\n### 2026-10-01 Intro\n\n### 2026-11-24 Sync (1h)\n\n### 2026-11-26 Review (45m)\n\n## Next\n');
      const newestFirst = '## Contact log\n\n#### 2026-11-01 B\n\n#### 2026-10-01 A\n';
      assert.equal(applyEdits(newestFirst, [contactLogInsertion(newestFirst, two)]),
        '## Contact log\n\n#### 2026-11-26 Review (45m)\n\n#### 2026-11-24 Sync (1h)\n\n#### 2026-11-01 B\n\n#### 2026-10-01 A\n');
      const none = '---\r\nname: A\r\n---\r\n# A\r\n';
      assert.equal(applyEdits(none, [contactLogInsertion(none, two)]),
        '---\r\nname: A\r\n---\r\n# A\r\n\r\n## Contact log\r\n\r\n### 2026-11-24 Sync (1h)\r\n\r\n### 2026-11-26 Review (45m)\r\n');
    });
  });

  describe('logEntriesEdits', () => {
    it('moves last_contacted forward to the latest entry and adds every heading', () => {
      const text = lines(['---', 'name: Acme', 'last_contacted: 2026-11-20', '---', '## Contact log', '', '### 2026-11-20 Review', '']);
      const result = logEntriesEdits(text, day(2026, 11, 26), ['2026-11-24 Sync (1h)', '2026-11-26 Review (45m)']);
      assert.ok(result.ok);
      assert.equal(result.edits.length, 2);
      assert.equal(applyEdits(text, result.edits), lines(['---', 'name: Acme', 'last_contacted: 2026-11-26', '---', '## Contact log', '',
        '### 2026-11-20 Review', '', '### 2026-11-24 Sync (1h)', '', '### 2026-11-26 Review (45m)', '']));
    });

    it('keeps a later last_contacted and says so', () => {
      const text = '---\nlast_contacted: 2026-12-01\n---\n';
      const result = logEntriesEdits(text, day(2026, 11, 26), ['2026-11-26 Review']);
      assert.ok(result.ok);
      assert.deepEqual(result.keptLater, day(2026, 12, 1));
      assert.equal(applyEdits(text, result.edits), '---\nlast_contacted: 2026-12-01\n---\n## Contact log\n\n### 2026-11-26 Review\n');
    });

    it('writes an empty note in one edit, front matter first, and refuses a note it cannot read', () => {
      const result = logEntriesEdits('', day(2026, 11, 26), ['2026-11-24 Sync', '2026-11-26 Review']);
      assert.ok(result.ok);
      assert.equal(result.edits.length, 1);
      assert.equal(applyEdits('', result.edits), '---\nlast_contacted: 2026-11-26\n---\n## Contact log\n\n### 2026-11-24 Sync\n\n### 2026-11-26 Review\n');
      assert.equal(logEntriesEdits('---\nname: a\nname: b\n---\n', day(2026, 11, 26), ['2026-11-26 Review']).ok, false);
    });
  });
});
