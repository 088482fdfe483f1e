import * as assert from 'node:assert/strict';
import { Busy } from '../../src/core/busy';

/** A job the test ends when it likes. */
function pending(): { job: () => Promise<void>; end: () => void; fail: (error: Error) => void } {
  let end!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  return { job: () => promise, end, fail };
}

describe('Busy', () => {
  it('is busy from the moment a job starts until it ends, and says so each time', async () => {
    const busy = new Busy();
    const seen: string[] = [];
    busy.onDidChange(() => seen.push(`${busy.any}/${busy.readingCustomers}`));
    const scan = pending();
    const running = busy.run(scan.job, { readsCustomers: true });
    assert.equal(busy.any, true);
    assert.equal(busy.readingCustomers, true);
    scan.end();
    await running;
    assert.equal(busy.any, false);
    assert.deepEqual(seen, ['true/true', 'false/false']);
  });

  it('counts overlapping jobs: reading customers ends with the last read, busy with the last job', async () => {
    const busy = new Busy();
    const first = pending();
    const second = pending();
    const mentions = pending();
    const a = busy.run(first.job, { readsCustomers: true });
    const b = busy.run(second.job, { readsCustomers: true });
    const c = busy.run(mentions.job);
    first.end();
    await a;
    assert.equal(busy.readingCustomers, true);
    second.end();
    await b;
    assert.equal(busy.readingCustomers, false);
    assert.equal(busy.any, true);
    mentions.end();
    await c;
    assert.equal(busy.any, false);
  });

  it('a job inside another keeps it busy without a gap between the two', async () => {
    const busy = new Busy();
    const seen: boolean[] = [];
    busy.onDidChange(() => seen.push(busy.any));
    const customers = pending();
    const mentions = pending();
    const rescan = busy.run(async () => {
      await busy.run(customers.job, { readsCustomers: true });
      await mentions.job();
    });
    customers.end();
    await new Promise((r) => setImmediate(r));
    assert.equal(busy.readingCustomers, false);
    assert.equal(busy.any, true);
    mentions.end();
    await rescan;
    assert.deepEqual(seen, [true, true, true, false]);
  });

  it('ends a job that fails, and passes the failure on', async () => {
    const busy = new Busy();
    const scan = pending();
    const running = busy.run(scan.job, { readsCustomers: true });
    scan.fail(new Error('disk gone'));
    await assert.rejects(running, /disk gone/);
    assert.equal(busy.any, false);
    assert.equal(busy.readingCustomers, false);
  });

  it('stops telling a listener once disposed', async () => {
    const busy = new Busy();
    let calls = 0;
    busy.onDidChange(() => calls++).dispose();
    await busy.run(async () => undefined);
    assert.equal(calls, 0);
  });
});
