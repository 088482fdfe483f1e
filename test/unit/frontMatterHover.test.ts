import * as assert from 'node:assert/strict';
import { hoverAt, type FrontMatterHover } from '../../src/core/editorHelp/hoverAt';
import { summarizeContact, type ContactSummary } from '../../src/core/today/contactState';
import { day, marked, note } from './helpers';

const TODAY = day(2026, 11, 20);

/** The hover at the mark, with the text of the range it covers. */
function hover(text: string, contact?: ContactSummary): (FrontMatterHover & { covered: string }) | undefined {
  const { text: plain, offset } = marked(text);
  const found = hoverAt(plain, offset, TODAY, contact);
  if (found) assert.ok(found.start <= offset && offset < found.end, 'the range holds the hovered character');
  return found && { ...found, covered: plain.slice(found.start, found.end) };
}

describe('front matter hover', () => {
  it('names the known key under the cursor, over the key', () => {
    const found = hover('---\nname: Acme\ncad¦ence: 2w\n---\n');
    assert.equal(found?.kind, 'key');
    assert.equal(found.key.key, 'cadence');
    assert.equal(found.covered, 'cadence');
    assert.equal(hover('---\n¦status: active\n---\n')?.covered, 'status');
  });

  it('says nothing on an unknown key, between a key and its value, nested or in the body', () => {
    for (const text of [
      '---\nfavour¦ite: tea\n---\n',
      '---\nstatus:¦ active\n---\n',
      '---\nstatus: active  ¦# a comment\n---\n',
      '---\ndates:\n  rene¦wal: 2027-03-31\n---\n',
      '---\ntags:\n  - e¦rp\n---\n',
      '---\nname: A\n---\nstat¦us: active\n',
      '---\nname: A\n---\n\n---\nstat¦us: active\n---\n',
      '# A\nstat¦us: active\n',
    ]) assert.equal(hover(text), undefined, JSON.stringify(text));
  });

  it('tells how many days a date lies from today, in the past or ahead', () => {
    const past = hover('---\nlast_contacted: 2026-11-¦08 # after the review\n---\n');
    assert.deepEqual(past && { kind: past.kind, key: past.key.key, covered: past.covered }, { kind: 'date', key: 'last_contacted', covered: '2026-11-08' });
    assert.ok(past?.kind === 'date');
    assert.deepEqual([past.date, past.fromToday], [day(2026, 11, 8), -12]);
    const ahead = hover("---\nnext_contact: '2026-11-2¦3'\n---\n");
    assert.ok(ahead?.kind === 'date');
    assert.deepEqual([ahead.date, ahead.fromToday, ahead.covered], [day(2026, 11, 23), 3, "'2026-11-23'"]);
    const today = hover('---\nlast_contacted: 2026-11-20T09:3¦0\n---\n');
    assert.ok(today?.kind === 'date');
    assert.equal(today.fromToday, 0);
  });

  it('explains the key on a value it cannot read, and on any other value', () => {
    assert.equal(hover('---\nlast_contacted: 2026-02-3¦0\n---\n')?.kind, 'key');
    assert.equal(hover('---\ncadence: 2 week¦s\n---\n')?.kind, 'key');
    const status = hover('---\nstatus: act¦ive\n---\n');
    assert.deepEqual(status && [status.kind, status.key.key, status.covered], ['key', 'status', 'active']);
  });

  it('gives a cadence its days and the due date from the last contact as the tree counts it', () => {
    const contact = summarizeContact(note({ lastContacted: day(2026, 11, 17), entries: [{ date: day(2026, 11, 10), title: 'Call', line: 9 }] }), TODAY, 3);
    const found = hover('---\ncadence: 2¦w\n---\n', contact);
    assert.ok(found?.kind === 'cadence');
    assert.equal(found.days, 14);
    assert.deepEqual(found.due, { date: day(2026, 12, 1), fromToday: 11 });
    const number = hover('---\ncadence: 1¦0\n---\n', contact);
    assert.ok(number?.kind === 'cadence');
    assert.deepEqual(number.due, { date: day(2026, 11, 27), fromToday: 7 });
    const late = hover('---\ncadence: 3¦d\n---\n', contact);
    assert.ok(late?.kind === 'cadence' && late.due?.fromToday === 0);
  });

  it('gives a cadence no due date before a first contact or for an archived customer', () => {
    const never = hover('---\ncadence: 2¦w\n---\n', summarizeContact(note(), TODAY, 3));
    assert.ok(never?.kind === 'cadence' && never.days === 14 && never.due === undefined);
    const archived = summarizeContact(note({ status: 'archived', lastContacted: day(2026, 11, 1) }), TODAY, 3);
    const found = hover('---\ncadence: 2¦w\n---\n', archived);
    assert.ok(found?.kind === 'cadence' && found.due === undefined);
    assert.ok(hover('---\ncadence: 2¦w\n---\n')?.kind === 'cadence');
  });

  it('holds in a CRLF note with a byte order mark and half-typed YAML', () => {
    const found = hover('\ufeff---\r\ntags: [erp,\r\nowner: "Dana\r\nlast_contacted: 2026-11-1¦9\r\n---\r\n# A\r\n');
    assert.ok(found?.kind === 'date');
    assert.equal(found.fromToday, -1);
    assert.equal(found.covered, '2026-11-19');
  });
});
