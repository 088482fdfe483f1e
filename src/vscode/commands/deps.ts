// What every command is handed: the index, the view state, the indexer. No globals.
import type * as vscode from 'vscode';
import type { CustomerIndex } from '../../core/customerIndex';
import type { TreeNode } from '../customerTree';
import type { CustomerView } from '../customerView';
import type { Logger } from '../logger';
import type { NoteIndexer } from '../noteIndexer';

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
