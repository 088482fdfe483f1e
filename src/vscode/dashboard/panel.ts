// The one dashboard panel: created on first use, revealed afterwards, fed by postMessage and re-fed
// whenever the customer view changes (a note edited, the day rolled over, a setting changed).
import * as vscode from 'vscode';
import { Disposable, toDisposable } from '../../core/disposable';
import { dashboardData, type DashboardData } from '../../core/reports/dashboardData';
import type { Services } from '../services';
import { dashboardHtml } from './html';
import { dashboardLabels } from './labels';
import { parseMessage, type ToWebview } from '../../webview/dashboard/messages';

/** What tests can see of the dashboard, and the hook they use to act as the webview. */
export interface DashboardProbe {
  readonly panel?: vscode.WebviewPanel;
  readonly lastData?: DashboardData;
  /** What the webview script last reported drawing. */
  readonly lastRendered?: { today: string; customers: number };
  /** Handles a message as if the webview had posted it; resolves to whether it was acted on. */
  receive(message: unknown): Promise<boolean>;
}

export class Dashboard extends Disposable implements DashboardProbe {
  panel?: vscode.WebviewPanel;
  lastData?: DashboardData;
  lastRendered?: { today: string; customers: number };

  constructor(private readonly deps: Services) {
    super();
    this.register(deps.today.onDidChange(() => this.panel && this.post()));
    this.register(toDisposable(() => this.panel?.dispose()));
  }

  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const media = vscode.Uri.joinPath(this.deps.context.extensionUri, 'media');
    // The webview loads only its built script and stylesheet: nothing else of the extension.
    const assets = vscode.Uri.joinPath(this.deps.context.extensionUri, 'dist', 'media');
    const title = vscode.l10n.t('Rapport Dashboard');
    const panel = vscode.window.createWebviewPanel('rapport.dashboard', title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [assets],
    });
    // A tab does not draw `currentColor`: one icon per theme kind, or it is black on a dark tab.
    panel.iconPath = { light: vscode.Uri.joinPath(media, 'rapport-light.svg'), dark: vscode.Uri.joinPath(media, 'rapport-dark.svg') };
    panel.webview.html = dashboardHtml(panel.webview, assets, vscode.Uri.joinPath, { lang: vscode.env.language, title, loading: vscode.l10n.t('Loading…') });
    panel.webview.onDidReceiveMessage((m) => void this.receive(m));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.lastRendered = undefined;
    });
    this.panel = panel;
    this.post();
    return panel;
  }

  /** Recomputes the data and sends it with its words; the script also asks for it when it (re)loads. */
  post(): void {
    this.lastData = dashboardData(this.deps.index.all(), this.deps.today.date, this.deps.today.reportSettings(), this.deps.today.accounts());
    const message: ToWebview = { type: 'data', data: this.lastData, labels: dashboardLabels(this.lastData.staleDays) };
    void this.panel?.webview.postMessage(message);
  }

  async receive(raw: unknown): Promise<boolean> {
    const message = parseMessage(raw);
    if (!message) return false;
    switch (message.type) {
      case 'ready':
        this.post();
        return true;
      case 'rendered':
        this.lastRendered = { today: message.today, customers: message.customers };
        return true;
      case 'open': {
        // The webview is not trusted to name files: only a note the index knows is opened.
        const note = this.deps.index.get(message.id);
        if (!note) {
          this.deps.log.info(`Dashboard asked to open an unknown note; ignored.`);
          return false;
        }
        const line = message.line;
        const selection = line !== undefined ? new vscode.Range(line, 0, line, 0) : undefined;
        // A note already open in a tab is brought forward there, not opened a second time beside the dashboard.
        const viewColumn = columnShowing(note.id) ?? vscode.ViewColumn.Beside;
        await vscode.window.showTextDocument(vscode.Uri.parse(note.id), { viewColumn, selection, preview: false });
        return true;
      }
    }
  }
}

/** The editor group that already has a tab for the note, if any. */
function columnShowing(id: string): vscode.ViewColumn | undefined {
  for (const group of vscode.window.tabGroups.all) {
    if (group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === id)) return group.viewColumn;
  }
  return undefined;
}
