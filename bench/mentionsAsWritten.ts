// What the benchmark's mention runs share: a mention index that times its one full replacement, the
// folder of a note as the extension finds it, and the proof that the mentions joined into the customers
// are exactly those the generator wrote.
import type { CustomerIndex } from '../src/core/index/customerIndex';
import { MentionIndex } from '../src/core/mentions/mentionIndex';
import type { LinkingNote, Mention } from '../src/core/model';
import { formatDate } from '../src/core/time/dates';
import type { Corpus, ExpectedMention } from './corpus';
import type { NodeWorkspace } from './nodeWorkspace';

/** A mention index that times its one full replacement: from handing it the notes until every link is matched and joined into the customers. */
export class TimedMentionIndex extends MentionIndex {
  replaceAllMs = 0;
  private started = 0;
  override replaceAll(notes: Iterable<LinkingNote>): void {
    this.started = performance.now();
    super.replaceAll(notes);
  }
  override async settled(): Promise<void> {
    await super.settled();
    if (this.started) this.replaceAllMs = performance.now() - this.started;
    this.started = 0;
  }
}

/** As the extension matches a note to its workspace folder (src/vscode/ports/indexing.ts): a prefix test. */
export const folderOfIn = (workspace: NodeWorkspace) => (id: string) => (id.startsWith(`${workspace.folder.uri}/`) ? workspace.folder.uri : '');

const mentionKey = (noteId: string, line: number, date: string | undefined, minutes: number | undefined) => `${noteId}\t${line}\t${date ?? ''}\t${minutes ?? ''}`;
export const keyOfMention = (m: Mention) => mentionKey(m.noteId, m.line, m.date && formatDate(m.date), m.minutes);
export const keyOfExpected = (workspace: NodeWorkspace, m: ExpectedMention) => mentionKey(workspace.idOf(m.note), m.line, m.date, m.minutes);

/** How many customers' joined mentions differ from what the generator wrote. */
export function mentionsNotAsWritten(workspace: NodeWorkspace, corpus: Corpus, index: CustomerIndex): number {
  return [...corpus.mentions].filter(([file, expected]) => {
    const got = (index.get(workspace.idOf(file))?.mentions ?? []).map(keyOfMention).sort().join('\n');
    return got !== expected.map((m) => keyOfExpected(workspace, m)).sort().join('\n');
  }).length;
}
