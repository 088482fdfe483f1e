import { type CustomerNote } from '../model';
// The one index of customer notes per window, updated one file at a time. It only stores parsed notes;
// what changes with the day (days since contact, states) is computed by the views from it.

export type IndexListener = (changedIds: readonly string[]) => void;

export class CustomerIndex {
  private readonly notes = new Map<string, CustomerNote>();
  private readonly listeners = new Set<IndexListener>();
  private pending: string[] = [];
  private batchDepth = 0;

  get(id: string): CustomerNote | undefined {
    return this.notes.get(id);
  }

  all(): CustomerNote[] {
    return [...this.notes.values()];
  }

  set(note: CustomerNote): void {
    this.notes.set(note.id, note);
    this.changed(note.id);
  }

  delete(id: string): void {
    if (this.notes.delete(id)) this.changed(id);
  }

  /** Replaces the whole content (a full rescan), announcing only what actually changed. */
  replaceAll(notes: Iterable<CustomerNote>): void {
    this.batch(() => {
      const seen = new Set<string>();
      for (const note of notes) {
        seen.add(note.id);
        this.set(note);
      }
      for (const id of [...this.notes.keys()]) if (!seen.has(id)) this.delete(id);
    });
  }

  /** Runs several updates and tells listeners once. */
  batch(update: () => void): void {
    this.batchDepth++;
    try {
      update();
    } finally {
      if (--this.batchDepth === 0) this.flush();
    }
  }

  onDidChange(listener: IndexListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(id: string): void {
    this.pending.push(id);
    if (this.batchDepth === 0) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const ids = this.pending;
    this.pending = [];
    for (const listener of this.listeners) listener(ids);
  }
}
