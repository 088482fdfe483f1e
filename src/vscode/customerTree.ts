// The Customers tree: groups (when grouping), customers, and under each customer its open promises
// and its dated contact-log entries. A click opens the note, at the line for a child.
import * as vscode from 'vscode';
import { groupRows, type CustomerRow } from '../core/customerList';
import { formatDate } from '../core/dates';
import type { Commitment } from '../core/noteBody';
import { formatMinutes } from '../core/timeGoal';
import type { LogEntry } from '../core/types';
import { viewSettings } from './config';
import { insightsOf } from '../core/insights';
import { customerTooltip } from './customerTooltip';
import type { CustomerView } from './customerView';
import { groupRowsByFolder, type FolderRef } from '../core/folderGroups';

export type TreeNode =
  | { readonly kind: 'folder'; readonly folder: FolderRef | undefined; readonly rows: readonly CustomerRow[] }
  | { readonly kind: 'group'; readonly label: string; readonly rows: readonly CustomerRow[]; readonly folder?: string }
  | { readonly kind: 'customer'; readonly row: CustomerRow }
  | { readonly kind: 'entry'; readonly noteId: string; readonly entry: LogEntry }
  | { readonly kind: 'commitment'; readonly noteId: string; readonly commitment: Commitment; readonly overdue: boolean };

const STATE_ICONS = {
  overdue: new vscode.ThemeIcon('account', new vscode.ThemeColor('list.errorForeground')),
  never: new vscode.ThemeIcon('account', new vscode.ThemeColor('disabledForeground')),
  'due-soon': new vscode.ThemeIcon('account', new vscode.ThemeColor('list.warningForeground')),
  ok: new vscode.ThemeIcon('account', new vscode.ThemeColor('charts.green')),
};
const BROKEN_ICON = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));

export class CustomerTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly view: CustomerView) {
    this.subscription = vscode.Disposable.from(
      view.onDidChange(() => this.changeEmitter.fire(undefined)),
      // Adding or removing a folder can switch the folder level on or off even if no note changed.
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.changeEmitter.fire(undefined)),
    );
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      // Multi-root: one level per workspace folder that holds customers, then the chosen grouping.
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (folders.length < 2) return this.grouped(this.view.rows());
      const refs = folders.map((f) => ({ uri: f.uri.toString(), name: f.name }));
      return groupRowsByFolder(this.view.rows(), refs).map((g) => ({ kind: 'folder', folder: g.folder, rows: g.rows }));
    }
    if (node.kind === 'folder') return this.grouped(node.rows, node.folder?.uri ?? '');
    if (node.kind === 'group') return node.rows.map((row) => ({ kind: 'customer', row }));
    if (node.kind === 'customer') return this.customerChildren(node.row);
    return [];
  }

  private grouped(rows: readonly CustomerRow[], folder?: string): TreeNode[] {
    const groups = groupRows(rows, this.view.groupBy);
    if (this.view.groupBy === 'none') return groups[0].rows.map((row) => ({ kind: 'customer', row }));
    return groups.map((g) => ({ kind: 'group', label: g.label, rows: g.rows, folder }));
  }

  private customerChildren(row: CustomerRow): TreeNode[] {
    const today = this.view.today;
    const insights = insightsOf(row.note, today, viewSettings().reflectionStaleDays);
    const overdue = new Set(insights.overdueCommitments);
    const promises = [...insights.overdueCommitments, ...insights.openCommitments.filter((c) => !overdue.has(c))].map(
      (commitment): TreeNode => ({ kind: 'commitment', noteId: row.note.id, commitment, overdue: overdue.has(commitment) }),
    );
    const entries = [...row.note.entries]
      .sort((a, b) => formatDate(b.date).localeCompare(formatDate(a.date)) || a.line - b.line)
      .map((entry): TreeNode => ({ kind: 'entry', noteId: row.note.id, entry }));
    return [...promises, ...entries];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(node.folder?.name ?? vscode.l10n.t('Outside the workspace folders'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `folder:${node.folder?.uri ?? ''}`;
        item.description = String(node.rows.length);
        item.iconPath = vscode.ThemeIcon.Folder;
        if (node.folder) item.resourceUri = vscode.Uri.parse(node.folder.uri);
        item.contextValue = 'folder';
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.folder === undefined ? `group:${node.label}` : `group:${node.folder}:${node.label}`;
        item.description = String(node.rows.length);
        item.contextValue = 'group';
        return item;
      }
      case 'customer':
        return this.customerItem(node.row);
      case 'entry': {
        const { entry } = node;
        const item = new vscode.TreeItem(`${formatDate(entry.date)} ${entry.title}`.trim());
        item.id = `${node.noteId}#L${entry.line}`;
        item.description = entry.minutes ? formatMinutes(entry.minutes) : undefined;
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.contextValue = 'entry';
        item.command = openAt(node.noteId, entry.line);
        return item;
      }
      case 'commitment': {
        const { commitment } = node;
        const item = new vscode.TreeItem(commitment.text);
        item.id = `${node.noteId}#task${commitment.line}`;
        item.description = !commitment.due
          ? vscode.l10n.t('open promise')
          : node.overdue ? vscode.l10n.t('overdue · due {0}', formatDate(commitment.due)) : vscode.l10n.t('due {0}', formatDate(commitment.due));
        item.iconPath = new vscode.ThemeIcon(node.overdue ? 'warning' : 'tasklist', node.overdue ? new vscode.ThemeColor('list.errorForeground') : undefined);
        item.contextValue = 'commitment';
        item.command = openAt(node.noteId, commitment.line);
        return item;
      }
    }
  }

  private customerItem(row: CustomerRow): vscode.TreeItem {
    const { note } = row;
    const hasChildren = note.entries.length > 0 || note.commitments.some((c) => !c.done);
    const item = new vscode.TreeItem(note.name, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = note.id;
    item.resourceUri = vscode.Uri.parse(note.id);
    item.description = note.brokenReason ? `${row.description} · ${note.brokenReason}` : row.description;
    item.iconPath = note.brokenReason ? BROKEN_ICON : STATE_ICONS[row.summary.state];
    item.contextValue = note.brokenReason ? 'customer.broken' : `customer.${row.summary.state}`;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: [vscode.Uri.parse(note.id)] };
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'customer') item.tooltip = customerTooltip(node.row, insightsOf(node.row.note, this.view.today, viewSettings().reflectionStaleDays));
    return item;
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.changeEmitter.dispose();
    this.subscription.dispose();
  }
}

function openAt(noteId: string, line: number): vscode.Command {
  const selection = new vscode.Range(line, 0, line, 0);
  return { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: [vscode.Uri.parse(noteId), { selection } satisfies vscode.TextDocumentShowOptions] };
}
