// Coming up: the important dates of the next days, soonest first, each with its customer and how soon.
import type { DashboardData } from '../../../core/reports/dashboardData';
import { el } from '../dom';
import { customerButton, type Page } from '../page';
import { fill } from '../words';
import { listSection } from './lists';

export function upcoming(page: Page, d: DashboardData): void {
  const { labels } = page;
  const words = labels.upcoming;
  const emptyText = d.contactBars.length ? words.empty : labels.noCustomers;
  listSection(page, words.heading, words.hint, d.upcoming, emptyText, (li, u) => {
    li.appendChild(customerButton(page, u.id, u.name));
    li.appendChild(el('span', 'text', u.yearly ? `${u.label} (${words.yearly})` : u.label));
    const when = u.daysUntil === 0 ? words.today : u.daysUntil === 1 ? words.tomorrow : fill(words.inDays, u.daysUntil);
    li.appendChild(el('span', u.daysUntil === 0 ? 'figure soon' : 'figure', `${u.date} · ${when}`));
  });
}
