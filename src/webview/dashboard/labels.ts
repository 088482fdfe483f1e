// Every word the dashboard shows, worded by the host in the leader's language (vscode.l10n) and sent
// with the data: the script itself holds no text. `{0}`, `{1}` are filled in by the script.
import { type ContactState, type Habit } from '../../core/model';
import type { DurationUnits } from '../../core/reading/timeGoal';

/** The one and the many of a count shown beside its number ("1" customer overdue, "3" customers overdue). */
export interface CountWords {
  readonly one: string;
  readonly other: string;
}

export interface DashboardLabels {
  readonly openNote: string;
  readonly noCustomers: string;
  readonly habits: Readonly<Record<Habit, string>>;
  readonly states: Readonly<Record<ContactState, string>>;
  readonly durations: DurationUnits;
  /** `{0}d` */
  readonly days: string;
  /** `{0}d overdue` */
  readonly daysOverdue: string;
  /** `{0}%` */
  readonly percent: string;
  /** `last {0}` */
  readonly last: string;
  readonly summary: {
    readonly customersOverdue: CountWords;
    readonly promisesPastDue: CountWords;
    /** `of a {0} week with customers ({1})` */
    readonly share: string;
    readonly investedAgainstIntent: string;
    readonly invested: string;
  };
  readonly contacts: {
    readonly heading: string;
    readonly hint: string;
    /** `planned {0}` */
    readonly planned: string;
    /** `every {0}d` */
    readonly every: string;
  };
  readonly weeks: {
    readonly contactsHeading: string;
    /** `The last {0} ISO weeks; this week is {1}.` */
    readonly contactsHint: string;
    /** `Contacts per week over {0} weeks: {1} in total` */
    readonly contactsChart: string;
    readonly timeHeading: string;
    readonly timeHint: string;
    /** `Time with customers per week over {0} weeks: {1} in total` */
    readonly timeChart: string;
    /** `{0} (from {1}): {2}`: a column's tooltip */
    readonly column: string;
    /** `Per month: {0}` */
    readonly perMonth: string;
  };
  readonly time: {
    readonly heading: string;
    /** `This month ({0}) against time_goal; …` */
    readonly hint: string;
    readonly empty: string;
    /** `{0} of {1} · pace {2} by today` */
    readonly ofGoal: string;
    /** `{0} · no goal` */
    readonly noGoal: string;
    /** `{0}: {1} this month` */
    readonly row: string;
    readonly total: string;
    readonly totalLabel: string;
    /** `This week: {0} with customers, {1} of a {2} working week.` */
    readonly week: string;
    /** The same with `; intended {3} a week.` */
    readonly weekWithIntent: string;
  };
  readonly closeness: {
    readonly heading: string;
    readonly hint: string;
    readonly empty: string;
    /** `{0}: closeness {1}` */
    readonly chart: string;
    /** `{0} on {1}` */
    readonly point: string;
    /** `{0}/5 on {1}` */
    readonly last: string;
  };
  readonly promises: {
    readonly heading: string;
    readonly hint: string;
    readonly empty: string;
    /** `due {0}` */
    readonly due: string;
  };
  readonly upcoming: {
    readonly heading: string;
    readonly hint: string;
    readonly empty: string;
    readonly today: string;
    readonly tomorrow: string;
    /** `in {0} days` */
    readonly inDays: string;
    readonly yearly: string;
  };
  readonly habitsQuiet: {
    readonly heading: string;
    readonly hint: string;
    readonly empty: string;
    readonly never: string;
  };
  readonly register: {
    readonly heading: string;
    readonly hint: string;
    readonly empty: string;
    readonly risk: string;
    readonly opportunity: string;
    readonly undated: string;
  };
}
