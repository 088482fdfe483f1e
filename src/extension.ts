// Rapport's entry point: the services (one index per window, the indexer, what today looks like), each
// feature registered on them, and a small public API. Activation never waits for indexing: the scan
// runs in the background (from the index cache, reading only files changed since) and the views fill in.
import * as vscode from 'vscode';
import { Busy } from './core/busy';
import { CustomerIndex } from './core/index/customerIndex';
import { systemClock, type Clock } from './core/time/dates';
import type { Services } from './vscode/services';
import { registerBrief } from './vscode/brief/register';
import { registerCalendar } from './vscode/calendar/register';
import { registerContact } from './vscode/contact/register';
import { registerCustomers } from './vscode/customers/register';
import { registerDashboard } from './vscode/dashboard/register';
import { registerEditorHelp } from './vscode/editorHelp/register';
import { createIndexing } from './vscode/ports/indexing';
import { indexCacheOptions } from './vscode/ports/indexStorage';
import { createLogger } from './vscode/ports/logger';
import { registerMeetings } from './vscode/meetings/register';
import { registerReflections } from './vscode/reflections/register';
import { registerReminder } from './vscode/reminder/register';
import { registerReview } from './vscode/review/register';
import { registerStatusBar } from './vscode/statusBar/register';
import { TodayState } from './vscode/todayState';
import { hostProbeIfAsked } from './hostProbe';
import { SettableClock, testHooks, type TestHooks } from './testHooks';
import { type CustomerNote } from './core/model';

/** What other extensions may use. */
export interface RapportApi {
  /** Resolves when the first scan of the workspace (customers, then mentions) is in the index. */
  readonly ready: Promise<void>;
  /** Every customer note in the index, as Rapport read it. */
  customers(): CustomerNote[];
  /** Test hooks, only when the extension runs under tests. */
  readonly testHooks?: TestHooks;
}

/** Writes what the index caches still wait to write, as the window closes. */
let flushCache: (() => Promise<void>) | undefined;

export function activate(context: vscode.ExtensionContext): RapportApi {
  const started = Date.now();
  const underTest = context.extensionMode === vscode.ExtensionMode.Test;
  const probe = underTest ? hostProbeIfAsked(started) : undefined;
  const clock: Clock = underTest ? new SettableClock(systemClock) : systemClock;
  const log = createLogger();
  const index = new CustomerIndex();
  const busy = new Busy();
  const indexing = createIndexing(index, log, busy, indexCacheOptions(context));
  flushCache = () => indexing.flushCache();
  const { indexer, mentions } = indexing;
  // Accounts are named as links are: by the mentions' resolver, kept in step with the customers.
  const today = new TodayState(index, context.workspaceState, clock, (target, fromId) => mentions.resolveName(target, fromId));
  const services: Services = { context, index, indexer, mentions, indexing, today, busy, clock, log };

  const customers = registerCustomers(services);
  const statusBar = registerStatusBar(services);
  const reflections = registerReflections(customers.treeServices);
  const dashboard = registerDashboard(services);
  context.subscriptions.push(
    log, indexing, today, customers, statusBar, reflections, dashboard,
    registerContact(customers.treeServices),
    registerBrief(customers.treeServices),
    registerMeetings(customers.treeServices),
    registerReview(services),
    registerCalendar(services),
    registerEditorHelp(services),
  );

  const ready = indexing.rescan({ fromCache: true });
  const reminder = registerReminder(customers.treeServices, ready);
  context.subscriptions.push(reminder);
  log.info(`Activated in ${Date.now() - started} ms; indexing in the background.`);
  if (probe) context.subscriptions.push(probe);
  probe?.activated(busy, ready);
  return {
    ready,
    customers: () => index.all(),
    testHooks: clock instanceof SettableClock ? testHooks({ ready, services, indexing, clock, customers, statusBar, reflections, dashboard, reminder, probe }) : undefined,
  };
}

export function deactivate(): Promise<void> | undefined {
  return flushCache?.();
}
