// What today looks like, shared by the tree, the status bar, the badge, the decorations, the dashboard
// and the review: the day (from the one clock), the view settings, the rows and each customer's
// insights. The rows are computed in full once per day, setting and view option, and after that only the
// changed notes' rows are re-placed (core's TodayRows). Group, sort and "show archived" start from the
// settings and are then remembered per workspace.
import * as vscode from 'vscode';
import { Disposable } from '../core/disposable';
import type { CustomerIndex } from '../core/index/customerIndex';
import type { AccountMap, NameResolver } from '../core/accounts/accountMap';
import { countOverdue, customerRows, type CustomerRow, type GroupBy, type SortBy } from '../core/today/customerList';
import { TodayRows } from '../core/today/todayRows';
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
  readonly rows: TodayRows;
  /** Keyed by the note itself: a changed note is a new object, so only its insights are computed again. */
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
    this.register(index.onDidChange((ids) => this.notesChanged(ids)));
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
    return this.computed().rows.rows();
  }

  /** A customer's row for today, unless it is hidden (archived while archived customers are hidden). */
  row(id: string): CustomerRow | undefined {
    return this.computed().rows.row(id);
  }

  /** A customer's row for today, also when it is hidden (an archived customer asked for by name). */
  anyRow(id: string): CustomerRow | undefined {
    const shown = this.row(id);
    if (shown) return shown;
    const note = this.index.get(id);
    const { today, settings, rows } = this.computed();
    return note && customerRows([note], today, { sortBy: 'overdue', showArchived: true, dueSoonDays: settings.dueSoonDays }, rows.accounts())[0];
  }

  /** A customer note by its id. */
  note(id: string): CustomerNote | undefined {
    return this.index.get(id);
  }

  /** Which customers are people in which account, and what is wrong with an `account:`. */
  accounts(): AccountMap {
    return this.computed().rows.accounts();
  }

  /** Rows for the status bar, the badge and pickers: always most overdue first, never archived. */
  urgentRows(): CustomerRow[] {
    return this.computed().rows.urgentRows();
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

  // Computed in full once per day (and setting, and view option); then kept in step with the index.
  private computed(): Computed {
    const date = today(this.clock);
    const day = formatDate(date);
    if (this.cached?.day !== day) {
      const settings = viewSettings();
      const sortBy = this.remembered.sortBy ?? settings.sortBy;
      const showArchived = this.remembered.showArchived ?? settings.showArchived;
      const rows = new TodayRows(this.index, date, { sortBy, showArchived, dueSoonDays: settings.dueSoonDays }, this.resolveName);
      this.cached = { day, today: date, settings, rows, insights: new WeakMap(), upcomingDays: upcomingDaysOf() };
    }
    return this.cached;
  }

  /** Only the changed notes' rows are computed again, when next read; the dates coming up only if a changed note had or has any. */
  private notesChanged(ids: readonly string[]): void {
    const cached = this.cached;
    if (cached) {
      if (cached.upcoming) {
        const listed = new Set(cached.upcoming.map((u) => u.noteId));
        if (ids.some((id) => listed.has(id) || (this.index.get(id)?.dates.length ?? 0) > 0)) cached.upcoming = undefined;
      }
      cached.rows.changed(ids);
    }
    this.changeEmitter.fire();
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
