// What Rapport is busy with, so the views can say so instead of showing a partial or stale count:
// reading the customer notes, or any other long job (the mention scan, an import). Jobs are counted,
// because a rescan can start while another one still runs.
import type { IDisposable } from './disposable';

export class Busy {
  private jobs = 0;
  private customerReads = 0;
  private readonly listeners = new Set<() => void>();

  /** Whether any job runs. */
  get any(): boolean {
    return this.jobs > 0;
  }

  /** Whether the customer notes are being read: until they are in, counts would be partial. */
  get readingCustomers(): boolean {
    return this.customerReads > 0;
  }

  /** Called whenever a job starts or ends. */
  onDidChange(listener: () => void): IDisposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Runs `job`, counted until it settles (however it settles). */
  async run<T>(job: () => Promise<T>, { readsCustomers = false } = {}): Promise<T> {
    this.jobs++;
    if (readsCustomers) this.customerReads++;
    this.changed();
    try {
      return await job();
    } finally {
      this.jobs--;
      if (readsCustomers) this.customerReads--;
      this.changed();
    }
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
