// Contacts and time invested per ISO week (the current week last), and time per month.
import type { DashboardData } from '../../../core/reports/dashboardData';
import { columns } from '../charts';
import { el } from '../dom';
import { section, type Page } from '../page';
import { fill } from '../words';

export function weeks(page: Page, d: DashboardData): void {
  const { weeks: words } = page.labels;
  const { minutes } = page.words;
  const tip = (p: { key: string; start: string }, value: string) => fill(words.column, p.key, p.start, value);
  const s = section(page, words.contactsHeading, fill(words.contactsHint, d.weeks.length, d.week));
  const total = d.weeks.reduce((n, w) => n + w.contacts, 0);
  s.appendChild(columns(d.weeks, (w) => w.contacts, String, tip, fill(words.contactsChart, d.weeks.length, total)));
  const s2 = section(page, words.timeHeading, words.timeHint);
  const invested = d.weeks.reduce((n, w) => n + w.minutes, 0);
  s2.appendChild(columns(d.weeks, (w) => w.minutes, minutes, tip, fill(words.timeChart, d.weeks.length, minutes(invested))));
  s2.appendChild(el('p', 'muted', fill(words.perMonth, d.months.map((m) => `${m.key} ${minutes(m.minutes)}`).join(' · '))));
}
