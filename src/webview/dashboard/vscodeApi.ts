// The API VS Code gives a webview script, typed with the dashboard's messages and saved state.
import type { DashboardData } from '../../core/reports/dashboardData';
import type { DashboardLabels } from './labels';
import type { FromWebview } from './messages';

/** What the webview keeps across being hidden and shown again: the last data and its words. */
export interface SavedState {
  readonly data: DashboardData;
  readonly labels: DashboardLabels;
}

export interface DashboardApi {
  postMessage(message: FromWebview): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}

declare function acquireVsCodeApi(): DashboardApi;

/** May be called once per page load, so main.ts calls it and hands it on. */
export function dashboardApi(): DashboardApi {
  return acquireVsCodeApi();
}
