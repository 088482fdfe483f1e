// The Customers feature: the tree in the sidebar with its badge and its progress bar while Rapport is
// busy, the commands that change what it shows, and New Customer.
import * as vscode from 'vscode';
import { Disposable } from '../../core/disposable';
import { registerCommands } from '../commands';
import type { Services, TreeServices } from '../services';
import { BusyProgress } from './busyProgress';
import { CustomerTree, type TreeNode } from './customerTree';
import { newCustomerCommand } from './newCustomer';
import { viewCommands } from './viewCommands';

const VIEW_ID = 'rapport.customers';

export class CustomersFeature extends Disposable {
  readonly tree: CustomerTree;
  readonly treeView: vscode.TreeView<TreeNode>;
  readonly progress: BusyProgress;
  /** The services with the tree, for the commands that act on its items. */
  readonly treeServices: TreeServices;
  /** How many times the tree was told to refresh since activation. */
  refreshes = 0;

  constructor(services: Services) {
    super();
    this.tree = this.register(new CustomerTree(services.today));
    this.treeView = this.register(vscode.window.createTreeView<TreeNode>(VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true }));
    this.progress = this.register(new BusyProgress(services.busy, VIEW_ID));
    this.register(this.tree.onDidChangeTreeData(() => this.refreshes++));
    this.register(services.today.onDidChange(() => this.updateBadge(services.today.overdueCount())));
    this.treeServices = { ...services, tree: this.tree, treeView: this.treeView };
    this.register(registerCommands([newCustomerCommand(services), ...viewCommands(this.treeServices)]));
  }

  private updateBadge(overdue: number): void {
    const tooltip = overdue === 1 ? vscode.l10n.t('1 customer overdue for contact') : vscode.l10n.t('{0} customers overdue for contact', overdue);
    this.treeView.badge = overdue ? { value: overdue, tooltip } : undefined;
  }
}

export function registerCustomers(services: Services): CustomersFeature {
  return new CustomersFeature(services);
}
