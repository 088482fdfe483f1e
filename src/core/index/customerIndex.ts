// The one index of customer notes per window, updated one file at a time. It stores parsed notes, each
// joined with the mentions other notes make of it (kept by the MentionIndex, handed in here); what changes
// with the day (days since contact, states) is computed by the views from it.
import { type CustomerNote, type Mention } from '../model';
import { BatchedStore } from './batchedStore';

export type IndexListener = (changedIds: readonly string[]) => void;

export class CustomerIndex extends BatchedStore<CustomerNote> {
  private readonly mentions = new Map<string, readonly Mention[]>();
  private readonly listeners = new Set<IndexListener>();
  private pending: string[] = [];

  set(note: CustomerNote): void {
    this.notes.set(note.id, withMentions(note, this.mentions.get(note.id) ?? NONE));
    this.changed(note.id);
  }

  /** Other notes' mentions of these customers changed: each one named is joined again and announced. */
  setMentions(changes: Iterable<readonly [id: string, mentions: readonly Mention[]]>): void {
    this.batch(() => {
      for (const [id, mentions] of changes) {
        if (mentions.length) this.mentions.set(id, mentions);
        else this.mentions.delete(id);
        const note = this.notes.get(id);
        if (note) {
          this.notes.set(id, withMentions(note, mentions));
          this.changed(id);
        }
      }
    });
  }

  delete(id: string): void {
    if (this.notes.delete(id)) this.changed(id);
  }

  onDidChange(listener: IndexListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(id: string): void {
    this.pending.push(id);
    this.flushOutsideBatch();
  }

  protected flush(): void {
    if (this.pending.length === 0) return;
    const ids = this.pending;
    this.pending = [];
    for (const listener of this.listeners) listener(ids);
  }
}

const NONE: readonly Mention[] = [];

/**
 * The note with other mentions. A plain note is copied by a spread (the same shape, fast); one whose key
 * lines are still to be placed (a getter, see reading/keyLine.ts) is copied with its getters, unread.
 */
function withMentions(note: CustomerNote, mentions: readonly Mention[]): CustomerNote {
  if (note.mentions === mentions || (note.mentions.length === 0 && mentions.length === 0)) return note;
  if (!placesLinesLater(note)) return { ...note, mentions };
  const copy = Object.create(Object.getPrototypeOf(note), Object.getOwnPropertyDescriptors(note)) as CustomerNote;
  Object.defineProperty(copy, 'mentions', { value: mentions, enumerable: true });
  return copy;
}

function placesLinesLater(note: CustomerNote): boolean {
  return Object.getOwnPropertyDescriptor(note, 'accountLine')?.get !== undefined || Object.getOwnPropertyDescriptor(note, 'lastContactedLine')?.get !== undefined;
}
