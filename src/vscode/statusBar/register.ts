// The status bar feature: days since contact, for the customer in the editor or the most overdue; while
// the customer notes are read, that Rapport is indexing.
import type { Services } from '../services';
import { CustomerStatusBar } from './statusBar';

export function registerStatusBar(services: Services): CustomerStatusBar {
  return new CustomerStatusBar(services.today, services.busy);
}
