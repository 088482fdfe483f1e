// What every feature is handed: the one index, the indexer, what today looks like, the clock, the logger.
// No globals.
import type * as vscode from 'vscode';
import type { CustomerIndex } from '../core/index/customerIndex';
import type { NoteIndexer } from '../core/index/noteIndexer';
import type { Logger } from '../core/index/ports';
import type { Clock } from '../core/time/dates';
import type { CustomerTree, TreeNode } from './customers/customerTree';
import type { TodayState } from './todayState';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly index: CustomerIndex;
  readonly indexer: NoteIndexer;
  readonly today: TodayState;
  readonly clock: Clock;
  readonly log: Logger;
}

/** What the commands that act on the Customers tree's items are handed besides. */
export interface TreeServices extends Services {
  readonly tree: CustomerTree;
  readonly treeView: vscode.TreeView<TreeNode>;
}
