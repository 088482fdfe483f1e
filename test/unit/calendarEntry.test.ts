// What an accepted calendar event writes: the heading Log Contact writes, with the calendar's title made
// safe for a heading, and `last_contacted` moved forward only; an entry already there is never written again.
import * as assert from 'node:assert/strict';
import { calendarEntry, entryHeading, entryTitle, MAX_TITLE_LENGTH, type CalendarEntry } from '../../src/core/calendar/calendarEntry';
import { importEdits } from '../../src/core/calendar/importEdits';
import { datedHeadingOf, headingOf } from '../../src/core/reading/markdownLines';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { parseNoteLinks } from '../../src/core/mentions/noteLinks';
import { applyEdits, day, lines } from './helpers';
import { fixture, read } from './calendarHelpers';

const entry = (title: string, minutes?: number, date = day(2026, 11, 20)): CalendarEntry => ({ date, title, ...(minutes && { minutes }) });

/** The heading as the note's reader reads it back. */
function readBack(heading: string) {
  const dated = datedHeadingOf(headingOf(`### ${heading}`)!);
  assert.ok(dated, heading);
  return dated;
}

function imported(text: string, entries: readonly CalendarEntry[]) {
  const result = importEdits(text, entries);
  if (!result.ok) assert.fail(`refused: ${JSON.stringify(result.message)}`);
  return { ...result, text: applyEdits(text, result.edits) };
}

const NASTY = [
  'Quarterly review',
  'Sync\nwith\r\nHenrik\tand Aisha',
  'Review <!-- draft',
  'Notes --> later',
  '[[acme-logistics]] pricing',
  '[[[[nested]]]]',
  '[Acme](../customers/acme.md) QBR',
  'Sprint planning ##',
  'C# guild #',
  '## Heading inside',
  '### 2026-01-01 Fake entry (30m)',
  'Quick sync (30m)',
  '(1h)',
  'Line\u2028separator\u2029here',
  'Über-Planung: Ärger & Öl 🛢️ mit Zoë',
  '',
  '   ',
  `Very ${'long '.repeat(60)}title`,
];

describe('calendar: what an accepted event writes', () => {
  describe('the heading', () => {
    it('writes `YYYY-MM-DD <title> (<duration>)` in the units the note reads, whatever the leader\'s language', () => {
      assert.equal(entryHeading(entry('Quarterly review', 45)), '2026-11-20 Quarterly review (45m)');
      assert.equal(entryHeading(entry('Quarterly review', 60)), '2026-11-20 Quarterly review (1h)');
      assert.equal(entryHeading(entry('Quarterly review', 90)), '2026-11-20 Quarterly review (1h30m)');
      assert.equal(entryHeading(entry('Workshop', 480)), '2026-11-20 Workshop (8h)');
      assert.equal(entryHeading(entry('Quarterly review')), '2026-11-20 Quarterly review');
      assert.equal(entryHeading(entry('', 30)), '2026-11-20 (30m)');
      assert.equal(entryHeading(entry('')), '2026-11-20');
    });

    it('takes the event\'s local day, safe title and duration', () => {
      const event = read(fixture('outlook-w-europe.ics')).events.find((e) => e.title === 'S/4 business case checkpoint')!;
      assert.deepEqual(calendarEntry(event), { date: day(2026, 11, 3), title: 'S/4 business case checkpoint', minutes: 90 });
      assert.equal(entryHeading(calendarEntry(event)), '2026-11-03 S/4 business case checkpoint (1h30m)');
      assert.deepEqual(calendarEntry({ ...event, minutes: undefined }), { date: day(2026, 11, 3), title: 'S/4 business case checkpoint' });
    });

    it('reads back as the same day, title and minutes, whatever the title was', () => {
      for (const title of NASTY) {
        for (const minutes of [undefined, 45, 90]) {
          const e = entry(entryTitle(title), minutes);
          const back = readBack(entryHeading(e));
          assert.deepEqual(back.date, e.date, title);
          // Without a duration of ours, a title that ends like one is read as one: the event's own words.
          if (minutes || !/\(\s*\d/.test(e.title)) {
            assert.equal(back.title, e.title, JSON.stringify(title));
            assert.equal(back.minutes, minutes, JSON.stringify(title));
          }
        }
      }
    });
  });

  describe('the title', () => {
    it('puts a title of several lines on one', () => {
      assert.equal(entryTitle('Sync\nwith\r\nHenrik\tand Aisha'), 'Sync with Henrik and Aisha');
      assert.equal(entryTitle('Line\u2028separator\u2029here\u0007'), 'Line separator here');
      assert.equal(entryTitle('  spaced   out  '), 'spaced out');
    });

    it('takes the markers off that would hide the lines below or make a link', () => {
      assert.equal(entryTitle('Review <!-- draft'), 'Review <! -- draft');
      assert.equal(entryTitle('Notes --> later'), 'Notes -- > later');
      assert.equal(entryTitle('[[acme-logistics]] pricing'), '[acme-logistics] pricing');
      assert.equal(entryTitle('[[[[nested]]]]'), '[nested]');
      assert.equal(entryTitle('[Acme](../customers/acme.md) QBR'), '[Acme] (../customers/acme.md) QBR');
    });

    it('drops the closing `#`s a heading would lose, keeps a leading `#`', () => {
      assert.equal(entryTitle('Sprint planning ##'), 'Sprint planning');
      assert.equal(entryTitle('#1 priority'), '#1 priority');
    });

    it(`cuts a title longer than ${MAX_TITLE_LENGTH} characters at a word, never inside a character`, () => {
      const long = entryTitle(`Very ${'long '.repeat(60)}title`);
      assert.ok(Array.from(long).length <= MAX_TITLE_LENGTH, long);
      assert.match(long, /^Very (long )+long…$/);
      const emoji = entryTitle('🛢️'.repeat(100));
      assert.ok(Array.from(emoji).length <= MAX_TITLE_LENGTH);
      assert.doesNotMatch(emoji, /[\ud800-\udbff](?![\udc00-\udfff])/, 'no half surrogate pair');
      const exact = 'x'.repeat(MAX_TITLE_LENGTH);
      assert.equal(entryTitle(exact), exact);
    });
  });

  describe('the edits', () => {
    const NOTE = lines([
      '---',
      'name: Riverside Plant   # the plant',
      'last_contacted: 2026-11-10',
      'emails: [henrik.dahl@brightwater.example]',
      '---',
      '# Riverside Plant',
      '',
      '## Contact log',
      '',
      '### 2026-11-04 Monthly plant review (1.5h)',
      'Closeness: 4',
      '',
      '## Opportunities and risks',
      '',
      '- Risk: Windows 10 HMIs on line 3 (noted 2026-11-04)',
      '',
    ]);

    it('adds each entry as Log Contact would, oldest first, and moves last_contacted to the latest', () => {
      const result = imported(NOTE, [entry('Riverside plant sync', 60, day(2026, 11, 24)), entry('Riverside plant sync', 90, day(2026, 11, 12))]);
      // Only the date and the new entries, where Log Contact puts them: every other byte as it was.
      assert.equal(result.text, NOTE
        .replace('last_contacted: 2026-11-10', 'last_contacted: 2026-11-24')
        .replace('Closeness: 4\n\n', 'Closeness: 4\n\n### 2026-11-12 Riverside plant sync (1h30m)\n\n### 2026-11-24 Riverside plant sync (1h)\n\n'));
      assert.equal(result.edits.length, 2, 'the value and one block');
      assert.deepEqual(result.added.map((e) => e.date), [day(2026, 11, 12), day(2026, 11, 24)]);
      assert.equal(result.keptLater, undefined);
      const note = parseCustomerNote('file:///ws/customers/riverside.md', 'riverside.md', result.text, { defaultCadenceDays: 14 });
      assert.deepEqual(note.entries.map((e) => [e.date, e.title, e.minutes]), [
        [day(2026, 11, 4), 'Monthly plant review', 90], [day(2026, 11, 12), 'Riverside plant sync', 90], [day(2026, 11, 24), 'Riverside plant sync', 60],
      ]);
    });

    it('never moves last_contacted back', () => {
      const result = imported(NOTE, [entry('Old meeting', 30, day(2026, 10, 1))]);
      assert.deepEqual(result.keptLater, day(2026, 11, 10));
      assert.match(result.text, /^last_contacted: 2026-11-10$/m);
      assert.match(result.text, /^### 2026-10-01 Old meeting \(30m\)$/m);
    });

    it('leaves out what is already logged on that day, by title whatever its case, and writes nothing twice', () => {
      const first = imported(NOTE, [entry('MONTHLY  plant review', 60, day(2026, 11, 4)), entry('Riverside plant sync', 60, day(2026, 11, 24))]);
      assert.deepEqual(first.alreadyLogged.map((e) => e.title), ['MONTHLY  plant review'], 'same day and title, another duration: still the same meeting');
      assert.deepEqual(first.added.map((e) => e.title), ['Riverside plant sync']);
      const again = imported(first.text, [entry('riverside plant sync', 60, day(2026, 11, 24))]);
      assert.deepEqual(again.edits, [], 'the second import of one file changes nothing');
      assert.equal(again.text, first.text);
      assert.equal(imported(NOTE, [entry('Monthly plant review', 90, day(2026, 11, 5))]).added.length, 1, 'another day is another contact');
    });

    it('writes one of two equal entries in one batch', () => {
      const result = imported(NOTE, [entry('Sync', 30, day(2026, 11, 24)), entry('sync', 30, day(2026, 11, 24))]);
      assert.equal(result.added.length, 1);
      assert.equal(result.alreadyLogged.length, 1);
      assert.equal(result.text.match(/### 2026-11-24 Sync/g)?.length, 1);
    });

    it('keeps the note\'s line ends and starts a contact log where there is none', () => {
      const crlf = '---\r\nname: Acme\r\n---\r\n# Acme\r\n\r\nSome notes.\r\n';
      assert.equal(imported(crlf, [entry('Intro call', 45)]).text,
        '---\r\nname: Acme\r\nlast_contacted: 2026-11-20\r\n---\r\n# Acme\r\n\r\nSome notes.\r\n\r\n## Contact log\r\n\r\n### 2026-11-20 Intro call (45m)\r\n');
    });

    it('refuses a note whose front matter cannot be read, with the reader\'s reason, and writes nothing', () => {
      const result = importEdits('---\nname: [unclosed\n---\n# A\n', [entry('Call', 30)]);
      assert.equal(result.ok, false);
      assert.equal((result as { message: { id: string } }).message.id, 'yaml-invalid');
    });

    it('keeps every other entry of the note, and makes no link, whatever the titles', () => {
      const result = imported(NOTE, NASTY.map((title, i) => entry(entryTitle(title), 30, day(2026, 11, 11 + (i % 15)))));
      const note = parseCustomerNote('file:///ws/customers/riverside.md', 'riverside.md', result.text, { defaultCadenceDays: 14 });
      assert.deepEqual(note.problems, []);
      assert.equal(note.entries.length, 1 + result.added.length);
      assert.ok(note.entries.some((e) => e.title === 'Monthly plant review'));
      assert.equal(note.register.length, 1, 'the next section is still read');
      assert.match(result.text, /\n## Opportunities and risks\n/);
      assert.deepEqual(parseNoteLinks('file:///ws/customers/riverside.md', result.text).links, []);
    });
  });
});
