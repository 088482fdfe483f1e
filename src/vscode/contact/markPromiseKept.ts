// Rapport: Mark Promise Kept. Ticks the task line of a promise in the tree: one character changes.
import * as vscode from 'vscode';
import { setTaskChecked } from '../../core/editing/taskEdit';
import { editNote, planOf } from '../noteWriter';
import type { Command } from '../commands';
import type { TreeServices } from '../services';

export function markPromiseKeptCommand(deps: TreeServices): Command {
  return {
    id: 'rapport.markPromiseKept',
    async execute(arg?: unknown) {
      const node = deps.tree.nodeOf(arg);
      if (node?.kind !== 'commitment') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Run this on a promise in the Customers tree.'));
        return false;
      }
      const uri = vscode.Uri.parse(node.noteId);
      const kept = await editNote(uri, (text) => planOf(setTaskChecked(text, node.commitment.line, true)));
      if (kept) deps.log.info(`Marked a promise kept in ${vscode.workspace.asRelativePath(uri)}.`);
      return kept;
    },
  };
}
