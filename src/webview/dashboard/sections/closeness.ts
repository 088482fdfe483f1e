// Each customer's Closeness: 1-5 lines over time, with the latest value.
import type { DashboardData } from '../../../core/reports/dashboardData';
import { closenessLine } from '../charts';
import { el } from '../dom';
import { customerButton, empty, section, type Page } from '../page';
import { fill } from '../words';

export function closeness(page: Page, d: DashboardData): void {
  const { closeness: words } = page.labels;
  const s = section(page, words.heading, words.hint);
  if (!d.closeness.length) return empty(s, words.empty);
  const grid = el('ul', 'sparks');
  for (const c of d.closeness) {
    const li = el('li', 'spark');
    li.appendChild(customerButton(page, c.id, c.name));
    const last = c.points[c.points.length - 1];
    li.appendChild(closenessLine(c.points, fill(words.chart, c.name, c.points.map((p) => fill(words.point, p.value, p.date)).join(', '))));
    li.appendChild(el('span', 'figure', fill(words.last, last.value, last.date)));
    grid.appendChild(li);
  }
  s.appendChild(grid);
}
