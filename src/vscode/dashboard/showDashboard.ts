// Rapport: Show Dashboard. Opens (or brings forward) the one dashboard panel and returns it.
import type { Dashboard } from './panel';
import type { Command } from '../commands';

export function showDashboardCommand(dashboard: () => Promise<Dashboard>): Command {
  return { id: 'rapport.showDashboard', execute: async () => (await dashboard()).show() };
}
