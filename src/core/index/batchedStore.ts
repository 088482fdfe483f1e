// What both stores of notes share: notes by id, a full replacement that keeps what did not change, and
// batches that announce a burst of updates once. Each store says what a change means (`flush`).
import type { NoteStore } from './noteKind';
import { yieldToHost } from './yieldToHost';

export abstract class BatchedStore<T extends { readonly id: string }> implements NoteStore<T> {
  protected readonly notes = new Map<string, T>();
  private batchDepth = 0;

  abstract set(note: T): void;
  abstract delete(id: string): void;
  /** Tells what changed since the last flush; called when the outermost batch ends, or after a single update. */
  protected abstract flush(): void;

  get(id: string): T | undefined {
    return this.notes.get(id);
  }

  all(): T[] {
    return [...this.notes.values()];
  }

  /** Replaces the whole content (a full rescan), announcing only what actually changed. */
  replaceAll(notes: Iterable<T>): void {
    this.batch(() => {
      if (this.notes.size === 0) {
        // The first scan: nothing to drop, so no set of the ids seen.
        for (const note of notes) this.set(note);
        return;
      }
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

  /** As `batch`, for updates made in pieces with the host given turns between: told once, when the last piece is in. */
  async batchInPieces(update: () => Promise<void>): Promise<void> {
    this.batchDepth++;
    try {
      await update();
      // Telling the listeners is work of its own: not in the same turn as the last piece.
      await yieldToHost();
    } finally {
      if (--this.batchDepth === 0) this.flush();
    }
  }

  /** Flushes now unless a batch is open (which flushes when it ends). */
  protected flushOutsideBatch(): void {
    if (this.batchDepth === 0) this.flush();
  }
}
