// Commands that change what the tree shows or open a note: refresh, group by, sort by, show or hide
// archived customers, show more of a long list, open a customer.
import * as vscode from 'vscode';
import { GROUP_BY_VALUES, SORT_BY_VALUES, type GroupBy, type SortBy } from '../../core/today/customerList';
import { pickCustomer, uriOf } from '../customerTarget';
import type { Command } from '../commands';
import type { TreeServices } from '../services';

// Functions, not constants: vscode.l10n.t must see literal keys (for `l10n-dev export`) and run after activation.
const groupByLabels = (): Record<GroupBy, string> => ({
  none: vscode.l10n.t('None'),
  segment: vscode.l10n.t('Segment'),
  owner: vscode.l10n.t('Owner'),
  state: vscode.l10n.t('State'),
  tag: vscode.l10n.t('Tag'),
  account: vscode.l10n.t('Account'),
});
const sortByLabels = (): Record<SortBy, string> => ({
  overdue: vscode.l10n.t('Most overdue first'),
  name: vscode.l10n.t('Name'),
  due: vscode.l10n.t('Due date'),
});

export function viewCommands(deps: TreeServices): Command[] {
  return [
    {
      id: 'rapport.refresh',
      execute: () => deps.indexing.rescan(),
    },
    {
      id: 'rapport.groupBy',
      async execute(value?: unknown) {
        const groupBy = GROUP_BY_VALUES.includes(value as GroupBy) ? (value as GroupBy) : await choose(GROUP_BY_VALUES, groupByLabels(), deps.today.groupBy, vscode.l10n.t('Group customers by'));
        if (groupBy) await deps.today.remember({ groupBy });
      },
    },
    {
      id: 'rapport.sortBy',
      async execute(value?: unknown) {
        const sortBy = SORT_BY_VALUES.includes(value as SortBy) ? (value as SortBy) : await choose(SORT_BY_VALUES, sortByLabels(), deps.today.sortBy, vscode.l10n.t('Sort customers by'));
        if (sortBy) await deps.today.remember({ sortBy });
      },
    },
    {
      id: 'rapport.toggleArchived',
      execute: () => deps.today.remember({ showArchived: !deps.today.showArchived }),
    },
    // The title bar's pair: one shows while archived customers are hidden, the other while shown.
    { id: 'rapport.showArchivedCustomers', execute: () => deps.today.remember({ showArchived: true }) },
    { id: 'rapport.hideArchivedCustomers', execute: () => deps.today.remember({ showArchived: false }) },
    // The tree's "N more customers" row: its parent's id, '' for the root.
    { id: 'rapport.showMoreCustomers', execute: (parentId?: unknown) => deps.tree.showMore(typeof parentId === 'string' ? parentId : '') },
    {
      id: 'rapport.openCustomer',
      async execute(arg?: unknown) {
        const uri = uriOf(arg, deps) ?? (await pickCustomer(deps, vscode.l10n.t('Open which customer? (most overdue first)')))?.uri;
        if (uri) await vscode.window.showTextDocument(uri);
        return uri;
      },
    },
  ];
}

async function choose<T extends string>(values: readonly T[], labels: Record<T, string>, current: T, placeHolder: string): Promise<T | undefined> {
  const items = values.map((value) => ({ label: labels[value], description: value === current ? vscode.l10n.t('current') : undefined, value }));
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.value;
}
