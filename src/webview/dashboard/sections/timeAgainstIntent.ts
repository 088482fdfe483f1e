// Time invested this month against each time_goal, with the steady pace to date, and the week's share.
import type { DashboardData } from '../../../core/reports/dashboardData';
import { BAR_WIDTH, barWithMarker } from '../charts';
import { el, svg } from '../dom';
import { customerButton, empty, section, type Page } from '../page';
import { fill } from '../words';

export function timeAgainstIntent(page: Page, d: DashboardData): void {
  const { time: words } = page.labels;
  const { minutes, percent } = page.words;
  const s = section(page, words.heading, fill(words.hint, d.month));
  const rows = d.time.rows;
  if (!rows.length) return empty(s, words.empty);
  const list = el('ul', 'rows');
  const max = Math.max(1, ...rows.map((r) => Math.max(r.investedMonth, r.intendedMonth || 0)));
  const progress = d.time.total.monthProgress;
  const addRow = (button: HTMLElement, invested: number, intended: number | undefined, label: string) => {
    const li = el('li', 'row');
    li.appendChild(button);
    const behind = intended && invested < intended * progress;
    // Early in the month "0m of 2h" says little: the steady pace to date says whether that is behind.
    const text = intended ? fill(words.ofGoal, minutes(invested), minutes(intended), minutes(intended * progress)) : fill(words.noGoal, minutes(invested));
    const bar = barWithMarker(invested, intended, max, behind ? 'behind' : 'ontrack', fill(words.row, label, text));
    if (intended) {
      const x = Math.min(BAR_WIDTH, ((intended * progress) / max) * BAR_WIDTH);
      bar.appendChild(svg('line', { x1: x, x2: x, y1: 2, y2: 12, class: 'pace' }));
    }
    li.appendChild(bar);
    li.appendChild(el('span', 'figure', text));
    list.appendChild(li);
  };
  for (const r of rows) addRow(customerButton(page, r.id, r.name), r.investedMonth, r.intendedMonth, r.name);
  const t = d.time.total;
  if (t.intendedMonth) addRow(el('span', 'customer total', words.total), t.goalInvestedMonth, t.intendedMonth, words.totalLabel);
  s.appendChild(list);
  const share = percent(d.share.ratio);
  const week = t.intendedWeek
    ? fill(words.weekWithIntent, minutes(t.investedWeek), share, minutes(d.share.workingMinutes), minutes(t.intendedWeek))
    : fill(words.week, minutes(t.investedWeek), share, minutes(d.share.workingMinutes));
  s.appendChild(el('p', 'muted', week));
}
