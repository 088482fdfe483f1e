// The Customers tree: folders (multi-root), groups (when grouping), customers, and under each customer
// its people (when it is an account whose people are in the same group), its open promises, then its contacts newest first (dated contact-log entries and dated mentions in
// other notes), then the notes that mention it without a date. A click opens the note, at the line for a child.
// Every node knows its parent and carries an id unique to its position: one customer can sit under
// several groups (one per tag), and VS Code needs distinct ids there and getParent for reveal().
import * as vscode from 'vscode';
import { Disposable } from '../../core/disposable';
import { groupRows, type CustomerRow } from '../../core/today/customerList';
import { compareDates, formatDate } from '../../core/time/dates';
import { type Commitment, type ContactState, type LocalDate, type LogEntry, type Mention } from '../../core/model';
import { customerTooltip, type AccountPlace } from './customerTooltip';
import type { TodayState } from '../todayState';
import { groupRowsByFolder } from '../../core/today/folderGroups';
import type { NoteFolder } from '../../core/model';
import { vscodeNoteWorkspace } from '../ports/noteWorkspace';
import { contactWords, groupWords } from '../words/contactWords';
import { minutesWords } from '../words/durationWords';
import { wordMessage } from '../words/messageWords';

interface NodeBase {
  /** Unique among all nodes of the tree: the parent's id and this node's place under it. */
  readonly id: string;
  readonly parent?: TreeNode;
}

export type TreeNode =
  | (NodeBase & { readonly kind: 'folder'; readonly folder: NoteFolder | undefined; readonly rows: readonly CustomerRow[] })
  | (NodeBase & { readonly kind: 'group'; readonly label: string; readonly rows: readonly CustomerRow[] })
  | (NodeBase & {
    readonly kind: 'customer';
    readonly row: CustomerRow;
    /** Its people shown under it: those of the same group (all of them when not grouping). */
    readonly people: readonly CustomerRow[];
    /** The account of a person shown apart from it (another group): named in the description. */
    readonly apartFrom?: string;
  })
  | (NodeBase & { readonly kind: 'entry'; readonly noteId: string; readonly entry: LogEntry })
  | (NodeBase & { readonly kind: 'commitment'; readonly noteId: string; readonly commitment: Commitment; readonly overdue: boolean })
  | (NodeBase & { readonly kind: 'mention'; readonly mention: Mention; readonly planned: boolean })
  | (NodeBase & { readonly kind: 'more-mentions'; readonly count: number })
  | (NodeBase & { readonly kind: 'more-customers'; readonly count: number });

/** Mentions shown under one customer: a daily-notes habit of years must not make the tree endless. */
const MENTIONS_SHOWN = 20;
/**
 * Customers shown under one parent at first, and how many more each "N more customers" row adds. VS Code
 * takes a level's items in one message: 10,000 hold the extension host for half a second, and the most
 * urgent come first anyway.
 */
export const CUSTOMERS_SHOWN = 200;

// Colours every theme defines, high contrast included: list.errorForeground, list.warningForeground and
// editorError.foreground (so problemsErrorIcon.foreground) have no high-contrast dark value, and icons
// drawn with them lose their colour there.
const icon = (id: string, color: string) => new vscode.ThemeIcon(id, new vscode.ThemeColor(color));
const STATE_ICONS: Record<ContactState, vscode.ThemeIcon> = {
  overdue: icon('account', 'errorForeground'),
  never: icon('account', 'disabledForeground'),
  'due-soon': icon('account', 'problemsWarningIcon.foreground'),
  ok: icon('account', 'charts.green'),
  snoozed: icon('bell-slash', 'disabledForeground'),
  archived: icon('archive', 'disabledForeground'),
  unknown: icon('warning', 'problemsWarningIcon.foreground'),
};

export class CustomerTree extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<TreeNode | undefined>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly handedOut = new WeakSet<object>();
  /** How many customers are shown under a parent (by its id, '' for the root) once "more" was asked for. */
  private readonly shownUnder = new Map<string, number>();

  constructor(private readonly today: TodayState) {
    super();
    this.register(today.onDidChange(() => this.changeEmitter.fire(undefined)));
    // Adding or removing a folder can switch the folder level on or off even if no note changed.
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.changeEmitter.fire(undefined)));
  }

  /** Shows the next customers under the parent with this id ('' for the root). */
  showMore(parentId: string): void {
    this.shownUnder.set(parentId, (this.shownUnder.get(parentId) ?? CUSTOMERS_SHOWN) + CUSTOMERS_SHOWN);
    this.changeEmitter.fire(undefined);
  }

  /** The node `arg` is, when it is one this tree handed to VS Code (commands get their argument untyped). */
  nodeOf(arg: unknown): TreeNode | undefined {
    return typeof arg === 'object' && arg !== null && this.handedOut.has(arg) ? (arg as TreeNode) : undefined;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const children = this.childrenOf(node);
    for (const child of children) this.handedOut.add(child);
    return children;
  }

  private childrenOf(node?: TreeNode): TreeNode[] {
    if (!node) {
      // Multi-root: one level per workspace folder that holds customers, then the chosen grouping.
      const folders = vscodeNoteWorkspace.folders();
      if (folders.length < 2) return this.grouped(this.today.rows());
      return groupRowsByFolder(this.today.rows(), folders).map((g) => ({ kind: 'folder', id: `folder:${g.folder?.uri ?? ''}`, folder: g.folder, rows: g.rows }));
    }
    if (node.kind === 'folder') return this.grouped(node.rows, node);
    if (node.kind === 'group') return this.nested(node.rows, node);
    if (node.kind === 'customer') return this.customerChildren(node);
    return [];
  }

  private grouped(rows: readonly CustomerRow[], parent?: TreeNode): TreeNode[] {
    const groups = groupRows(rows, this.today.groupBy, (row) => this.accountNameOf(row));
    if (this.today.groupBy === 'none') return this.nested(groups[0].rows, parent);
    return groups.map((g): TreeNode => {
      const label = groupWords(g.name);
      return { kind: 'group', id: childId(parent, `group:${label}`), parent, label, rows: g.rows };
    });
  }

  /** A group's customers: people under their account when it is in the group too, else on their own. */
  private nested(rows: readonly CustomerRow[], parent: TreeNode | undefined): TreeNode[] {
    const accounts = this.today.accounts();
    const inGroup = new Set(rows.map((r) => r.note.id));
    const people = new Map<string, CustomerRow[]>();
    const top: CustomerRow[] = [];
    for (const row of rows) {
      const account = accounts.accountOf(row.note.id);
      if (account && inGroup.has(account)) (people.get(account) ?? people.set(account, []).get(account)!).push(row);
      else top.push(row);
    }
    const shown = this.shownUnder.get(parent?.id ?? '') ?? CUSTOMERS_SHOWN;
    const nodes = top.slice(0, shown).map((row) => {
      const account = accounts.accountOf(row.note.id);
      return customerNode(row, parent, people.get(row.note.id) ?? [], account ? this.nameOf(account) : undefined);
    });
    if (top.length > shown) nodes.push({ kind: 'more-customers', id: childId(parent, 'more-customers'), parent, count: top.length - shown });
    return nodes;
  }

  /** What Group By Account files a row under: an account's own name, a person's account's name. */
  private accountNameOf(row: CustomerRow): string | undefined {
    const accounts = this.today.accounts();
    const account = accounts.accountOf(row.note.id);
    if (account) return this.nameOf(account);
    return accounts.peopleOf(row.note.id).length ? row.note.name : undefined;
  }

  private placeOf(row: CustomerRow): AccountPlace {
    const accounts = this.today.accounts();
    const account = accounts.accountOf(row.note.id);
    const people = accounts.peopleOf(row.note.id).map((id) => this.today.row(id)).filter((r): r is CustomerRow => r !== undefined);
    return { account: account && this.nameOf(account), people, problems: accounts.problemsOf(row.note.id), nameOf: (id) => this.nameOf(id) };
  }

  private nameOf(id: string): string {
    return this.today.note(id)?.name ?? id;
  }

  private customerChildren(node: Extract<TreeNode, { kind: 'customer' }>): TreeNode[] {
    const { note } = node.row;
    const people = node.people.map((row) => customerNode(row, node, [], undefined));
    const insights = this.today.insights(note);
    const overdue = new Set(insights.overdueCommitments);
    const promises = [...insights.overdueCommitments, ...insights.openCommitments.filter((c) => !overdue.has(c))].map(
      (commitment): TreeNode => ({ kind: 'commitment', id: `${node.id}#task${commitment.line}`, parent: node, noteId: note.id, commitment, overdue: overdue.has(commitment) }),
    );
    const today = this.today.date;
    const entries = note.entries.map((entry): Dated => ({ date: entry.date, line: entry.line, node: { kind: 'entry', id: `${node.id}#L${entry.line}`, parent: node, noteId: note.id, entry } }));
    const shown = note.mentions.slice(0, MENTIONS_SHOWN);
    const mentions = shown.map((mention): Dated => ({
      date: mention.date, line: mention.line,
      node: { kind: 'mention', id: `${node.id}/mention:${mention.noteId}#L${mention.line}`, parent: node, mention, planned: !!mention.date && compareDates(mention.date, today) > 0 },
    }));
    const timeline = [...entries, ...mentions].sort(newestFirst).map((d) => d.node);
    const more = note.mentions.length - shown.length;
    const rest: TreeNode[] = more > 0 ? [{ kind: 'more-mentions', id: `${node.id}/more-mentions`, parent: node, count: more }] : [];
    return [...people, ...promises, ...timeline, ...rest];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(node.folder?.name ?? vscode.l10n.t('Outside the workspace folders'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.rows.length);
        item.iconPath = vscode.ThemeIcon.Folder;
        if (node.folder) item.resourceUri = vscode.Uri.parse(node.folder.uri);
        item.contextValue = 'folder';
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.rows.length);
        item.contextValue = 'group';
        return item;
      }
      case 'customer':
        return this.customerItem(node);
      case 'entry': {
        const { entry } = node;
        const item = new vscode.TreeItem(`${formatDate(entry.date)} ${entry.title}`.trim());
        item.id = node.id;
        item.description = entry.minutes ? minutesWords(entry.minutes) : undefined;
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.contextValue = 'entry';
        item.command = openAt(node.noteId, entry.line);
        return item;
      }
      case 'mention': {
        const { mention } = node;
        const item = new vscode.TreeItem(mention.date ? `${formatDate(mention.date)} ${mention.noteTitle}` : mention.noteTitle);
        item.id = node.id;
        const where = vscode.workspace.asRelativePath(vscode.Uri.parse(mention.noteId), false);
        item.description = !mention.date ? vscode.l10n.t('mentioned, no date')
          : node.planned ? vscode.l10n.t('planned')
          : mention.minutes ? minutesWords(mention.minutes) : undefined;
        item.tooltip = vscode.l10n.t('Mentioned in {0}, line {1}', where, mention.line + 1);
        item.iconPath = new vscode.ThemeIcon(mention.date ? 'mention' : 'references');
        item.contextValue = 'mention';
        item.command = openAt(mention.noteId, mention.line);
        return item;
      }
      case 'more-mentions': {
        const item = new vscode.TreeItem(node.count === 1 ? vscode.l10n.t('1 earlier mention') : vscode.l10n.t('{0} earlier mentions', node.count));
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.contextValue = 'more-mentions';
        return item;
      }
      case 'more-customers': {
        const item = new vscode.TreeItem(node.count === 1 ? vscode.l10n.t('1 more customer') : vscode.l10n.t('{0} more customers', node.count));
        item.id = node.id;
        item.description = vscode.l10n.t('show {0} more', Math.min(node.count, CUSTOMERS_SHOWN));
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.contextValue = 'more-customers';
        item.command = { command: 'rapport.showMoreCustomers', title: vscode.l10n.t('Show More Customers'), arguments: [node.parent?.id ?? ''] };
        return item;
      }
      case 'commitment': {
        const { commitment } = node;
        const item = new vscode.TreeItem(commitment.text);
        item.id = node.id;
        item.description = !commitment.due
          ? vscode.l10n.t('open promise')
          : node.overdue ? vscode.l10n.t('overdue · due {0}', formatDate(commitment.due)) : vscode.l10n.t('due {0}', formatDate(commitment.due));
        item.iconPath = node.overdue ? icon('warning', 'errorForeground') : new vscode.ThemeIcon('tasklist');
        item.contextValue = 'commitment';
        item.command = openAt(node.noteId, commitment.line);
        return item;
      }
    }
  }

  private customerItem(node: Extract<TreeNode, { kind: 'customer' }>): vscode.TreeItem {
    const { row } = node;
    const { note } = row;
    const hasChildren = node.people.length > 0 || note.entries.length > 0 || note.mentions.length > 0 || note.commitments.some((c) => !c.done);
    // An account opens on its people: a person overdue must not hide under a collapsed row.
    const state = node.people.length ? vscode.TreeItemCollapsibleState.Expanded : hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(note.name, state);
    item.id = node.id;
    item.resourceUri = vscode.Uri.parse(note.id);
    // The day count first, so the width of the side bar cuts the role or the account, never the count.
    const contact = contactWords(row.description);
    item.description = note.brokenReason ? `${contact} ${wordMessage(note.brokenReason)}` : [contact, note.role, node.apartFrom].filter(Boolean).join(' · ');
    item.iconPath = STATE_ICONS[row.summary.state];
    // `customer.unknown` for a note Rapport cannot read: no Log Contact button is offered on it.
    item.contextValue = `customer.${row.summary.state}`;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: [vscode.Uri.parse(note.id)] };
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'customer') item.tooltip = customerTooltip(node.row, this.today.insights(node.row.note), this.placeOf(node.row), this.today.upcomingOf(node.row.note));
    return item;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }
}

/** A contact-log entry or a mention, placed by its date: undated references after every dated one. */
interface Dated {
  readonly date?: LocalDate;
  readonly line: number;
  readonly node: TreeNode;
}

function newestFirst(a: Dated, b: Dated): number {
  if (a.date && b.date) return compareDates(b.date, a.date) || Number(a.node.kind === 'mention') - Number(b.node.kind === 'mention') || a.line - b.line;
  return a.date ? -1 : b.date ? 1 : 0;
}

function childId(parent: TreeNode | undefined, own: string): string {
  return parent ? `${parent.id}/${own}` : own;
}

function customerNode(row: CustomerRow, parent: TreeNode | undefined, people: readonly CustomerRow[], apartFrom: string | undefined): TreeNode {
  return { kind: 'customer', id: childId(parent, row.note.id), parent, row, people, apartFrom };
}

function openAt(noteId: string, line: number): vscode.Command {
  const selection = new vscode.Range(line, 0, line, 0);
  return { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: [vscode.Uri.parse(noteId), { selection } satisfies vscode.TextDocumentShowOptions] };
}
