// The messages between the dashboard panel (src/vscode/dashboard/panel.ts) and its webview script
// (src/webview/dashboard/main.ts): pure types both sides import, and no `vscode`, so the script can.
// Data only travels by postMessage, never inside the HTML.
import type { DashboardData } from '../../core/reports/dashboardData';
import type { DashboardLabels } from './labels';

export type ToWebview = { readonly type: 'data'; readonly data: DashboardData; readonly labels: DashboardLabels };

export type FromWebview =
  /** The script has loaded and wants the data. */
  | { readonly type: 'ready' }
  /** The leader clicked a customer: open its note (the host checks the id is a known customer). */
  | { readonly type: 'open'; readonly id: string; readonly line?: number }
  /** The script drew the data of that day (tests wait for it). */
  | { readonly type: 'rendered'; readonly today: string; readonly customers: number };

/** Narrows an untrusted message from the webview; anything else is ignored. */
export function parseMessage(value: unknown): FromWebview | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open':
      if (typeof m.id !== 'string') return undefined;
      return { type: 'open', id: m.id, line: Number.isInteger(m.line) && (m.line as number) >= 0 ? (m.line as number) : undefined };
    case 'rendered':
      return typeof m.today === 'string' && typeof m.customers === 'number' ? { type: 'rendered', today: m.today, customers: m.customers } : undefined;
    default:
      return undefined;
  }
}
