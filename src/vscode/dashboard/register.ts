// The dashboard feature: one webview panel, opened by Show Dashboard. The panel, its data and its
// words are loaded on first use (../reportsModule.ts), not at activation.
import * as vscode from 'vscode';
import { registerCommands } from '../commands';
import { loadReports } from '../reportsModule';
import type { Services } from '../services';
import type { Dashboard } from './panel';
import { showDashboardCommand } from './showDashboard';

export interface DashboardFeature extends vscode.Disposable {
  /** The dashboard, once Show Dashboard has loaded it. */
  readonly current: Dashboard | undefined;
}

export function registerDashboard(services: Services): DashboardFeature {
  let current: Dashboard | undefined;
  const dashboard = async () => {
    const { Dashboard } = await loadReports(services.context.extensionUri);
    return (current ??= new Dashboard(services));
  };
  const commands = registerCommands([showDashboardCommand(dashboard)]);
  return {
    get current() {
      return current;
    },
    dispose() {
      commands.dispose();
      current?.dispose();
    },
  };
}
