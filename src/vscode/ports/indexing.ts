// The core indexers on VS Code's ports, told of every workbench change that can add, drop or alter a
// note: one for customer notes, one for every Markdown note's links (the mentions). Customers are read
// first, so the tree fills in before the (possibly much larger) scan for mentions. Every scan is counted
// as busy, so the views can say that Rapport is still reading. Each kind keeps its own index cache (its
// own parse: the mentions are joined again from the linking notes).
import * as vscode from 'vscode';
import type { Busy } from '../../core/busy';
import type { CustomerIndex } from '../../core/index/customerIndex';
import type { IndexCacheOptions } from '../../core/index/cache/noteCache';
import { defaultTiming, NoteIndexer, type ScanOptions } from '../../core/index/noteIndexer';
import { customerNotes, linkingNotes } from '../../core/index/noteKinds';
import type { Logger } from '../../core/index/ports';
import { MentionIndex } from '../../core/mentions/mentionIndex';
import type { CustomerNote, LinkingNote } from '../../core/model';
import { folderUriOf, vscodeNoteWorkspace } from './noteWorkspace';
import { vscodeSettings } from './settings';

export interface Indexing extends vscode.Disposable {
  readonly indexer: NoteIndexer<CustomerNote>;
  readonly mentions: MentionIndex;
  readonly mentionIndexer: NoteIndexer<LinkingNote>;
  /** Scans customers, then mentions; resolves when both are in. `fromCache`: unchanged files are not read. */
  rescan(options?: ScanOptions): Promise<void>;
  /** Resolves once both scans and every queued file update are in. */
  idle(): Promise<void>;
  /** Writes the index caches now where a write is waiting. */
  flushCache(): Promise<void>;
}

export function createIndexing(index: CustomerIndex, log: Logger, busy: Busy, cache?: IndexCacheOptions): Indexing {
  const workspace = vscodeNoteWorkspace;
  const indexer = new NoteIndexer(index, customerNotes, workspace, vscodeSettings, log, defaultTiming, cache);
  const mentions = new MentionIndex(index, folderUriOf);
  const mentionIndexer = new NoteIndexer(mentions, linkingNotes, workspace, vscodeSettings, log, defaultTiming, cache);
  const scanCustomers = (options?: ScanOptions) => busy.run(() => indexer.rescan(options), { readsCustomers: true });
  const scanMentions = (options?: ScanOptions) => busy.run(() => mentionIndexer.rescan(options));
  // One job around both, so the view's progress runs on from the customers into the mentions.
  const rescan = (options?: ScanOptions) => busy.run(async () => {
    await scanCustomers(options);
    await scanMentions(options);
  });
  const disposable = vscode.Disposable.from(
    indexer, mentionIndexer,
    // A folder added: its notes may be in the cache from an earlier session; the others surely are.
    vscode.workspace.onDidChangeWorkspaceFolders(() => void rescan({ fromCache: true })),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('rapport.customerGlob') || e.affectsConfiguration('rapport.defaultCadence')) void scanCustomers();
      if (e.affectsConfiguration('rapport.notesGlob')) void scanMentions();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      indexer.editorChanged(e.document.uri.toString());
      mentionIndexer.editorChanged(e.document.uri.toString());
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      indexer.editorClosed(d.uri.toString());
      mentionIndexer.editorClosed(d.uri.toString());
    }),
  );
  const idle = async () => {
    await indexer.idle();
    await mentionIndexer.idle();
  };
  const flushCache = async () => {
    await Promise.all([indexer.flushCache(), mentionIndexer.flushCache()]);
  };
  return { indexer, mentions, mentionIndexer, rescan, idle, flushCache, dispose: () => disposable.dispose() };
}
