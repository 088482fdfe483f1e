// Prepare for Meeting: the brief of the customer (from the tree, a CodeLens, the active note or a pick)
// opened in the Markdown preview, in the editor area.
import * as vscode from 'vscode';
import type { Command } from '../commands';
import { customerNoteTarget } from '../customerTarget';
import type { TreeServices } from '../services';
import type { BriefDocuments } from './briefDocuments';

export function prepareMeetingCommand(deps: TreeServices, briefs: BriefDocuments): Command {
  return {
    id: 'rapport.prepareMeeting',
    async execute(arg?: unknown): Promise<vscode.Uri | undefined> {
      const note = await customerNoteTarget(arg, deps, vscode.l10n.t('Prepare for a meeting with…'));
      if (!note) return undefined;
      const brief = briefs.uriOf(note.id, note.name);
      // Locked: the preview keeps showing the brief when the leader goes back to a note.
      await vscode.commands.executeCommand('markdown.showPreview', brief, undefined, { locked: true });
      return brief;
    },
  };
}
