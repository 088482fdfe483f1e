// What every command is handed: the index, the view state, the indexer. No globals.
import type * as vscode from 'vscode';
import type { CustomerIndex } from '../core/index/customerIndex';
import type { TreeNode } from './customers/customerTree';
import type { CustomerView } from './todayState';
import type { Logger } from './ports/logger';
import type { NoteIndexer } from './ports/noteIndexer';

export interface CommandDeps {
  readonly context: vscode.ExtensionContext;
  readonly index: CustomerIndex;
  readonly view: CustomerView;
  readonly treeView: vscode.TreeView<TreeNode>;
  readonly indexer: NoteIndexer;
  readonly log: Logger;
}

export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}
