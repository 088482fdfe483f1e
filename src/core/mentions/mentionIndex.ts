// Every Markdown note of the workspace, kept for its links, and the mentions they make of customers.
// One note changed re-reads that note only and re-joins only the customers it mentioned before or
// mentions now. When a customer's names change (renamed, an alias added, a note added or deleted), the
// resolver learns that customer's names and every link is matched again: cheap, since only the links
// are kept, never the notes' text. Many notes
// at once (a scan, a rename) are matched and joined in pieces, giving the host a turn between them.
import { compareDates } from '../time/dates';
import type { CustomerIndex } from '../index/customerIndex';
import { BatchedStore } from '../index/batchedStore';
import { yieldToHost } from '../index/yieldToHost';
import type { CustomerNote, LinkingNote, LinkProblem, LocalDate, Mention, NoteLink } from '../model';
import { LinkResolver, pathKey, titleKey, type KnownNotes, type Resolution } from './linkResolver';
import { mentionsOfNote, type NoteMentions } from './noteMentions';

export type MentionListener = (noteIds: readonly string[]) => void;
type Change = [customerId: string, mentions: readonly Mention[]];

/** More changed notes than this are matched in pieces; fewer (typing, one file saved) in one go. */
const IN_ONE_GO = 500;
/** How long one piece may keep the host: well under what a person notices. */
const PIECE_MS = 12;

export class MentionIndex extends BatchedStore<LinkingNote> implements KnownNotes {
  private readonly resolved = new Map<string, NoteMentions>();
  /** Customer id → linking note id → the mentions that note makes of the customer. */
  private readonly byCustomer = new Map<string, Map<string, readonly Mention[]>>();
  private readonly titles = new Map<string, number>();
  private readonly paths = new Set<string>();
  private readonly withProblems = new Set<string>();
  private readonly linkToNotes = new Set<string>();
  /** What each customer answers to, to tell whether a change of customers can change any match. */
  private readonly answersTo = new Map<string, string>();
  /** The name and aliases list each answer was made from: a note copied with its mentions keeps both, unread. */
  private readonly answeredFrom = new Map<string, readonly [name: string, aliases: readonly string[]]>();
  private readonly resolver: LinkResolver;
  private readonly dirty = new Set<string>();
  private notesAdded = false;
  private notesRemoved = false;
  private readonly listeners = new Set<MentionListener>();
  /** Customers whose names changed (added, renamed, deleted) and are not yet told to the resolver. */
  private readonly renamed = new Set<string>();
  /** Notes added whose file title and path are not yet counted (see `known`): counted before any link is matched. */
  private readonly uncounted = new Set<string>();
  /** Set while many notes are matched in pieces; changes meanwhile join that work. */
  private draining: Promise<void> | undefined;

  constructor(private readonly customers: CustomerIndex, private readonly folderOf: (id: string) => string) {
    super();
    this.resolver = new LinkResolver(customers.all(), folderOf, this);
    // The customers already in the index are matched by this resolver: their first change (such as the
    // mentions joined into them) must not count as a change of what they answer to.
    for (const note of customers.all()) this.answersTo.set(note.id, answersOf(note)!);
    customers.onDidChange((ids) => this.customersChanged(ids));
  }

  set(note: LinkingNote): void {
    if (!this.notes.has(note.id)) {
      this.uncounted.add(note.id);
      this.notesAdded = true;
    }
    this.notes.set(note.id, note);
    this.changed(note.id);
  }

  delete(id: string): void {
    if (!this.notes.delete(id)) return;
    if (!this.uncounted.delete(id)) this.known(id, -1);
    this.notesRemoved = true;
    this.changed(id);
  }

  /** The problems of a note's links: ambiguous names, and links meant for a customer that name none. */
  problemsOf(id: string): readonly LinkProblem[] {
    return this.resolved.get(id)?.problems ?? [];
  }

  /** Resolves once every note given so far is matched and its mentions are joined into the customers. */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Notes whose link problems may have changed. */
  onDidChange(listener: MentionListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The customer a wiki link's target names from the note `fromId`, as a mention is matched; undefined for none or several. */
  customerNamed(target: string, fromId: string): string | undefined {
    const found = this.resolveName(target, fromId);
    return found.kind === 'customer' ? found.id : undefined;
  }

  /** What a wiki link's target names from the note `fromId`: a customer, several, another note or nothing. */
  resolveName(target: string, fromId: string): Resolution {
    return this.resolve({ kind: 'name', target, line: 0, column: 0, length: 0 }, fromId);
  }

  /** What a link (a name, or the absolute path a relative link points to) names from the note `fromId`. */
  resolve(link: NoteLink, fromId: string): Resolution {
    // Asked while many customers are still being told to the resolver (a hover during a scan): told now.
    this.updateResolver(Infinity);
    return this.resolver.resolve(link, fromId);
  }

  hasTitle(folder: string, title: string): boolean {
    return this.titles.has(`${folder}\n${title}`);
  }

  hasPath(path: string): boolean {
    return this.paths.has(path);
  }

  /** Counts the notes added, for up to `ms`; true when all are counted. */
  private countAdded(ms: number): boolean {
    const started = performance.now();
    for (const id of this.uncounted) {
      this.uncounted.delete(id);
      this.known(id, +1);
      if (performance.now() - started > ms) break;
    }
    return this.uncounted.size === 0;
  }

  /** Counts a note's file title and path in or out: what `hasTitle` and `hasPath` answer from. */
  private known(id: string, step: 1 | -1): void {
    const key = `${this.folderOf(id)}\n${titleKey(id)}`;
    const count = (this.titles.get(key) ?? 0) + step;
    if (count > 0) this.titles.set(key, count);
    else this.titles.delete(key);
    if (step > 0) this.paths.add(pathKey(id));
    else this.paths.delete(pathKey(id));
  }

  private changed(id: string): void {
    this.dirty.add(id);
    this.flushOutsideBatch();
  }

  private customersChanged(ids: readonly string[]): void {
    let matchesChange = false;
    for (const id of ids) {
      const note = this.customers.get(id);
      const from = this.answeredFrom.get(id);
      if (note && from && from[0] === note.name && from[1] === note.aliases) continue;
      if (note) this.answeredFrom.set(id, [note.name, note.aliases]);
      else this.answeredFrom.delete(id);
      const answers = answersOf(note);
      if (answers === this.answersTo.get(id)) continue;
      matchesChange = true;
      this.renamed.add(id);
      if (answers === undefined) this.answersTo.delete(id);
      else this.answersTo.set(id, answers);
    }
    if (!matchesChange) return; // the usual case: a note's text changed, not what it answers to
    for (const id of this.notes.keys()) this.dirty.add(id);
    for (const id of this.resolved.keys()) this.dirty.add(id);
    this.flushOutsideBatch();
  }

  /** Tells the resolver what the renamed customers answer to, for up to `ms`; true when it knows all. */
  private updateResolver(ms: number): boolean {
    const started = performance.now();
    for (const id of this.renamed) {
      this.renamed.delete(id);
      const note = this.customers.get(id);
      if (note) this.resolver.set(note);
      else this.resolver.delete(id);
      if (performance.now() - started > ms) break;
    }
    return this.renamed.size === 0;
  }

  protected flush(): void {
    if (this.dirty.size === 0 && this.renamed.size === 0) return;
    // A note added may be the one a broken link names; a note removed may break links to it.
    if (this.notesAdded) for (const id of this.withProblems) this.dirty.add(id);
    if (this.notesRemoved) for (const id of this.linkToNotes) this.dirty.add(id);
    this.notesAdded = this.notesRemoved = false;
    if (this.draining) return; // the pieces under way take these too
    if (this.dirty.size > IN_ONE_GO || this.renamed.size > IN_ONE_GO) {
      this.draining = this.drain().finally(() => (this.draining = undefined));
      return;
    }
    this.updateResolver(Infinity);
    this.countAdded(Infinity);
    const noteIds = [...this.dirty];
    this.dirty.clear();
    const touched = new Set<string>();
    for (const id of noteIds) this.resolveNote(id, touched);
    this.join(touched);
    for (const listener of this.listeners) listener(noteIds);
  }

  /** Matches the changed notes a piece at a time, then joins the customers they touched, a piece at a time. */
  private async drain(): Promise<void> {
    // Not within the call that handed the notes in (a scan's replaceAll): that call is long enough.
    await yieldToHost();
    const touched = new Set<string>();
    while (this.dirty.size > 0 || this.renamed.size > 0) {
      // The resolver knows every customer, and every note added is counted, before a link is matched.
      while (!this.updateResolver(PIECE_MS)) await yieldToHost();
      while (!this.countAdded(PIECE_MS)) await yieldToHost();
      const started = performance.now();
      const noteIds: string[] = [];
      for (const id of this.dirty) {
        this.dirty.delete(id);
        this.resolveNote(id, touched);
        noteIds.push(id);
        if (performance.now() - started > PIECE_MS) break;
      }
      for (const listener of this.listeners) listener(noteIds);
      await yieldToHost();
    }
    // The views are told once, when every customer has its mentions: each telling recomputes their rows.
    const customerIds = [...touched];
    await this.customers.batchInPieces(async () => {
      for (let i = 0; i < customerIds.length;) {
        const started = performance.now();
        const changes: Change[] = [];
        while (i < customerIds.length && performance.now() - started <= PIECE_MS) this.gather(customerIds[i++], changes);
        if (changes.length) this.customers.setMentions(changes);
        await yieldToHost();
      }
    });
    // Notes or customers changed while the last piece was joined: matched in the same way.
    if (this.dirty.size > 0 || this.renamed.size > 0) await this.drain();
  }

  /** Gathers these customers' mentions again and hands the index those that changed. */
  private join(customerIds: Iterable<string>): void {
    const changes: Change[] = [];
    for (const customerId of customerIds) this.gather(customerId, changes);
    if (changes.length) this.customers.setMentions(changes);
  }

  /** A customer's mentions gathered again, added to `changes` when they differ from the index's. */
  private gather(customerId: string, changes: Change[]): void {
    const mentions = this.mentionsOf(customerId);
    if (!sameMentions(this.customers.get(customerId)?.mentions, mentions)) changes.push([customerId, mentions]);
  }

  private resolveNote(id: string, touched: Set<string>): void {
    for (const customerId of this.resolved.get(id)?.mentions.keys() ?? []) {
      touched.add(customerId);
      this.byCustomer.get(customerId)?.delete(id);
    }
    const note = this.notes.get(id);
    if (!note) {
      this.resolved.delete(id);
      this.withProblems.delete(id);
      this.linkToNotes.delete(id);
      return;
    }
    const found = mentionsOfNote(note, this.resolver, (customerId) => this.customers.get(customerId)?.name ?? customerId);
    for (const [customerId, mentions] of found.mentions) {
      touched.add(customerId);
      const byNote = this.byCustomer.get(customerId) ?? this.byCustomer.set(customerId, new Map()).get(customerId)!;
      byNote.set(id, mentions);
    }
    this.resolved.set(id, found);
    if (found.problems.length) this.withProblems.add(id);
    else this.withProblems.delete(id);
    if (found.linksNotes) this.linkToNotes.add(id);
    else this.linkToNotes.delete(id);
  }

  /** A customer's mentions, newest first; undated references last. */
  private mentionsOf(customerId: string): readonly Mention[] {
    const byNote = this.byCustomer.get(customerId);
    if (!byNote || byNote.size === 0) return [];
    // Gathered by a loop, not flat(): this runs for every customer a changed note names, over all its mentions.
    const all: Mention[] = [];
    for (const mentions of byNote.values()) for (const mention of mentions) all.push(mention);
    return all.sort(newestFirst);
  }

}

/** Everything a link can match a customer by; undefined for a customer no longer in the index. */
function answersOf(note: CustomerNote | undefined): string | undefined {
  return note && [note.name, ...note.aliases].join('\n');
}

function newestFirst(a: Mention, b: Mention): number {
  if (a.date && b.date) return byDay(b.date, a.date) || (a.noteId < b.noteId ? -1 : a.noteId > b.noteId ? 1 : 0) || a.line - b.line;
  if (a.date || b.date) return a.date ? -1 : 1;
  return a.noteTitle.localeCompare(b.noteTitle) || a.line - b.line;
}

/** compareDates' order without counting days: a customer's every mention is sorted again when one note changes. */
function byDay(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function sameMentions(a: readonly Mention[] | undefined, b: readonly Mention[]): boolean {
  if (!a || a.length !== b.length) return (a?.length ?? 0) === 0 && b.length === 0;
  return a.every((m, i) => {
    const n = b[i];
    return m.noteId === n.noteId && m.line === n.line && m.noteTitle === n.noteTitle && m.minutes === n.minutes && m.headingLine === n.headingLine
      && (m.date && n.date ? compareDates(m.date, n.date) === 0 : m.date === n.date);
  });
}
