// Days since contact against cadence (or the planned contact), most overdue first; an account's people
// right under it, indented.
import type { ContactBar, DashboardData } from '../../../core/reports/dashboardData';
import { barWithMarker } from '../charts';
import { el } from '../dom';
import { customerButton, empty, section, type Page } from '../page';
import { fill } from '../words';

export function contactBars(page: Page, d: DashboardData): void {
  const { labels } = page;
  const s = section(page, labels.contacts.heading, labels.contacts.hint);
  if (!d.contactBars.length) return empty(s, labels.noCustomers);
  const dueAfter = (b: ContactBar) => (b.dueAfterDays === undefined ? b.cadenceDays : b.dueAfterDays);
  const max = Math.max(...d.contactBars.map((b) => Math.max(b.daysSince || 0, dueAfter(b))));
  const list = el('ul', 'rows');
  for (const b of d.contactBars) {
    const li = el('li', `row state-${b.state}${b.account ? ' person' : ''}`);
    li.appendChild(customerButton(page, b.id, b.name));
    const text = figure(page, b);
    li.appendChild(barWithMarker(Math.max(0, b.daysSince || 0), dueAfter(b), max, b.state, `${b.name}: ${text}, ${labels.states[b.state]}`));
    li.appendChild(el('span', 'figure', text));
    list.appendChild(li);
  }
  s.appendChild(list);
}

/** `12d · every 14d`, `30d · every 7d · 23d overdue`, `never contacted · planned 2026-05-04`, `unreadable`. */
function figure({ labels, words }: Page, b: ContactBar): string {
  if (b.state === 'unknown') return labels.states.unknown;
  const planned = b.dueDate && fill(labels.contacts.planned, b.dueDate);
  if (b.daysSince === undefined) return planned ? `${labels.states.never} · ${planned}` : labels.states.never;
  const due = b.planned ? planned : fill(labels.contacts.every, b.cadenceDays);
  return [words.days(b.daysSince), due, b.overdueDays ? words.daysOverdue(b.overdueDays) : ''].filter(Boolean).join(' · ');
}
