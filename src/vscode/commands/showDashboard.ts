// Rapport: Show Dashboard. Opens (or brings forward) the one dashboard panel and returns it.
import type { Dashboard } from '../dashboard/panel';
import type { Command } from './deps';

export function showDashboardCommand(dashboard: Dashboard): Command {
  return { id: 'rapport.showDashboard', execute: () => dashboard.show() };
}
