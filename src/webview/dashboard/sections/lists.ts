// The three lists of things to act on: promises past due, habits gone quiet, opportunities and risks to revisit.
import type { DashboardData } from '../../../core/reports/dashboardData';
import { el } from '../dom';
import { customerButton, empty, section, type Page } from '../page';
import { fill } from '../words';

/** A section listing `items`, one line each, or saying there are none. */
export function listSection<T>(page: Page, title: string, hint: string, items: readonly T[], emptyText: string, render: (li: HTMLLIElement, item: T) => void): void {
  const s = section(page, title, hint);
  if (!items.length) return empty(s, emptyText);
  const ul = el('ul', 'items');
  for (const item of items) {
    const li = el('li');
    render(li, item);
    ul.appendChild(li);
  }
  s.appendChild(ul);
}

export function overduePromises(page: Page, d: DashboardData): void {
  const { promises: words } = page.labels;
  listSection(page, words.heading, words.hint, d.overdueCommitments, words.empty, (li, c) => {
    li.appendChild(customerButton(page, c.id, c.name, c.line));
    li.appendChild(el('span', 'text', c.text));
    li.appendChild(el('span', 'figure warn', `${fill(words.due, c.due)} · ${page.words.daysOverdue(c.daysOverdue)}`));
  });
}

export function quietHabits(page: Page, d: DashboardData): void {
  const { labels } = page;
  const words = labels.habitsQuiet;
  const emptyText = d.contactBars.length ? words.empty : labels.noCustomers;
  listSection(page, words.heading, words.hint, d.staleHabits, emptyText, (li, h) => {
    li.appendChild(customerButton(page, h.id, h.name));
    const habits = h.habits.map((x) => `${labels.habits[x.habit] || x.habit} (${x.last ? fill(labels.last, x.last) : words.never})`);
    li.appendChild(el('span', 'text', habits.join(' · ')));
  });
}

export function staleRegister(page: Page, d: DashboardData): void {
  const { labels } = page;
  const words = labels.register;
  const emptyText = d.contactBars.length ? words.empty : labels.noCustomers;
  listSection(page, words.heading, words.hint, d.staleRegister, emptyText, (li, r) => {
    li.appendChild(customerButton(page, r.id, r.name, r.line));
    li.appendChild(el('span', `kind ${r.kind}`, r.kind === 'risk' ? words.risk : words.opportunity));
    li.appendChild(el('span', 'text', r.text));
    li.appendChild(el('span', 'figure', r.touched ? fill(labels.last, r.touched) : words.undated));
  });
}
