import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { loadLinkingNote, parseNoteLinks } from '../../src/core/mentions/noteLinks';
import { uriPath } from '../../src/core/mentions/linkPaths';
import { MAX_NOTE_BYTES } from '../../src/core/reading/noteLoader';
import type { LinkingNote, NoteLink } from '../../src/core/model';
import { HOSTILE_DIR } from '../fixtures/hostile/expectations';
import { day, lines } from './helpers';

/** A note whose file name carries no date, so only headings and `date:` date its links. */
const UNDATED = 'file:///work/demo/meetings/steering.md';
const DATED = 'file:///work/demo/meetings/2026-11-20%20steering.md';
const utf8 = (text: string) => new TextEncoder().encode(text);

const linksOf = (text: string, id = UNDATED) => parseNoteLinks(id, text).links;
const targetsOf = (text: string, id = UNDATED) => linksOf(text, id).map((l) => l.target);

/** The column and length of `written` in `line`, as a link found there reports them. */
function at(line: string, written: string): { column: number; length: number } {
  const column = line.indexOf(written);
  assert.notEqual(column, -1, `${written} is not in ${line}`);
  return { column, length: written.length };
}

/** A link on line 0 of a one-line note, undated. */
function nameLink(line: string, written: string, target: string, lineNumber = 0): NoteLink {
  return { target, kind: 'name', line: lineNumber, ...at(line, written) };
}

function pathLink(line: string, written: string, target: string, lineNumber = 0): NoteLink {
  return { target, kind: 'path', line: lineNumber, ...at(line, written) };
}

describe('noteLinks', () => {
  describe('wiki links', () => {
    it('reads every form: label, heading, both, a name, an alias, an embed', () => {
      const line = 'See [[acme]], [[acme-logistics|Acme]], [[acme#Call notes]], [[acme#Call|the call]], [[Acme Logistics]], [[the big one]] and ![[acme]].';
      assert.deepEqual(linksOf(line), [
        nameLink(line, '[[acme]]', 'acme'),
        nameLink(line, '[[acme-logistics|Acme]]', 'acme-logistics'),
        nameLink(line, '[[acme#Call notes]]', 'acme'),
        nameLink(line, '[[acme#Call|the call]]', 'acme'),
        nameLink(line, '[[Acme Logistics]]', 'Acme Logistics'),
        nameLink(line, '[[the big one]]', 'the big one'),
        nameLink(line, '![[acme]]', 'acme'),
      ]);
    });

    it('trims the target, keeps a folder, removes a trailing .md', () => {
      assert.deepEqual(targetsOf('[[ acme ]] [[customers/acme]] [[customers/acme.md|Acme]] [[Acme.MD]] [[acme .md]]'), ['acme', 'customers/acme', 'customers/acme', 'Acme', 'acme']);
    });

    it('keeps a dot that belongs to a name, skips a link to a file that is not a note', () => {
      assert.deepEqual(targetsOf('[[Booking.com]] [[St. Mary Hospital]] [[diagram.png]] ![[scan.PDF]] [[assets/photo.jpeg|me]] [[board.canvas]]'), ['Booking.com', 'St. Mary Hospital']);
    });

    it('skips a link that names nothing', () => {
      assert.deepEqual(linksOf('[[]] [[#Heading]] [[ |label]] [[ ]] [[.md]]'), []);
    });

    it('reads a pipe escaped in a table, and the innermost of extra brackets', () => {
      const line = '| [[acme\\|Acme]] | [[[beta]]] |';
      assert.deepEqual(linksOf(line), [nameLink(line, '[[acme\\|Acme]]', 'acme'), nameLink(line, '[[beta]]', 'beta')]);
    });

    it('holds no brackets or line breaks', () => {
      assert.deepEqual(targetsOf('[[a]b]] [[a[b]] [[open\nclose]]'), []);
    });
  });

  describe('relative Markdown links', () => {
    it('resolves a link against the linking note\'s folder, decoded', () => {
      const cases: [string, string][] = [
        ['[Acme](../customers/acme.md)', '/work/demo/customers/acme.md'],
        ['[Acme](<../customers/acme logistics.md>)', '/work/demo/customers/acme logistics.md'],
        ['[Acme](../customers/acme%20logistics.md)', '/work/demo/customers/acme logistics.md'],
        ['[x](acme.md#heading "title")', '/work/demo/meetings/acme.md'],
        ['[x](acme.md \'title\')', '/work/demo/meetings/acme.md'],
        ['[x](acme.md (title))', '/work/demo/meetings/acme.md'],
        ['[x](  acme.md  )', '/work/demo/meetings/acme.md'],
        ['[x](acme.md?plain=1)', '/work/demo/meetings/acme.md'],
        ['[x](./acme.md)', '/work/demo/meetings/acme.md'],
        ['[x](sub/./deeper/../../../customers//acme.md)', '/work/demo/customers/acme.md'],
        ['[x](../customers/acme)', '/work/demo/customers/acme.md'],
        ['[x](../customers/ACME.MD)', '/work/demo/customers/ACME.MD'],
        ['[x](acme%20(old).md)', '/work/demo/meetings/acme (old).md'],
        ['[x](100%.md)', '/work/demo/meetings/100%.md'],
        ['[x](caf%C3%A9.md)', '/work/demo/meetings/café.md'],
        ['[x](../../../acme.md)', '/acme.md'],
        ['[](acme.md)', '/work/demo/meetings/acme.md'],
        ['[Acme [EU]](acme.md)', '/work/demo/meetings/acme.md'],
        ['[**Acme**](<acme.md> "the note")', '/work/demo/meetings/acme.md'],
      ];
      for (const [line, target] of cases) assert.deepEqual(linksOf(line), [pathLink(line, line, target)], line);
    });

    it('places the link from its `[` to its `)`', () => {
      const line = 'Met [Acme](../customers/acme.md "x") today';
      assert.deepEqual(linksOf(line), [pathLink(line, '[Acme](../customers/acme.md "x")', '/work/demo/customers/acme.md')]);
    });

    it('skips URLs, absolute and same-note links, other files, images and paths above the root', () => {
      const skipped = [
        '[site](https://acme.example/acme.md)', '[mail](mailto:dana@acme.example)', '[open](vscode:extension/rapport.rapport)',
        '[abs](/customers/acme.md)', '[net](//host/acme.md)', '[here](#contact-log)', '[pdf](../files/report.pdf)', '[csv](data.CSV)',
        '![chart](../customers/acme.md)', '[up](../../../../acme.md)', '[dir](../customers/)', '[dots](..)',
        '[empty]()', '[angle](<>)', '[space] (acme.md)', '[unclosed](acme.md', '[bad title](acme.md "x" y)', '[bad](<acme.md)',
        'no text](acme.md)',
      ];
      for (const line of skipped) assert.deepEqual(linksOf(line), [], line);
    });

    it('resolves against any URI: encoded folders, other schemes', () => {
      assert.deepEqual(targetsOf('[x](../customers/acme.md)', 'file:///work/my%20notes/meetings/a.md'), ['/work/my notes/customers/acme.md']);
      assert.deepEqual(targetsOf('[x](../customers/acme.md)', 'vscode-vfs://github/rapport/notes/meetings/a.md'), ['/rapport/notes/customers/acme.md']);
      assert.deepEqual(targetsOf('[x](acme.md)', 'untitled:Untitled-1'), ['/acme.md']);
      assert.deepEqual(targetsOf('[x](../acme.md)', 'untitled:Untitled-1'), []);
    });

    it('orders the links of one line by column, whatever their form', () => {
      const line = '[Beta](beta.md), [[acme]] and [Gamma](gamma.md) with [[delta]]';
      assert.deepEqual(linksOf(line).map((l) => l.target), ['/work/demo/meetings/beta.md', 'acme', '/work/demo/meetings/gamma.md', 'delta']);
    });
  });

  describe('uriPath', () => {
    it('is the decoded path of the URI, without scheme, authority, query or fragment', () => {
      assert.equal(uriPath('file:///work/demo/customers/acme%20logistics.md'), '/work/demo/customers/acme logistics.md');
      assert.equal(uriPath('file:///c%3A/Users/dana/notes/a.md'), '/c:/Users/dana/notes/a.md');
      assert.equal(uriPath('vscode-vfs://github/o/r/a.md?ref=main#x'), '/o/r/a.md');
      assert.equal(uriPath('file:///work/100%.md'), '/work/100%.md');
    });
  });

  describe('front matter customers', () => {
    it('links each text entry of the list, on the key\'s line', () => {
      const text = lines([
        '---',                                                            // 0
        'title: Steering',                                                // 1
        'customers: [acme, "Laura Bennett", "[[beta|Beta]]", 42, null, { a: 1 }, "[[diagram.png]]", " "]', // 2
        '---',                                                            // 3
      ]);
      const link = (target: string): NoteLink => ({ target, kind: 'name', fromFrontMatter: true, line: 2, column: 0, length: 9 });
      assert.deepEqual(linksOf(text), [link('acme'), link('Laura Bennett'), link('beta')]);
    });

    it('reads one name, a block list, and links written as "[[…]]"', () => {
      assert.deepEqual(linksOf('---\ncustomers: "[[acme]]"\n---\n'), [{ target: 'acme', kind: 'name', fromFrontMatter: true, line: 1, column: 0, length: 9 }]);
      const block = lines(['---', 'date: 2026-11-20', 'attendees: 3', 'customers:', '  - acme', '  - "[[Laura Bennett]]"', '---', '[[acme]]']);
      assert.deepEqual(linksOf(block).map((l) => [l.target, l.line, l.fromFrontMatter ?? false]), [['acme', 3, true], ['Laura Bennett', 3, true], ['acme', 7, false]]);
    });

    it('links nothing from an empty or absent list', () => {
      for (const value of ['[]', '', 'null', '42', '{ acme: 1 }', '[[acme]]']) {
        assert.deepEqual(linksOf(`---\ncustomers: ${value}\n---\n`), [], value);
      }
    });

    it('takes the note\'s date, never a heading\'s @tz', () => {
      const text = lines(['---', 'customers: [acme]', 'date: 2026-11-19', '---', '## 2026-11-25 Follow-up', '[[acme]]']);
      assert.deepEqual(linksOf(text, DATED).map((l) => [l.target, l.line, l.date, l.headingLine]), [
        ['acme', 1, day(2026, 11, 19), undefined],
        ['acme', 5, day(2026, 11, 25), 4],
      ]);
      assert.deepEqual(linksOf('---\ncustomers: acme\n---\n', DATED)[0].date, day(2026, 11, 20));
      assert.equal('date' in linksOf('---\ncustomers: acme\n---\n')[0], false);
    });
  });

  describe('dates @tz', () => {
    const outline = lines([
      '# Weekly notes',                             // 0
      '[[before]]',                                 // 1
      '## 2026-11-18 Call (45m)',                   // 2
      '[[a]]',                                      // 3
      '### Details',                                // 4
      '[[b]]',                                      // 5
      '#### 2026-11-17 Prep',                       // 6
      '[[c]]',                                      // 7
      '### Later',                                  // 8
      '[[d]]',                                      // 9
      '## Undated section',                         // 10
      '[[e]]',                                      // 11
      '##### 2026-11-01 Level five is not dated',   // 12
      '[[f]]',                                      // 13
      '## 2026-11-19 Steering with [[g]] (30m)',    // 14
      '[[h]]',                                      // 15
      '# 2026-11-21 A title is not dated',          // 16
      '[[i]]',                                      // 17
    ]);

    it('dates a link by the innermost open dated heading of level 2 to 4, else leaves it undated', () => {
      const dating = (l: NoteLink) => [l.target, l.line, l.date, l.headingLine, l.minutes];
      assert.deepEqual(linksOf(outline).map(dating), [
        ['before', 1, undefined, undefined, undefined],
        ['a', 3, day(2026, 11, 18), 2, 45],
        ['b', 5, day(2026, 11, 18), 2, 45],
        ['c', 7, day(2026, 11, 17), 6, undefined],
        ['d', 9, day(2026, 11, 18), 2, 45],
        ['e', 11, undefined, undefined, undefined],
        ['f', 13, undefined, undefined, undefined],
        ['g', 14, day(2026, 11, 19), 14, 30],
        ['h', 15, day(2026, 11, 19), 14, 30],
        ['i', 17, undefined, undefined, undefined],
      ]);
    });

    it('has no date keys at all on an undated link, and no minutes without a duration', () => {
      const [before, a, , c] = linksOf(outline);
      assert.deepEqual(Object.keys(before), ['target', 'kind', 'line', 'column', 'length']);
      assert.deepEqual(a, { target: 'a', kind: 'name', line: 3, column: 0, length: 5, date: day(2026, 11, 18), headingLine: 2, minutes: 45 });
      assert.equal('minutes' in c, false);
    });

    it('dates links outside a dated heading by the front matter date, else by the file name', () => {
      const withDate = `---\ndate: 2026-11-12\n---\n${outline}`;
      const [before, a, , , , e] = linksOf(withDate, DATED);
      assert.deepEqual([before.date, before.headingLine, a.date, e.date], [day(2026, 11, 12), undefined, day(2026, 11, 18), day(2026, 11, 12)]);
      const [fromName] = linksOf(outline, DATED);
      assert.deepEqual(fromName, { target: 'before', kind: 'name', line: 1, column: 0, length: 10, date: day(2026, 11, 20) });
    });

    it('reads `date:` as a date or a date-time, and ignores one that is not', () => {
      const dateOf = (value: string, id = UNDATED) => linksOf(`---\ndate: ${value}\n---\n[[acme]]`, id)[0].date;
      assert.deepEqual(dateOf('2026-11-12'), day(2026, 11, 12));
      assert.deepEqual(dateOf('"2026-11-12"'), day(2026, 11, 12));
      assert.deepEqual(dateOf('2026-11-12T23:30'), day(2026, 11, 12));
      assert.deepEqual(dateOf('2026-02-30', DATED), day(2026, 11, 20));
      assert.deepEqual(dateOf('soon', DATED), day(2026, 11, 20));
      assert.deepEqual(dateOf('20261112', DATED), day(2026, 11, 20));
      assert.equal(dateOf('[2026-11-12]'), undefined);
    });

    it('reads a date at the start of the file name only', () => {
      const cases: [string, ReturnType<typeof day> | undefined][] = [
        ['2026-11-20%20steering.md', day(2026, 11, 20)],
        ['2026-11-20-acme.md', day(2026, 11, 20)],
        ['2026-11-20.md', day(2026, 11, 20)],
        ['2026-11-20_1.md', day(2026, 11, 20)],
        ['2026-11-201.md', undefined],
        ['2026-02-30%20x.md', undefined],
        ['notes%202026-11-20.md', undefined],
        ['20261120.md', undefined],
      ];
      for (const [name, date] of cases) assert.deepEqual(linksOf('[[acme]]', `file:///work/demo/daily/${name}`)[0].date, date, name);
    });

    it('dates a daily note by its file name or `date:`: its H1 and its time headings carry no date', () => {
      const daily = lines([
        '# 2026-11-20',                 // 0
        '## 09:00 Standup',             // 1
        '- talked to [[acme]]',         // 2
        '## 14:00 Call with [[beta]]',  // 3
        '### Notes',                    // 4
        '- [x] sent [[acme]] the deck', // 5
      ]);
      const byName = parseNoteLinks('file:///work/demo/daily/2026-11-20.md', daily);
      assert.equal(byName.title, '2026-11-20');
      assert.deepEqual(byName.links.map((l) => [l.target, l.line, l.date, l.headingLine]), [
        ['acme', 2, day(2026, 11, 20), undefined],
        ['beta', 3, day(2026, 11, 20), undefined],
        ['acme', 5, day(2026, 11, 20), undefined],
      ]);
      const byFrontMatter = linksOf(`---\ndate: 2026-11-21\n---\n${daily}`, 'file:///work/demo/daily/today.md');
      assert.deepEqual(byFrontMatter.map((l) => [l.line, l.date]), [[5, day(2026, 11, 21)], [6, day(2026, 11, 21)], [8, day(2026, 11, 21)]]);
    });

    it('dates each section of a journal by its own heading', () => {
      const journal = lines([
        '# Journal',                    // 0
        '## 2026-11-18',                // 1
        'Lunch with [[acme]] (no time)', // 2
        '## 2026-11-19 (1h)',           // 3
        'Workshop: [[acme]], [Beta](../customers/beta.md)', // 4
        '### Afterwards',               // 5
        '[[Laura Bennett]]',            // 6
      ]);
      assert.deepEqual(linksOf(journal, DATED).map((l) => [l.target, l.line, l.date, l.headingLine, l.minutes]), [
        ['acme', 2, day(2026, 11, 18), 1, undefined],
        ['acme', 4, day(2026, 11, 19), 3, 60],
        ['/work/demo/customers/beta.md', 4, day(2026, 11, 19), 3, 60],
        ['Laura Bennett', 6, day(2026, 11, 19), 3, 60],
      ]);
    });
  });

  describe('not links', () => {
    it('skips fenced code, ``` and ~~~, the fences included', () => {
      const text = lines([
        '```md [[in-fence-line]]', '[[in-code]]', '~~~', '[[still-code]]', '```',
        '~~~', '[[tilde-code]]', '~~~', '[[after]]',
      ]);
      assert.deepEqual(linksOf(text).map((l) => [l.target, l.line]), [['after', 8]]);
    });

    it('skips code spans, double-backtick ones too; a backtick with no closer is literal', () => {
      const line = '`[[a]]` [[b]] ``[[c]] ` [[d]]`` `` [x](x.md) `` [[e]] `[[f]]';
      assert.deepEqual(linksOf(line), [nameLink(line, '[[b]]', 'b'), nameLink(line, '[[e]]', 'e'), nameLink(line, '[[f]]', 'f')]);
      assert.deepEqual(targetsOf('``[[g]]` [[h]]'), ['g', 'h']);
      assert.deepEqual(targetsOf('x ```[[i]]``` and ```[[j]]``'), ['j']);
    });

    it('skips block quotes, up to three spaces before the `>`', () => {
      assert.deepEqual(targetsOf(lines(['> [[a]]', '>[[b]]', '   > [[c]]', '> > [Acme](acme.md)', 'not > quoted [[d]]'])), ['d']);
    });

    it('skips HTML comments on one line and across lines, keeping the columns of what is left', () => {
      const text = lines([
        '<!-- [[a]] --> [[b]] <!-- [[c]] -->', // 0
        'before <!-- starts',                  // 1
        '[[d]] [Acme](acme.md)',               // 2
        'ends --> [[e]] <!-- [[f]]',           // 3
        '--> <!-- --> [[g]]',                  // 4
      ]);
      const all = text.split('\n');
      assert.deepEqual(linksOf(text), [nameLink(all[0], '[[b]]', 'b', 0), nameLink(all[3], '[[e]]', 'e', 3), nameLink(all[4], '[[g]]', 'g', 4)]);
    });

    it('skips an unchecked task (a plan), keeps a checked one (done)', () => {
      const text = lines(['- [ ] call [[acme]]', '  * [ ] [Beta](beta.md)', '- [x] called [[gamma]]', '+ [X] [Delta](delta.md)', '- [ ]', '- [] [[epsilon]]']);
      assert.deepEqual(linksOf(text).map((l) => [l.target, l.line]), [['gamma', 2], ['/work/demo/meetings/delta.md', 3], ['epsilon', 5]]);
    });

    it('never reads a heading in code, a comment or a quote', () => {
      const text = lines(['```', '## 2026-11-18 In code', '```', '<!-- ## 2026-11-19 In a comment -->', '> ## 2026-11-17 In a quote', '[[acme]]']);
      assert.equal('date' in linksOf(text)[0], false);
    });
  });

  describe('title', () => {
    it('is the front matter title, else the first `# ` heading, else the file name', () => {
      assert.equal(parseNoteLinks(DATED, '---\ntitle: " Steering committee "\n---\n# Heading\n').title, 'Steering committee');
      assert.equal(parseNoteLinks(DATED, '---\ntitle: 42\n---\n## Not a title\n# Heading  #\n# Second\n').title, 'Heading');
      assert.equal(parseNoteLinks(DATED, '```\n# In code\n```\n<!-- # In a comment -->\n').title, '2026-11-20 steering');
      assert.equal(parseNoteLinks(DATED, '# \n# Later\n').title, '2026-11-20 steering');
      assert.equal(parseNoteLinks('file:///work/demo/caf%C3%A9.MD', '').title, 'café');
    });

    it('is found in a note without links, which need not be read further', () => {
      const note = parseNoteLinks(UNDATED, 'text\n'.repeat(1000) + '# Found\n' + 'more\n'.repeat(1000));
      assert.deepEqual(note, { id: UNDATED, title: 'Found', links: [] });
      assert.deepEqual(parseNoteLinks(UNDATED, '# Boxes\n- [x] done\n- [ ] open [not a link]\n'), { id: UNDATED, title: 'Boxes', links: [] });
      assert.deepEqual(targetsOf('# Boxes\n- [x] done\n- [x] sent [the deck](acme.md)\n'), ['/work/demo/meetings/acme.md']);
    });
  });

  describe('front matter that cannot be read', () => {
    it('uses none of it, and still reads the body after the closing fence', () => {
      const text = lines([
        '---',                       // 0
        'title: [unclosed',          // 1
        'customers: [acme]',         // 2
        'date: 2026-11-12',          // 3
        '# [[not-a-heading-link]]',  // 4: a YAML comment
        '---',                       // 5
        '# Steering',                // 6
        'Met [[acme]]',              // 7
      ]);
      const note = parseNoteLinks(UNDATED, text);
      assert.deepEqual(note, { id: UNDATED, title: 'Steering', links: [{ target: 'acme', kind: 'name', line: 7, column: 4, length: 8 }] });
    });

    it('reads the body after a block in another language, and from the start when it is never closed', () => {
      assert.deepEqual(linksOf('---js\ncustomers: ["evil"]\n---\n[[acme]]').map((l) => [l.target, l.line]), [['acme', 3]]);
      assert.deepEqual(linksOf('---\ncustomers: [[acme]]\n[[beta]]').map((l) => [l.target, l.line]), [['acme', 1], ['beta', 2]]);
    });

    it('reads the body after a block that names none of the keys read, broken or not, and the keys however written', () => {
      const customerLike = '---\nname: Acme\nlast_contacted: 2026-11-02\nnotes: [unclosed\n---\n# Acme\n## 2026-11-20 Call\nWith [[globex]]\n';
      assert.deepEqual(parseNoteLinks(UNDATED, customerLike), {
        id: UNDATED, title: 'Acme', links: [{ target: 'globex', kind: 'name', line: 7, column: 5, length: 10, date: day(2026, 11, 20), headingLine: 6 }],
      });
      const quoted = parseNoteLinks(UNDATED, '---\n"title": Quoted\n\'customers\': [acme]\n"date": 2026-11-12\n---\n');
      assert.equal(quoted.title, 'Quoted');
      assert.deepEqual(quoted.links.map((l) => [l.target, l.line, l.date]), [['acme', 2, day(2026, 11, 12)]]);
    });

    it('reads a `----` rule as the body, not as front matter', () => {
      assert.deepEqual(linksOf('----\n[[acme]]').map((l) => l.line), [1]);
    });
  });

  describe('line endings and the byte order mark', () => {
    it('numbers lines alike with \\n and \\r\\n, front matter included', () => {
      const parts = ['---', 'customers: [acme]', '---', '# Steering', '## 2026-11-18 Call', 'With [[acme]] and [Beta](beta.md "b")', '- [ ] [[plan]]'];
      const lf = parseNoteLinks(UNDATED, lines(parts));
      assert.deepEqual(parseNoteLinks(UNDATED, lines(parts, '\r\n')), lf);
      assert.deepEqual(lf.links.map((l) => [l.target, l.line, l.column]), [['acme', 1, 0], ['acme', 5, 5], ['/work/demo/meetings/beta.md', 5, 18]]);
      assert.equal(lf.title, 'Steering');
    });

    it('opens no section at a heading with a lone CR or a line separator in it, as the heading pattern reads it', () => {
      for (const odd of ['\r', '\u2028', '\u2029']) {
        const links = linksOf(lines(['## 2026-11-18 Call (30m)', `## 2026-11-19 Other${odd}x`, '[[acme]]']));
        assert.deepEqual(links.map((l) => [l.date, l.headingLine, l.minutes]), [[day(2026, 11, 18), 0, 30]], JSON.stringify(odd));
      }
    });

    it('dates links by a heading written with tabs and closing hashes', () => {
      const [link] = linksOf(lines(['###\t2026-11-18\tCall\t(1h30m) ##', '[[acme]]']));
      assert.deepEqual([link.date, link.headingLine, link.minutes], [day(2026, 11, 18), 0, 90]);
    });

    it('places links after a byte order mark as the editor shows them', () => {
      assert.deepEqual(parseNoteLinks(UNDATED, '\uFEFF[[acme]]\n# Title'), { id: UNDATED, title: 'Title', links: [{ target: 'acme', kind: 'name', line: 0, column: 0, length: 8 }] });
      assert.deepEqual(linksOf('\uFEFF---\r\ncustomers: acme\r\n---\r\n[[beta]]').map((l) => [l.target, l.line, l.column]), [['acme', 1, 0], ['beta', 3, 0]]);
    });
  });

  describe('loadLinkingNote', () => {
    const unreadable: LinkingNote = { id: DATED, title: '2026-11-20 steering', links: [] };

    it('reads a note\'s bytes', () => {
      assert.deepEqual(loadLinkingNote(DATED, utf8('# Steering\n[[acme]]\n')), {
        id: DATED, title: 'Steering', links: [{ target: 'acme', kind: 'name', line: 1, column: 0, length: 8, date: day(2026, 11, 20) }],
      });
    });

    it('links nowhere from a file too large, binary, or not UTF-8', () => {
      const large = new Uint8Array(MAX_NOTE_BYTES + 1).fill(0x5b);
      assert.deepEqual(loadLinkingNote(DATED, large), unreadable);
      assert.deepEqual(loadLinkingNote(DATED, new Uint8Array([0x5b, 0x5b, 0, 0x5d, 0x5d])), unreadable);
      assert.deepEqual(loadLinkingNote(DATED, new Uint8Array([0x5b, 0x5b, 0xff, 0x5d, 0x5d])), unreadable);
    });

    it('reads a note of exactly the size limit', () => {
      const bytes = new Uint8Array(MAX_NOTE_BYTES).fill(0x20);
      bytes.set(utf8('[[acme]]'));
      assert.deepEqual(loadLinkingNote(UNDATED, bytes).links.map((l) => l.target), ['acme']);
    });

    it('never throws on the hostile corpus', () => {
      for (const file of fs.readdirSync(HOSTILE_DIR).filter((f) => f.endsWith('.md'))) {
        const note = loadLinkingNote(`file:///ws/meetings/${encodeURIComponent(file)}`, fs.readFileSync(path.join(HOSTILE_DIR, file)));
        assert.equal(typeof note.title, 'string', file);
      }
    });
  });

  describe('hostile lines', () => {
    const MB = 1 << 20;
    // Each finishes in one pass; a regex that backtracks would take minutes here, not milliseconds.
    const hostile: [string, string][] = [
      ['brackets', '[['.repeat(MB / 2)],
      ['closing brackets', ']]'.repeat(MB / 2)],
      ['spaces', ' '.repeat(MB)],
      ['a wiki link never closed', '[[' + ' '.repeat(MB)],
      ['a wiki link then spaces', '[[a' + ' '.repeat(MB) + '\r'],
      ['empty inline links', '[]('.repeat(MB / 3)],
      ['inline links never closed', '[a](b "'.repeat(MB / 7)],
      ['parenthesised titles before far spaces', '[a](b ('.repeat(MB / 14) + ')' + ' '.repeat(MB / 2) + 'x'],
      ['a destination then spaces', '[a](b' + ' '.repeat(MB) + 'x'],
      ['spaces before a destination', '[a](' + ' '.repeat(MB)],
      ['open parentheses', '[a](' + '('.repeat(MB)],
      ['angle destinations', '[a](<'.repeat(MB / 5)],
      ['images', '![a]('.repeat(MB / 5)],
      ['backtick runs of growing length', Array.from({ length: 1400 }, (_, i) => '`'.repeat(i + 1) + '[[a]]').join(' ')],
      ['backticks', 'x' + '`'.repeat(MB) + '[[a]]'],
      ['comments', '<!-- [[a]] -->'.repeat(MB / 14)],
      ['comment openers', '<!--'.repeat(MB / 4) + '-->'],
      ['task-like', '- [ ' + ' '.repeat(MB) + '] [[a]]'],
      ['quote-like', ' '.repeat(MB) + '> [[a]]'],
      ['heading with links', '## 2026-11-20 ' + '[[a]] ('.repeat(MB / 7)],
    ];
    for (const [name, line] of hostile) {
      it(`reads a 1 MB line of ${name}`, () => {
        const note = parseNoteLinks(UNDATED, `# Title\n${line}\n[[after]]`);
        assert.equal(note.links[note.links.length - 1].target, 'after');
      });
    }

    it('reads a megabyte of links, each one', () => {
      assert.equal(linksOf('[[a]]'.repeat(MB / 5)).length, Math.floor(MB / 5));
      assert.equal(linksOf('[a](a.md)'.repeat(MB / 9)).length, Math.floor(MB / 9));
    });

    it('reads a megabyte of short lines', () => {
      assert.equal(linksOf('[[a]] `[[b]]` <!-- [[c]] -->\n'.repeat(MB / 30)).length, Math.floor(MB / 30));
    });
  });

  describe('any text', () => {
    // Seeded random notes of Markdown's punctuation: nothing throws, and every link is where it says.
    const PIECES = ['[', ']', '[[', ']]', '(', ')', '!', '<', '>', '`', '#', '## ', '## 2026-11-20 ', '- [ ] ', '- [x] ', '> ', '<!--', '-->',
      '---\n', '```\n', '~~~\n', '\n', '\r\n', ' ', 'acme', '.md', '../', '/', '%20', '%', '"', "'", '|', ':', 'customers: ', 'date: ', 'x.png'];

    it('never throws, and places every link on its own text', () => {
      let seed = 20261120;
      const random = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let n = 0; n < 2000; n++) {
        const text = Array.from({ length: random(60) }, () => PIECES[random(PIECES.length)]).join('');
        const { links } = parseNoteLinks(UNDATED, text);
        const textLines = text.split('\n').map((l) => l.replace(/\r$/, ''));
        for (const link of links) {
          if (link.fromFrontMatter) continue;
          const written = textLines[link.line].replace(/^\uFEFF/, '').slice(link.column, link.column + link.length);
          const shape = link.kind === 'name' ? /^!?\[\[[^]*\]\]$/ : /^\[[^]*\]\([^]*\)$/;
          assert.match(written, shape, JSON.stringify({ text, link }));
        }
      }
    });
  });
});
