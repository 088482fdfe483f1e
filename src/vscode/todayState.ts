// The view state shared by the tree and the status bar: the rows for today, computed once per change.
// Group, sort and "show archived" start from the settings and are then remembered per workspace.
import * as vscode from 'vscode';
import type { CustomerIndex } from '../core/index/customerIndex';
import { customerRows, type CustomerRow, type GroupBy, type SortBy } from '../core/today/customerList';
import { today, type Clock } from '../core/time/dates';
import type { LocalDate } from '../core/model';
import { viewSettings } from './ports/settings';

const STATE_KEY = 'rapport.view';

interface Remembered {
  groupBy?: GroupBy;
  sortBy?: SortBy;
  showArchived?: boolean;
}

export class CustomerView implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when the rows may have changed: the index, the day, or a view option. */
  readonly onDidChange = this.changeEmitter.event;
  private cached: { day: string; rows: CustomerRow[]; urgent: CustomerRow[] } | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly index: CustomerIndex, private readonly memento: vscode.Memento, public clock: Clock) {
    this.subscriptions.push(
      index.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('rapport') && this.invalidate()),
    );
    void this.updateContextKeys();
  }

  get today(): LocalDate {
    return today(this.clock);
  }

  get groupBy(): GroupBy {
    return this.remembered.groupBy ?? viewSettings().groupBy;
  }

  get sortBy(): SortBy {
    return this.remembered.sortBy ?? viewSettings().sortBy;
  }

  get showArchived(): boolean {
    return this.remembered.showArchived ?? viewSettings().showArchived;
  }

  /** Rows for today, most urgent first unless another sort was chosen. */
  rows(): CustomerRow[] {
    return this.computed().rows;
  }

  /** Rows for the status bar, the badge and pickers: always most overdue first, never archived. */
  urgentRows(): CustomerRow[] {
    return this.computed().urgent;
  }

  // Both lists are computed once per change and per day; they are the same list in the default view.
  private computed(): { rows: CustomerRow[]; urgent: CustomerRow[] } {
    const day = JSON.stringify(this.today);
    if (this.cached?.day !== day) {
      const { dueSoonDays } = viewSettings();
      const notes = this.index.all();
      const rows = customerRows(notes, this.today, { sortBy: this.sortBy, showArchived: this.showArchived, dueSoonDays });
      const sameOrder = this.sortBy === 'overdue' && !this.showArchived;
      const urgent = sameOrder ? rows : customerRows(notes, this.today, { sortBy: 'overdue', showArchived: false, dueSoonDays });
      this.cached = { day, rows, urgent };
    }
    return this.cached;
  }

  async remember(change: Remembered): Promise<void> {
    await this.memento.update(STATE_KEY, { ...this.remembered, ...change });
    await this.updateContextKeys();
    this.invalidate();
  }

  /** Drops the cached rows and tells the views (also used at midnight). */
  invalidate(): void {
    this.cached = undefined;
    this.changeEmitter.fire();
  }

  private get remembered(): Remembered {
    return this.memento.get<Remembered>(STATE_KEY) ?? {};
  }

  private async updateContextKeys(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'rapport.showArchived', this.showArchived);
    await vscode.commands.executeCommand('setContext', 'rapport.groupBy', this.groupBy);
    await vscode.commands.executeCommand('setContext', 'rapport.sortBy', this.sortBy);
  }

  dispose(): void {
    this.changeEmitter.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
