// Rapport: Mark Promise Kept. Ticks the task line of a commitment in the tree: one character changes.
import * as vscode from 'vscode';
import { setTaskChecked } from '../../core/frontMatter/edit';
import { frontMatterText } from '../../core/model';
import type { TreeNode } from '../customers/customerTree';
import { editNote } from '../noteWriter';
import type { Command, CommandDeps } from '../commands';

export function markCommitmentDoneCommand(deps: CommandDeps): Command {
  return {
    id: 'rapport.markCommitmentDone',
    async execute(node?: unknown) {
      const target = node as TreeNode | undefined;
      if (target?.kind !== 'commitment') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Run this on a promise in the Customers tree.'));
        return false;
      }
      const uri = vscode.Uri.parse(target.noteId);
      const done = await editNote(uri, (text) => {
        const result = setTaskChecked(text, target.commitment.line, true);
        return result.ok ? { ok: true, edits: [result.edit] } : { ok: false, message: frontMatterText(result.message), line: result.line };
      });
      if (done) deps.log.info(`Marked a promise kept in ${vscode.workspace.asRelativePath(uri)}.`);
      return done;
    },
  };
}
