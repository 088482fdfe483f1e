import * as assert from 'node:assert/strict';
import { meetingFileName, meetingNote, type MeetingNoteWords } from '../../src/core/templates/meetingNote';
import { day, lines } from './helpers';

const ENGLISH: MeetingNoteWords = { withWhom: 'With {0}.', pair: '{0} and {1}', series: '{0}, {1}', notes: 'Notes', promises: 'Promises' };
const GERMAN: MeetingNoteWords = { withWhom: 'Mit {0}.', pair: '{0} und {1}', series: '{0}, {1}', notes: 'Notizen', promises: 'Versprechen' };

describe('meetingNote', () => {
  it('writes the date, the title, a line linking the customers and the two sections', () => {
    const note = meetingNote(day(2026, 12, 1), 'Steering', ['[[acme-logistics]]', '[[laura-bennett]]'], ENGLISH);
    assert.equal(note.text, lines([
      '---',
      'date: 2026-12-01',
      '---',
      '# Steering',
      '',
      'With [[acme-logistics]] and [[laura-bennett]].',
      '',
      '## Notes',
      '',
      '## Promises',
      '- [ ] ',
      '',
    ]));
    assert.equal(note.text.split('\n')[note.writingLine], '', 'the writing line is empty');
    assert.equal(note.text.split('\n')[note.writingLine - 1], '## Notes', 'and right under the notes heading');
  });

  it('joins one, two, three and more customers in the words it is given', () => {
    const withLine = (links: string[], words = ENGLISH) => meetingNote(day(2026, 12, 1), 'x', links, words).text.split('\n')[5];
    assert.equal(withLine(['[[a]]']), 'With [[a]].');
    assert.equal(withLine(['[[a]]', '[[b]]']), 'With [[a]] and [[b]].');
    assert.equal(withLine(['[[a]]', '[[b]]', '[[c]]']), 'With [[a]], [[b]] and [[c]].');
    assert.equal(withLine(['[[a]]', '[[b]]', '[[c]]', '[[d]]']), 'With [[a]], [[b]], [[c]] and [[d]].');
    assert.equal(withLine(['[[a]]', '[[b]]', '[[c]]'], GERMAN), 'Mit [[a]], [[b]] und [[c]].');
  });

  it('takes its headings from the words and keeps the title on one line', () => {
    const note = meetingNote(day(2027, 1, 5), '  Budget\n  review\t2027 ', ['[[a]]'], GERMAN);
    assert.deepEqual(note.text.split('\n').filter((l) => l.startsWith('#')), ['# Budget review 2027', '## Notizen', '## Versprechen']);
    assert.match(note.text, /^---\ndate: 2027-01-05\n---\n/);
  });

  it('leaves out the line of names when there is nobody to link', () => {
    const note = meetingNote(day(2026, 12, 1), 'Alone', [], ENGLISH);
    assert.equal(note.text, lines(['---', 'date: 2026-12-01', '---', '# Alone', '', '## Notes', '', '## Promises', '- [ ] ', '']));
    assert.equal(note.writingLine, 6);
  });
});

describe('meetingFileName', () => {
  it('is the date and the title, numbered from the second copy on', () => {
    assert.equal(meetingFileName(day(2026, 12, 1), 'Steering'), '2026-12-01 Steering.md');
    assert.equal(meetingFileName(day(2026, 12, 1), 'Steering', 1), '2026-12-01 Steering.md');
    assert.equal(meetingFileName(day(2026, 12, 1), 'Steering', 2), '2026-12-01 Steering 2.md');
    assert.equal(meetingFileName(day(2026, 12, 1), 'Steering', 3), '2026-12-01 Steering 3.md');
  });

  it('makes the title safe for a file name, and refuses one with nothing left', () => {
    assert.equal(meetingFileName(day(2026, 3, 9), '  Q1/Q2 review: budget?  '), '2026-03-09 Q1-Q2 review budget.md');
    assert.equal(meetingFileName(day(2026, 3, 9), '../../etc/passwd'), '2026-03-09 etc-passwd.md');
    assert.equal(meetingFileName(day(2026, 3, 9), '???'), undefined);
    assert.equal(meetingFileName(day(2026, 3, 9), '   '), undefined);
  });
});
