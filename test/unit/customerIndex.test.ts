import * as assert from 'node:assert/strict';
import { CustomerIndex } from '../../src/core/index/customerIndex';
import { note } from './helpers';

const A = note({ id: 'file:///a.md', name: 'A' });
const B = note({ id: 'file:///b.md', name: 'B' });
const C = note({ id: 'file:///c.md', name: 'C' });

function recording(index: CustomerIndex): string[][] {
  const events: string[][] = [];
  index.onDidChange((ids) => events.push([...ids]));
  return events;
}

describe('customerIndex', () => {
  it('sets, gets and lists notes, one event per change', () => {
    const index = new CustomerIndex();
    const events = recording(index);
    index.set(A);
    index.set(B);
    assert.equal(index.all().length, 2);
    assert.equal(index.get('file:///a.md'), A);
    assert.equal(index.get('file:///missing.md'), undefined);
    assert.deepEqual(index.all().map((n) => n.id), ['file:///a.md', 'file:///b.md']);
    assert.deepEqual(events, [['file:///a.md'], ['file:///b.md']]);
  });

  it('replaces a note with the same id', () => {
    const index = new CustomerIndex();
    const events = recording(index);
    index.set(A);
    const changed = note({ id: A.id, name: 'A renamed' });
    index.set(changed);
    assert.equal(index.all().length, 1);
    assert.equal(index.get(A.id)?.name, 'A renamed');
    assert.deepEqual(events, [[A.id], [A.id]]);
  });

  it('deletes a note, and says nothing for an unknown id', () => {
    const index = new CustomerIndex();
    index.set(A);
    const events = recording(index);
    index.delete('file:///missing.md');
    assert.deepEqual(events, []);
    index.delete(A.id);
    assert.equal(index.all().length, 0);
    assert.equal(index.get(A.id), undefined);
    assert.deepEqual(events, [[A.id]]);
  });

  it('batches several updates into one event, nested batches included', () => {
    const index = new CustomerIndex();
    const events = recording(index);
    index.batch(() => {
      index.set(A);
      index.batch(() => {
        index.set(B);
        index.delete(A.id);
      });
      assert.deepEqual(events, [], 'nothing is announced inside the batch');
      index.set(C);
    });
    assert.deepEqual(events, [[A.id, B.id, A.id, C.id]]);
    assert.deepEqual(index.all().map((n) => n.id), [B.id, C.id]);
  });

  it('announces a batch even when the update throws, and rethrows', () => {
    const index = new CustomerIndex();
    const events = recording(index);
    assert.throws(() => index.batch(() => {
      index.set(A);
      throw new Error('boom');
    }), /boom/);
    assert.deepEqual(events, [[A.id]]);
    index.set(B);
    assert.deepEqual(events, [[A.id], [B.id]], 'the index is not stuck in a batch');
  });

  it('sends no event for an empty batch', () => {
    const index = new CustomerIndex();
    const events = recording(index);
    index.batch(() => undefined);
    assert.deepEqual(events, []);
  });

  it('replaceAll sets the new notes and removes the missing ones, in one event', () => {
    const index = new CustomerIndex();
    index.set(A);
    index.set(B);
    const events = recording(index);
    const newB = note({ id: B.id, name: 'B2' });
    index.replaceAll([newB, C]);
    assert.deepEqual(index.all().map((n) => n.id).sort(), [B.id, C.id]);
    assert.equal(index.get(B.id)?.name, 'B2');
    assert.equal(index.get(A.id), undefined);
    assert.equal(events.length, 1);
    assert.deepEqual([...events[0]].sort(), [A.id, B.id, C.id]);
  });

  it('replaceAll with nothing empties the index', () => {
    const index = new CustomerIndex();
    index.set(A);
    const events = recording(index);
    index.replaceAll([]);
    assert.equal(index.all().length, 0);
    assert.deepEqual(events, [[A.id]]);
  });

  it('stops telling a disposed listener', () => {
    const index = new CustomerIndex();
    const events: string[][] = [];
    const other: string[][] = [];
    const sub = index.onDidChange((ids) => events.push([...ids]));
    index.onDidChange((ids) => other.push([...ids]));
    index.set(A);
    sub.dispose();
    index.set(B);
    assert.deepEqual(events, [[A.id]]);
    assert.deepEqual(other, [[A.id], [B.id]]);
  });
});
