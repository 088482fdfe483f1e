// The status bar item: the current customer note's days since contact, else the overdue count and the
// most overdue customer. Warning colours when overdue; a click opens the customer picker. While the
// customer notes are read it says so, rather than count what is read so far (or what was before a rescan).
import * as vscode from 'vscode';
import type { Busy } from '../../core/busy';
import { Disposable } from '../../core/disposable';
import { statusForCustomer, statusOverall } from '../../core/today/statusModel';
import { indexingWords, statusWords, type StatusView } from '../words/statusWords';
import type { TodayState } from '../todayState';

export class CustomerStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('rapport.status', vscode.StatusBarAlignment.Left, 50));
  /** What is shown now, for tests and for the API. */
  current: StatusView | undefined;

  constructor(private readonly today: TodayState, private readonly busy: Busy) {
    super();
    this.item.name = vscode.l10n.t('Rapport: days since contact');
    this.item.command = 'rapport.openCustomer';
    this.register(today.onDidChange(() => this.update()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(busy.onDidChange(() => this.update()));
    this.update();
  }

  update(): void {
    // Nothing is computed while the notes are read: the rows would be thrown away at once.
    if (this.busy.readingCustomers) return this.show(indexingWords());
    const rows = this.today.urgentRows();
    const allRows = this.today.rows();
    if (rows.length === 0 && allRows.length === 0) {
      this.current = undefined;
      this.item.hide();
      return;
    }
    const activeId = vscode.window.activeTextEditor?.document.uri.toString();
    const activeRow = activeId ? allRows.find((r) => r.note.id === activeId) ?? rows.find((r) => r.note.id === activeId) : undefined;
    const upcoming = this.today.upcoming();
    this.show(statusWords(activeRow ? statusForCustomer(activeRow, rows, this.today.date, upcoming) : statusOverall(rows, this.today.date, upcoming)));
  }

  private show(status: StatusView): void {
    this.current = status;
    this.item.text = status.text;
    const tooltip = new vscode.MarkdownString(status.tooltip, true);
    tooltip.isTrusted = false;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = status.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.color = status.warning ? new vscode.ThemeColor('statusBarItem.warningForeground') : undefined;
    this.item.accessibilityInformation = { label: status.text.replace(/\$\([a-z~-]+\)\s*/g, '') };
    this.item.show();
  }
}
