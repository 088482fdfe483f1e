// Meeting briefs as read-only virtual Markdown documents (`rapport-brief:`), shown in the Markdown
// preview. The document names the customer note it is about in its query, so it is written afresh from
// the index whenever it is shown, and again when the notes or the day change while it is open.
import * as vscode from 'vscode';
import { Disposable } from '../../core/disposable';
import type { TodayState } from '../todayState';
import { customerBriefMarkdown } from './customerBrief';

export const BRIEF_SCHEME = 'rapport-brief';

export class BriefDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly today: TodayState) {
    super();
    this.register(vscode.workspace.registerTextDocumentContentProvider(BRIEF_SCHEME, this));
    this.register(today.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === BRIEF_SCHEME) this.changed.fire(document.uri);
    }));
  }

  /** The brief's address: its title is the customer's name, so the preview's tab says whom it is about. */
  uriOf(noteId: string, name: string): vscode.Uri {
    const title = vscode.l10n.t('Brief {0}', name).replace(/[\\/:*?"<>|#%]/g, ' ');
    return vscode.Uri.from({ scheme: BRIEF_SCHEME, path: `/${title}.md`, query: noteId });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return customerBriefMarkdown(this.today, uri.query, 'document') ?? `_${vscode.l10n.t('This customer note is no longer in the workspace.')}_\n`;
  }
}
