// The Customers feature: the tree in the sidebar with its badge, the commands that change what it
// shows, and New Customer.
import * as vscode from 'vscode';
import { registerCommands } from '../commands';
import type { Services, TreeServices } from '../services';
import { CustomerTree, type TreeNode } from './customerTree';
import { newCustomerCommand } from './newCustomer';
import { viewCommands } from './viewCommands';

export interface CustomersFeature extends vscode.Disposable {
  readonly tree: CustomerTree;
  readonly treeView: vscode.TreeView<TreeNode>;
  /** How many times the tree was told to refresh since activation. */
  readonly refreshes: number;
}

export function registerCustomers(services: Services): CustomersFeature {
  const tree = new CustomerTree(services.today);
  const treeView = vscode.window.createTreeView<TreeNode>('rapport.customers', { treeDataProvider: tree, showCollapseAll: true });
  const withTree: TreeServices = { ...services, tree, treeView };
  let refreshes = 0;
  const updateBadge = () => {
    const overdue = services.today.overdueCount();
    const tooltip = overdue === 1 ? vscode.l10n.t('1 customer overdue for contact') : vscode.l10n.t('{0} customers overdue for contact', overdue);
    treeView.badge = overdue ? { value: overdue, tooltip } : undefined;
  };
  const disposable = vscode.Disposable.from(
    tree, treeView,
    tree.onDidChangeTreeData(() => refreshes++),
    services.today.onDidChange(updateBadge),
    registerCommands([newCustomerCommand(services), ...viewCommands(withTree)]),
  );
  // A getter, not a copied value: the count goes on changing.
  return Object.defineProperties(disposable, {
    tree: { value: tree },
    treeView: { value: treeView },
    refreshes: { get: () => refreshes },
  }) as CustomersFeature;
}
