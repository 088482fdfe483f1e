// What every feature is handed: the one index, its indexers, the mentions, what today looks like, what
// Rapport is busy with, the clock, the logger.
// No globals.
import type * as vscode from 'vscode';
import type { Busy } from '../core/busy';
import type { CustomerIndex } from '../core/index/customerIndex';
import type { NoteIndexer } from '../core/index/noteIndexer';
import type { MentionIndex } from '../core/mentions/mentionIndex';
import type { CustomerNote } from '../core/model';
import type { Indexing } from './ports/indexing';
import type { Logger } from '../core/index/ports';
import type { Clock } from '../core/time/dates';
import type { CustomerTree, TreeNode } from './customers/customerTree';
import type { TodayState } from './todayState';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly index: CustomerIndex;
  /** Keeps the customer notes in the index. */
  readonly indexer: NoteIndexer<CustomerNote>;
  /** Every Markdown note's links, and the mentions they make of customers. */
  readonly mentions: MentionIndex;
  /** Both scans together: a full rescan, and waiting until every update is in. */
  readonly indexing: Pick<Indexing, 'rescan' | 'idle'>;
  readonly today: TodayState;
  /** Scans and other long jobs running now, for the views to show progress. */
  readonly busy: Busy;
  readonly clock: Clock;
  readonly log: Logger;
}

/** What the commands that act on the Customers tree's items are handed besides. */
export interface TreeServices extends Services {
  readonly tree: CustomerTree;
  readonly treeView: vscode.TreeView<TreeNode>;
}
