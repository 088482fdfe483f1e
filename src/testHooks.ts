// What the integration tests reach inside a running Rapport, apart from the public API: handed out only
// when VS Code runs the extension under tests.
import * as vscode from 'vscode';
import type { Clock } from './core/time/dates';
import { cacheFileName } from './core/index/cache/noteCache';
import type { ScanCount } from './core/index/noteIndexer';
import { customerNotes, linkingNotes } from './core/index/noteKinds';
import type { HostProbe, HostProbeReport } from './hostProbe';
import type { Indexing } from './vscode/ports/indexing';
import type { Services } from './vscode/services';
import type { CustomerTree, TreeNode } from './vscode/customers/customerTree';
import type { CustomersFeature } from './vscode/customers/register';
import type { DashboardProbe } from './vscode/dashboard/panel';
import type { DashboardFeature } from './vscode/dashboard/register';
import type { CustomerStatusBar } from './vscode/statusBar/statusBar';
import type { ReminderAnswer } from './vscode/reminder/answerReminder';
import type { DailyReminderFeature, ShownReminder } from './vscode/reminder/register';
import { shownNote, shownRow, type ShownNote, type ShownRow } from './vscode/words/noteWords';
import type { StatusView } from './vscode/words/statusWords';

export interface TestHooks {
  readonly ready: Promise<void>;
  /** Every indexed note, its messages in words. */
  customers(): ShownNote[];
  /** The tree's rows for today (filtered and sorted as the tree shows them). */
  rows(): ShownRow[];
  /** Rescans every folder. */
  refresh(): Promise<void>;
  /** What the last full scan of each kind did: notes found, files read, notes taken from the index cache. */
  scans(): { readonly customers?: ScanCount; readonly notes?: ScanCount };
  /** Writes the index caches, then indexes again from them, as a window reopened on the workspace would. */
  reopenFromCache(): Promise<void>;
  /** The index caches' files (customers, then linking notes), for tests that corrupt them; none without a folder open. */
  indexCacheFiles(): vscode.Uri[];
  /** Resolves when every pending file change is in the index. */
  idle(): Promise<void>;
  statusBar(): StatusView | undefined;
  readonly tree: CustomerTree;
  treeView(): vscode.TreeView<TreeNode>;
  /** The first place a customer note sits in the tree as it is grouped now, for reveal(). */
  customerNode(noteId: string): TreeNode | undefined;
  /** Stands the extension at another instant (tests of the day rollover). */
  setClock(clock: Clock): void;
  /** The quiet-habit mark on a customer note (tree and Explorer), if any. */
  habitDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined;
  /** The dashboard panel (when open), the data last sent to it, and a hook to post as its webview. */
  dashboard(): DashboardProbe;
  /** How many times the Customers tree was told to refresh since activation (tests of watcher storms). */
  treeRefreshCount(): number;
  /** What Rapport is busy with now, and whether the Customers view shows its progress bar. */
  busy(): { readonly readingCustomers: boolean; readonly any: boolean; readonly viewProgress: boolean };
  /** The host benchmark's probe (stalls and the first scan's times), when RAPPORT_HOST_PROBE=1 started it. */
  probe(): HostProbeReport | undefined;
  /** Every daily reminder shown since activation, the day last reminded, and a button of the last one pressed. */
  reminder(): { readonly shown: readonly ShownReminder[]; readonly lastReminded?: string; answer(answer: ReminderAnswer): Promise<void> };
}

/** A clock the tests can stand at another instant; the system's time otherwise. */
export class SettableClock implements Clock {
  private current: Clock;

  constructor(initial: Clock) {
    this.current = initial;
  }

  now(): Date {
    return this.current.now();
  }

  set(clock: Clock): void {
    this.current = clock;
  }
}

/** Before Show Dashboard first runs there is no panel and no data, and no message is acted on. */
const NO_DASHBOARD: DashboardProbe = { receive: async () => false };

interface Parts {
  readonly ready: Promise<void>;
  readonly services: Services;
  readonly indexing: Indexing;
  readonly clock: SettableClock;
  readonly customers: CustomersFeature;
  readonly statusBar: CustomerStatusBar;
  readonly reflections: { readonly decorations: vscode.FileDecorationProvider };
  readonly dashboard: DashboardFeature;
  readonly reminder: DailyReminderFeature;
  readonly probe: HostProbe | undefined;
}

export function testHooks({ ready, services, indexing, clock, customers, statusBar, reflections, dashboard, reminder, probe }: Parts): TestHooks {
  const { index, today, busy, context } = services;
  return {
    ready,
    customers: () => index.all().map(shownNote),
    rows: () => today.rows().map(shownRow),
    refresh: () => indexing.rescan(),
    scans: () => ({ customers: indexing.indexer.lastScan, notes: indexing.mentionIndexer.lastScan }),
    async reopenFromCache() {
      await indexing.idle();
      await indexing.flushCache();
      await indexing.rescan({ fromCache: true });
    },
    indexCacheFiles: () => (context.storageUri ? [customerNotes, linkingNotes].map((kind) => vscode.Uri.joinPath(context.storageUri!, cacheFileName(kind))) : []),
    idle: () => indexing.idle(),
    statusBar: () => statusBar.current,
    tree: customers.tree,
    treeView: () => customers.treeView,
    customerNode: (noteId) => firstCustomerNode(customers.tree, noteId),
    treeRefreshCount: () => customers.refreshes,
    busy: () => ({ readingCustomers: busy.readingCustomers, any: busy.any, viewProgress: customers.progress.showing }),
    probe: () => probe?.report(),
    dashboard: () => dashboard.current ?? NO_DASHBOARD,
    reminder: () => ({ shown: [...reminder.shown], lastReminded: reminder.lastReminded, answer: (answer) => reminder.answer(answer) }),
    habitDecoration(uri) {
      const cancellation = new vscode.CancellationTokenSource();
      try {
        return reflections.decorations.provideFileDecoration(uri, cancellation.token) as vscode.FileDecoration | undefined;
      } finally {
        cancellation.dispose();
      }
    },
    setClock(instant) {
      clock.set(instant);
      today.invalidate();
    },
  };
}

function firstCustomerNode(tree: CustomerTree, noteId: string): TreeNode | undefined {
  const find = (nodes: readonly TreeNode[]): TreeNode | undefined => {
    for (const n of nodes) {
      if (n.kind === 'customer' && n.row.note.id === noteId) return n;
      if (n.kind === 'folder' || n.kind === 'group') {
        const found = find(tree.getChildren(n));
        if (found) return found;
      }
    }
    return undefined;
  };
  return find(tree.getChildren());
}
