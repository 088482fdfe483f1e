// What every section draws with: the page to add to, the words, and the way back to the host; and the
// pieces all sections share (a section with its heading, an empty note, a customer's name as a button).
import { el } from './dom';
import type { DashboardLabels } from './labels';
import type { FromWebview } from './messages';
import type { Words } from './words';

export interface Page {
  readonly app: HTMLElement;
  readonly labels: DashboardLabels;
  readonly words: Words;
  readonly post: (message: FromWebview) => void;
}

export function section(page: Page, title: string, hint?: string): HTMLElement {
  const s = el('section');
  s.appendChild(el('h2', undefined, title));
  if (hint) s.appendChild(el('p', 'muted', hint));
  page.app.appendChild(s);
  return s;
}

export function empty(parent: HTMLElement, text: string): void {
  parent.appendChild(el('p', 'muted empty', text));
}

/** A customer's name as a button that opens its note (at a line when given); Enter and Space click it. */
export function customerButton(page: Page, id: string, name: string, line?: number): HTMLButtonElement {
  const b = el('button', 'customer', name);
  b.type = 'button';
  b.title = page.labels.openNote;
  b.addEventListener('click', () => page.post(line === undefined ? { type: 'open', id } : { type: 'open', id, line }));
  return b;
}
