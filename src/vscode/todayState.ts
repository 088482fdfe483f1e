// What today looks like, shared by the tree, the status bar, the badge, the decorations, the dashboard
// and the review: the day (from the one clock), the view settings, the rows and each customer's
// insights, each computed once per change. Group, sort and "show archived" start from the settings and
// are then remembered per workspace.
import * as vscode from 'vscode';
import { Disposable } from '../core/disposable';
import type { CustomerIndex } from '../core/index/customerIndex';
import { accountMap, type AccountMap, type NameResolver } from '../core/accounts/accountMap';
import { countOverdue, customerRows, type CustomerRow, type GroupBy, type SortBy } from '../core/today/customerList';
import { insightsOf, type Insights } from '../core/today/insights';
import { upcomingDates, type UpcomingDate } from '../core/today/upcomingDates';
import { formatDate, today, type Clock } from '../core/time/dates';
import { type CustomerNote, type LocalDate } from '../core/model';
import { onLocalMidnight } from './midnight';
import { upcomingDaysOf, viewSettings, type ViewSettings } from './ports/settings';

const STATE_KEY = 'rapport.view';

interface Remembered {
  groupBy?: GroupBy;
  sortBy?: SortBy;
  showArchived?: boolean;
}

interface Computed {
  readonly day: string;
  readonly today: LocalDate;
  readonly settings: ViewSettings;
  readonly rows: CustomerRow[];
  readonly urgent: CustomerRow[];
  readonly accounts: AccountMap;
  /** Rows by note id, made when a tooltip first asks (not on every change). */
  byId?: ReadonlyMap<string, CustomerRow>;
  readonly insights: WeakMap<CustomerNote, Insights>;
  /** `rapport.upcomingDays` of a note's folder. */
  readonly upcomingDays: (note: CustomerNote) => number;
  /** Important dates coming up across customers, made when first asked. */
  upcoming?: UpcomingDate[];
}

export class TodayState extends Disposable {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  /** Fires when what today looks like may have changed: the index, the day, a setting or a view option. */
  readonly onDidChange = this.changeEmitter.event;
  private cached: Computed | undefined;

  constructor(private readonly index: CustomerIndex, private readonly memento: vscode.Memento, private readonly clock: Clock, private readonly resolveName: NameResolver) {
    super();
    this.register(index.onDidChange(() => this.invalidate()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('rapport') && this.invalidate()));
    this.register(onLocalMidnight(clock, () => this.invalidate()));
    void this.updateContextKey();
  }

  /** Today in the leader's time zone. */
  get date(): LocalDate {
    return this.computed().today;
  }

  get settings(): ViewSettings {
    return this.computed().settings;
  }

  get groupBy(): GroupBy {
    return this.remembered.groupBy ?? this.settings.groupBy;
  }

  get sortBy(): SortBy {
    return this.remembered.sortBy ?? this.settings.sortBy;
  }

  get showArchived(): boolean {
    return this.remembered.showArchived ?? this.settings.showArchived;
  }

  /** Rows for today, most urgent first unless another sort was chosen. */
  rows(): CustomerRow[] {
    return this.computed().rows;
  }

  /** A customer's row for today, unless it is hidden (archived while archived customers are hidden). */
  row(id: string): CustomerRow | undefined {
    const computed = this.computed();
    computed.byId ??= new Map([...computed.urgent, ...computed.rows].map((r) => [r.note.id, r]));
    return computed.byId.get(id);
  }

  /** A customer's row for today, also when it is hidden (an archived customer asked for by name). */
  anyRow(id: string): CustomerRow | undefined {
    const shown = this.row(id);
    if (shown) return shown;
    const note = this.index.get(id);
    const { today, settings, accounts } = this.computed();
    return note && customerRows([note], today, { sortBy: 'overdue', showArchived: true, dueSoonDays: settings.dueSoonDays }, accounts)[0];
  }

  /** A customer note by its id. */
  note(id: string): CustomerNote | undefined {
    return this.index.get(id);
  }

  /** Which customers are people in which account, and what is wrong with an `account:`. */
  accounts(): AccountMap {
    return this.computed().accounts;
  }

  /** Rows for the status bar, the badge and pickers: always most overdue first, never archived. */
  urgentRows(): CustomerRow[] {
    return this.computed().urgent;
  }

  /** What the dashboard and the weekly review are computed with. */
  reportSettings(): { dueSoonDays: number; staleDays: number; workingHoursPerWeek: number; upcomingDays: (note: CustomerNote) => number } {
    const { settings: { dueSoonDays, reflectionStaleDays, workingHoursPerWeek }, upcomingDays } = this.computed();
    return { dueSoonDays, staleDays: reflectionStaleDays, workingHoursPerWeek, upcomingDays };
  }

  /** Important dates coming up across customers (archived ones never), soonest first. */
  upcoming(): readonly UpcomingDate[] {
    const computed = this.computed();
    return (computed.upcoming ??= upcomingDates(this.index.all(), computed.today, computed.upcomingDays));
  }

  /** One customer's important dates coming up, soonest first. */
  upcomingOf(note: CustomerNote): UpcomingDate[] {
    const { today, upcomingDays } = this.computed();
    return upcomingDates(note, today, upcomingDays);
  }

  overdueCount(): number {
    return countOverdue(this.urgentRows());
  }

  /** A customer's promises, habits and register for today. */
  insights(note: CustomerNote): Insights {
    const { insights, today, settings } = this.computed();
    let found = insights.get(note);
    if (!found) insights.set(note, (found = insightsOf(note, today, settings.reflectionStaleDays)));
    return found;
  }

  // Everything is computed once per change and per day; both lists are the same list in the default view.
  private computed(): Computed {
    const date = today(this.clock);
    const day = formatDate(date);
    if (this.cached?.day !== day) {
      const settings = viewSettings();
      const notes = this.index.all();
      const sortBy = this.remembered.sortBy ?? settings.sortBy;
      const showArchived = this.remembered.showArchived ?? settings.showArchived;
      const accounts = accountMap(notes, this.resolveName);
      const rows = customerRows(notes, date, { sortBy, showArchived, dueSoonDays: settings.dueSoonDays }, accounts);
      const sameOrder = sortBy === 'overdue' && !showArchived;
      const urgent = sameOrder ? rows : customerRows(notes, date, { sortBy: 'overdue', showArchived: false, dueSoonDays: settings.dueSoonDays }, accounts);
      this.cached = { day, today: date, settings, rows, urgent, accounts, insights: new WeakMap(), upcomingDays: upcomingDaysOf() };
    }
    return this.cached;
  }

  async remember(change: Remembered): Promise<void> {
    await this.memento.update(STATE_KEY, { ...this.remembered, ...change });
    await this.updateContextKey();
    this.invalidate();
  }

  /** Drops what was computed and tells the views (also at midnight). */
  invalidate(): void {
    this.cached = undefined;
    this.changeEmitter.fire();
  }

  private get remembered(): Remembered {
    return this.memento.get<Remembered>(STATE_KEY) ?? {};
  }

  // The view title shows "Show Archived" or "Hide Archived" by this key.
  private async updateContextKey(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'rapport.showArchived', this.showArchived);
  }
}
