// The weekly review feature: writes this week's review note, or opens it when it exists. The work is
// loaded on first use (../reportsModule.ts), not at activation.
import type * as vscode from 'vscode';
import { registerCommands } from '../commands';
import { loadReports } from '../reportsModule';
import type { Services } from '../services';

export function registerReview(services: Services): vscode.Disposable {
  return registerCommands([{
    id: 'rapport.weeklyReview',
    execute: async () => (await loadReports(services.context.extensionUri)).writeWeeklyReview(services),
  }]);
}
