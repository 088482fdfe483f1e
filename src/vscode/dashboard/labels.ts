// The dashboard's words in the leader's language, sent to the webview with the data. Habits and states
// are the words the tree and tooltips use; literal l10n keys, so the export tool finds them.
import * as vscode from 'vscode';
import { HABITS, type ContactState, type Habit } from '../../core/model';
import { STATE_ORDER } from '../../core/today/contactState';
import type { DashboardLabels } from '../../webview/dashboard/labels';
import { dayCount } from '../words/dayWords';
import { durationUnits } from '../words/durationWords';
import { habitWords } from '../words/habitWords';
import { stateWords } from '../words/stateWords';

/** `staleDays`: the reflection setting the "gone quiet" hints count with. */
export function dashboardLabels(staleDays: number): DashboardLabels {
  const noCustomers = vscode.l10n.t('No customers yet.');
  return {
    openNote: vscode.l10n.t('Open the note'),
    noCustomers,
    habits: Object.fromEntries(HABITS.map((habit) => [habit, habitWords(habit)])) as Record<Habit, string>,
    states: Object.fromEntries(STATE_ORDER.map((state) => [state, stateWords(state)])) as Record<ContactState, string>,
    durations: durationUnits(),
    days: vscode.l10n.t('{0}d'),
    daysOverdue: vscode.l10n.t('{0}d overdue'),
    percent: vscode.l10n.t('{0}%'),
    last: vscode.l10n.t('last {0}'),
    summary: {
      customersOverdue: { one: vscode.l10n.t('customer overdue'), other: vscode.l10n.t('customers overdue') },
      promisesPastDue: { one: vscode.l10n.t('promise past due'), other: vscode.l10n.t('promises past due') },
      share: vscode.l10n.t('of a {0} week with customers ({1})'),
      investedAgainstIntent: vscode.l10n.t('invested against intent this month'),
      invested: vscode.l10n.t('invested this month'),
    },
    contacts: {
      heading: vscode.l10n.t('Days since contact against cadence'),
      hint: vscode.l10n.t('Most overdue first. The line marks when the next contact is due: the cadence, or the contact you planned.'),
      planned: vscode.l10n.t('planned {0}'),
      every: vscode.l10n.t('every {0}d'),
    },
    weeks: {
      contactsHeading: vscode.l10n.t('Contacts per week'),
      contactsHint: vscode.l10n.t('The last {0} ISO weeks; this week is {1}.'),
      contactsChart: vscode.l10n.t('Contacts per week over {0} weeks: {1} in total'),
      timeHeading: vscode.l10n.t('Time invested per week'),
      timeHint: vscode.l10n.t('From the durations in contact-log headings, like (45m).'),
      timeChart: vscode.l10n.t('Time with customers per week over {0} weeks: {1} in total'),
      column: vscode.l10n.t('{0} (from {1}): {2}'),
      perMonth: vscode.l10n.t('Per month: {0}'),
    },
    time: {
      heading: vscode.l10n.t('Time invested against intent'),
      hint: vscode.l10n.t('This month ({0}) against time_goal; the faint line is where a steady pace would be today.'),
      empty: vscode.l10n.t('No time_goal set and no time logged this month. Add time_goal: 2h/month to a note.'),
      ofGoal: vscode.l10n.t('{0} of {1} · pace {2} by today'),
      noGoal: vscode.l10n.t('{0} · no goal'),
      row: vscode.l10n.t('{0}: {1} this month'),
      total: vscode.l10n.t('All with a goal'),
      totalLabel: vscode.l10n.t('All customers with a goal'),
      week: vscode.l10n.t('This week: {0} with customers, {1} of a {2} working week.'),
      weekWithIntent: vscode.l10n.t('This week: {0} with customers, {1} of a {2} working week; intended {3} a week.'),
    },
    closeness: {
      heading: vscode.l10n.t('Closeness over time'),
      hint: vscode.l10n.t('The Closeness: 1-5 line of each contact-log entry.'),
      empty: vscode.l10n.t('No Closeness: lines yet. The Meeting reflection template adds one.'),
      chart: vscode.l10n.t('{0}: closeness {1}'),
      point: vscode.l10n.t('{0} on {1}'),
      last: vscode.l10n.t('{0}/5 on {1}'),
    },
    promises: {
      heading: vscode.l10n.t('Overdue promises'),
      hint: vscode.l10n.t('Open task lines whose due date has passed. Keeping small promises builds trust.'),
      empty: vscode.l10n.t('No promise is past due.'),
      due: vscode.l10n.t('due {0}'),
    },
    upcoming: {
      heading: vscode.l10n.t('Coming up'),
      hint: vscode.l10n.t('The days to remember in your notes\' dates:, within rapport.upcomingDays of today; birthdays, anniversaries and MM-DD days come round every year.'),
      empty: vscode.l10n.t('Nothing coming up. Add dates: { renewal: 2027-03-31, birthday: 06-02 } to a note.'),
      today: vscode.l10n.t('today'),
      tomorrow: vscode.l10n.t('tomorrow'),
      inDays: vscode.l10n.t('in {0} days'),
      yearly: vscode.l10n.t('every year'),
    },
    habitsQuiet: {
      heading: vscode.l10n.t('Habits gone quiet'),
      hint: vscode.l10n.t('Not reflected on for more than {0}.', dayCount(staleDays)),
      empty: vscode.l10n.t('Every habit was reflected on recently.'),
      never: vscode.l10n.t('never'),
    },
    register: {
      heading: vscode.l10n.t('Opportunities and risks to revisit'),
      hint: vscode.l10n.t('Not revisited for more than {0}.', dayCount(staleDays)),
      empty: vscode.l10n.t('Nothing has gone stale.'),
      risk: vscode.l10n.t('Risk'),
      opportunity: vscode.l10n.t('Opportunity'),
      undated: vscode.l10n.t('undated'),
    },
  };
}
