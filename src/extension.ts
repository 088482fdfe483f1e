// Rapport's entry point: one index per window, the adapters wired to it, and a small API for tests.
// Activation never waits for indexing: the scan runs in the background and the views fill in.
import * as vscode from 'vscode';
import { CustomerIndex } from './core/index/customerIndex';
import { countOverdue } from './core/today/customerList';
import { systemClock, type Clock } from './core/time/dates';
import type { StatusView } from './vscode/words/statusWords';
import { shownNote, shownRow, type ShownNote, type ShownRow } from './vscode/words/noteWords';
import { insertReflectionCommand } from './vscode/reflections/insertReflection';
import { logContactCommand } from './vscode/contact/logContact';
import { markCommitmentDoneCommand } from './vscode/contact/markCommitmentKept';
import { newCustomerCommand } from './vscode/customers/newCustomer';
import { viewCommands } from './vscode/customers/viewCommands';
import { showDashboardCommand } from './vscode/dashboard/showDashboard';
import { weeklyReviewCommand } from './vscode/review/weeklyReview';
import { Dashboard, type DashboardProbe } from './vscode/dashboard/panel';
import type { Command, CommandDeps } from './vscode/commands';
import { CustomerTree, type TreeNode } from './vscode/customers/customerTree';
import { CustomerView } from './vscode/todayState';
import { registerDiagnostics } from './vscode/editorHelp/diagnostics';
import { registerQuickFixes } from './vscode/editorHelp/quickFixes';
import { registerHabitDecorations } from './vscode/reflections/habitDecorations';
import { createLogger } from './vscode/ports/logger';
import { onLocalMidnight } from './vscode/midnight';
import { NoteIndexer } from './vscode/ports/noteIndexer';
import { CustomerStatusBar } from './vscode/statusBar/statusBar';

export interface RapportApi {
  /** Resolves when the first scan of the workspace is in the index. */
  readonly ready: Promise<void>;
  /** Every indexed note, its messages in words. */
  customers(): ShownNote[];
  /** The tree's rows for today (filtered and sorted as the tree shows them). */
  rows(): ShownRow[];
  /** Rescans every folder. */
  refresh(): Promise<void>;
  /** Resolves when every pending file change is in the index. */
  idle(): Promise<void>;
  statusBar(): StatusView | undefined;
  readonly tree: CustomerTree;
  treeView(): vscode.TreeView<TreeNode>;
  /** Stands the extension at another instant (tests of the day rollover). */
  setClock(clock: Clock): void;
  /** The stale-habit mark on a customer note (tree and Explorer), if any. */
  habitDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined;
  /** The dashboard panel (when open), the data last sent to it, and a hook to post as its webview. */
  dashboard(): DashboardProbe;
  /** How many times the Customers tree was told to refresh since activation (tests of watcher storms). */
  treeRefreshCount(): number;
}

export function activate(context: vscode.ExtensionContext): RapportApi {
  const started = Date.now();
  const log = createLogger();
  const index = new CustomerIndex();
  const view = new CustomerView(index, context.workspaceState, systemClock);
  const indexer = new NoteIndexer(index, log);
  const tree = new CustomerTree(view);
  const treeView = vscode.window.createTreeView<TreeNode>('rapport.customers', { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new CustomerStatusBar(view);
  let treeRefreshes = 0;
  context.subscriptions.push(tree.onDidChangeTreeData(() => treeRefreshes++));
  const updateBadge = () => {
    const overdue = countOverdue(view.urgentRows());
    const tooltip = overdue === 1 ? vscode.l10n.t('1 customer overdue for contact') : vscode.l10n.t('{0} customers overdue for contact', overdue);
    treeView.badge = overdue ? { value: overdue, tooltip } : undefined;
  };
  context.subscriptions.push(
    log, view, indexer, tree, treeView, statusBar,
    view.onDidChange(updateBadge),
    registerDiagnostics(index, view),
    registerQuickFixes(),
    onLocalMidnight(() => view.clock, () => view.invalidate()),
  );

  const habitDecorations = registerHabitDecorations(index, view);
  context.subscriptions.push(habitDecorations);

  const deps: CommandDeps = { context, index, view, treeView, indexer, log };
  const dashboard = new Dashboard(deps);
  context.subscriptions.push(dashboard);
  const commands: Command[] = [
    logContactCommand(deps),
    newCustomerCommand(deps),
    insertReflectionCommand(deps),
    markCommitmentDoneCommand(deps),
    showDashboardCommand(dashboard),
    weeklyReviewCommand(deps),
    ...viewCommands(deps),
  ];
  for (const command of commands) context.subscriptions.push(vscode.commands.registerCommand(command.id, command.execute, command));

  const ready = indexer.rescan();
  log.info(`Activated in ${Date.now() - started} ms; indexing in the background.`);
  return {
    ready,
    customers: () => index.all().map(shownNote),
    rows: () => view.rows().map(shownRow),
    refresh: () => indexer.rescan(),
    idle: () => indexer.idle(),
    statusBar: () => statusBar.current,
    tree,
    treeView: () => treeView,
    treeRefreshCount: () => treeRefreshes,
    dashboard: () => dashboard,
    habitDecoration: (uri) => habitDecorations.provider.provideFileDecoration(uri, new vscode.CancellationTokenSource().token) as vscode.FileDecoration | undefined,
    setClock(clock: Clock) {
      view.clock = clock;
      view.invalidate();
    },
  };
}

export function deactivate(): void {}
