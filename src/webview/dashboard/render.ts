// Draws the whole dashboard afresh from one day's data, then tells the host what it drew.
import type { DashboardData } from '../../core/reports/dashboardData';
import { el } from './dom';
import type { DashboardLabels } from './labels';
import type { FromWebview } from './messages';
import type { Page } from './page';
import { closeness } from './sections/closeness';
import { contactBars } from './sections/contactBars';
import { overduePromises, quietHabits, staleRegister } from './sections/lists';
import { summary } from './sections/summary';
import { timeAgainstIntent } from './sections/timeAgainstIntent';
import { upcoming } from './sections/upcoming';
import { weeks } from './sections/weeks';
import { wordsOf } from './words';

export function render(app: HTMLElement, d: DashboardData, labels: DashboardLabels, post: (message: FromWebview) => void): void {
  const page: Page = { app, labels, words: wordsOf(labels), post };
  app.replaceChildren();
  const header = el('header');
  header.appendChild(el('h1', undefined, 'Rapport')); // the product's name, in every language
  header.appendChild(el('span', 'muted', `${d.today} · ${d.week}`));
  app.appendChild(header);
  summary(page, d);
  contactBars(page, d);
  weeks(page, d);
  timeAgainstIntent(page, d);
  closeness(page, d);
  upcoming(page, d);
  overduePromises(page, d);
  quietHabits(page, d);
  staleRegister(page, d);
  post({ type: 'rendered', today: d.today, customers: d.contactBars.length });
}
