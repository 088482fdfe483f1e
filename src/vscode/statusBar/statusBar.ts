// The status bar item: the current customer note's days since contact, else the overdue count and the
// most overdue customer. Warning colours when overdue; a click opens the customer picker.
import * as vscode from 'vscode';
import { statusForCustomer, statusOverall } from '../../core/today/statusModel';
import { statusWords, type StatusView } from '../words/statusWords';
import type { CustomerView } from '../todayState';

export class CustomerStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('rapport.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];
  /** What is shown now, for tests and for the API. */
  current: StatusView | undefined;

  constructor(private readonly view: CustomerView) {
    this.item.name = vscode.l10n.t('Rapport: days since contact');
    this.item.command = 'rapport.openCustomer';
    this.subscriptions = [view.onDidChange(() => this.update()), vscode.window.onDidChangeActiveTextEditor(() => this.update())];
    this.update();
  }

  update(): void {
    const rows = this.view.urgentRows();
    const allRows = this.view.rows();
    if (rows.length === 0 && allRows.length === 0) {
      this.current = undefined;
      this.item.hide();
      return;
    }
    const activeId = vscode.window.activeTextEditor?.document.uri.toString();
    const activeRow = activeId ? allRows.find((r) => r.note.id === activeId) ?? rows.find((r) => r.note.id === activeId) : undefined;
    const status = statusWords(activeRow ? statusForCustomer(activeRow, rows, this.view.today) : statusOverall(rows, this.view.today));
    this.current = status;
    this.item.text = status.text;
    const tooltip = new vscode.MarkdownString(status.tooltip, true);
    tooltip.isTrusted = false;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = status.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.color = status.warning ? new vscode.ThemeColor('statusBarItem.warningForeground') : undefined;
    this.item.accessibilityInformation = { label: status.text.replace(/\$\([a-z-]+\)\s*/g, '') };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
