// The tiles at the top: customers overdue, the week's share with customers, the month's time, promises past due.
import type { DashboardData } from '../../../core/reports/dashboardData';
import { el } from '../dom';
import type { Page } from '../page';
import { fill } from '../words';

export function summary(page: Page, d: DashboardData): void {
  const { summary: words } = page.labels;
  const { minutes, percent, count } = page.words;
  const tiles = el('div', 'tiles');
  const overdue = d.contactBars.filter((b) => b.state === 'overdue').length;
  const add = (value: string, label: string, cls?: string) => {
    const t = el('div', `tile ${cls || ''}`);
    t.appendChild(el('div', 'value', value));
    t.appendChild(el('div', 'label', label));
    tiles.appendChild(t);
  };
  add(String(overdue), count(overdue, words.customersOverdue), overdue ? 'warn' : '');
  add(percent(d.share.ratio), fill(words.share, minutes(d.share.workingMinutes), minutes(d.share.minutes)));
  const t = d.time.total;
  add(t.intendedMonth ? `${minutes(t.goalInvestedMonth)} / ${minutes(t.intendedMonth)}` : minutes(t.investedMonth),
    t.intendedMonth ? words.investedAgainstIntent : words.invested);
  const promises = d.overdueCommitments.length;
  add(String(promises), count(promises, words.promisesPastDue), promises ? 'warn' : '');
  page.app.appendChild(tiles);
}
