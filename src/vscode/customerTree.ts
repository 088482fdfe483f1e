// The Customers tree: groups (when grouping), customers, and under each customer its open promises
// and its dated contact-log entries. A click opens the note, at the line for a child.
import * as vscode from 'vscode';
import { groupRows, type CustomerRow } from '../core/customerList';
import { formatDate } from '../core/dates';
import type { Commitment } from '../core/noteBody';
import { formatMinutes } from '../core/timeGoal';
import type { LogEntry } from '../core/types';
import { viewSettings } from './config';
import { customerTooltip, insightsOf } from './customerTooltip';
import type { CustomerView } from './customerView';

export type TreeNode =
  | { readonly kind: 'group'; readonly label: string; readonly rows: readonly CustomerRow[] }
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
    this.subscription = view.onDidChange(() => this.changeEmitter.fire(undefined));
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      const groups = groupRows(this.view.rows(), this.view.groupBy);
      if (this.view.groupBy === 'none') return groups[0].rows.map((row) => ({ kind: 'customer', row }));
      return groups.map((g) => ({ kind: 'group', label: g.label, rows: g.rows }));
    }
    if (node.kind === 'group') return node.rows.map((row) => ({ kind: 'customer', row }));
    if (node.kind === 'customer') return this.customerChildren(node.row);
    return [];
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
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.label}`;
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
        item.description = commitment.due ? `${node.overdue ? 'overdue · ' : ''}due ${formatDate(commitment.due)}` : 'open promise';
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
    item.command = { command: 'vscode.open', title: 'Open Note', arguments: [vscode.Uri.parse(note.id)] };
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
  return { command: 'vscode.open', title: 'Open Note', arguments: [vscode.Uri.parse(noteId), { selection } satisfies vscode.TextDocumentShowOptions] };
}
