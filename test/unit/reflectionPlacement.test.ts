import * as assert from 'node:assert/strict';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtinTemplates';
import { hasEmptyBody, isLogEntryTemplate, placeReflection, type Placement } from '../../src/core/editing/reflectionPlacement';
import { lines } from './helpers';

const meeting = BUILTIN_TEMPLATES.find((t) => t.id === 'meeting-reflection')!;
const vulnerability = BUILTIN_TEMPLATES.find((t) => t.id === 'mutual-vulnerability')!;
const NOTE = lines(['---', 'name: Acme', 'tags: [erp]', '---', '# Acme', '', 'Some text', '', '## Contact log', '', '### 2026-11-01 Review', 'notes', '']);
/** The note with `X` where the reflection would start, and its text around it. */
const shown = (text: string, p: Placement | undefined) => p && text.slice(0, p.offset) + p.before + 'X' + p.after + text.slice(p.offset);

describe('reflectionPlacement', () => {
  it('knows a contact-log entry template by its dated first line', () => {
    assert.equal(isLogEntryTemplate(meeting), true);
    assert.equal(isLogEntryTemplate(vulnerability), false);
  });

  it('never puts a reflection inside the front matter: a cursor there sends it to its place in the note', () => {
    const inYaml = NOTE.indexOf('erp');
    assert.equal(shown(NOTE, placeReflection(NOTE, vulnerability, inYaml)), `${NOTE}\nX`);
    assert.equal(shown(NOTE, placeReflection(NOTE, vulnerability, 0)), `${NOTE}\nX`, 'on the opening fence');
    // The meeting reflection goes where Log Contact puts an entry: after the last one, with a blank line.
    assert.equal(shown(NOTE, placeReflection(NOTE, meeting, inYaml)), `${NOTE}\nX`);
    const newestFirst = NOTE.replace('### 2026-11-01 Review', '### 2026-11-20 Call\n\n### 2026-11-01 Review');
    assert.equal(shown(newestFirst, placeReflection(newestFirst, meeting, 5)), newestFirst.replace('### 2026-11-20 Call', 'X\n### 2026-11-20 Call'));
    const noLog = lines(['---', 'name: Acme', '---', '# Acme', '']);
    assert.equal(shown(noLog, placeReflection(noLog, meeting, undefined)), `${noLog}\n## Contact log\n\nX`);
  });

  it('puts it at the cursor in the body, on a line of its own after a blank line', () => {
    const endOfText = NOTE.indexOf('Some text') + 'Some text'.length;
    assert.equal(shown(NOTE, placeReflection(NOTE, vulnerability, endOfText)), NOTE.replace('Some text', 'Some text\n\nX'));
    const emptyLine = NOTE.indexOf('Some text') + 'Some text\n'.length;
    assert.equal(shown(NOTE, placeReflection(NOTE, vulnerability, emptyLine)), NOTE.replace('Some text\n', 'Some text\n\nX'));
    const afterText = NOTE.indexOf('notes\n') + 'notes\n'.length;
    assert.equal(shown(NOTE, placeReflection(NOTE, vulnerability, afterText)), `${NOTE}\nX`);
    const midLine = NOTE.indexOf('Some text') + 4;
    assert.equal(shown(NOTE, placeReflection(NOTE, vulnerability, midLine)), NOTE.replace('Some text', 'Some\n\nX\n text'));
  });

  it('keeps CRLF notes in CRLF', () => {
    const crlf = NOTE.replace(/\n/g, '\r\n');
    assert.equal(shown(crlf, placeReflection(crlf, vulnerability, 3)), `${crlf}\r\nX`);
  });

  it('refuses a note whose front matter never closes', () => {
    assert.equal(placeReflection('---\nname: Acme\n# Acme\n', vulnerability, 20), undefined);
  });

  it('calls a note empty when nothing but blank lines follows its front matter', () => {
    assert.equal(hasEmptyBody('---\nname: Acme\n---\n\n  \n'), true);
    assert.equal(hasEmptyBody(''), true);
    assert.equal(hasEmptyBody(NOTE), false);
    assert.equal(hasEmptyBody('---\nname: Acme\n'), false, 'an unclosed block is not an empty note');
  });
});
