import * as assert from 'node:assert/strict';
import { Disposable, disposeAll, toDisposable } from '../../src/core/disposable';

class Owner extends Disposable {
  own(release: () => void): void {
    this.register(toDisposable(release));
  }
}

describe('Disposable', () => {
  it('releases what it owns once, the last registered first', () => {
    const released: string[] = [];
    const owner = new Owner();
    owner.own(() => released.push('first'));
    owner.own(() => released.push('second'));
    owner.dispose();
    owner.dispose();
    assert.deepEqual(released, ['second', 'first']);
  });

  it('releases at once what is handed to it after it was disposed', () => {
    const released: string[] = [];
    const owner = new Owner();
    owner.dispose();
    owner.own(() => released.push('late'));
    assert.deepEqual(released, ['late']);
  });

  it('releases every item even when one throws, then throws', () => {
    const released: string[] = [];
    const items = [toDisposable(() => released.push('a')), toDisposable(() => { throw new Error('broken'); }), toDisposable(() => released.push('c'))];
    assert.throws(() => disposeAll(items), /broken/);
    assert.deepEqual(released, ['c', 'a']);
  });
});
