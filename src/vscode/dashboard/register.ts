// The dashboard feature: one webview panel, opened by Show Dashboard.
import * as vscode from 'vscode';
import { registerCommands } from '../commands';
import type { Services } from '../services';
import { Dashboard } from './panel';
import { showDashboardCommand } from './showDashboard';

export function registerDashboard(services: Services): vscode.Disposable & { readonly dashboard: Dashboard } {
  const dashboard = new Dashboard(services);
  return Object.assign(vscode.Disposable.from(dashboard, registerCommands([showDashboardCommand(dashboard)])), { dashboard });
}
