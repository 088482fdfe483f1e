// Loads the dashboard and the weekly review (src/reports.ts) the first time Show Dashboard or Weekly
// Review runs, never at activation: in the Node extension host a second bundle, dist/reports.js,
// required from the extension's own folder (it gets `vscode` as dist/extension.js does). The web
// worker cannot load a second file (see calendar/calendarModule.ts): there they stay in the one
// bundle, and esbuild's lazy `import()` defers running them until first use.
import * as vscode from 'vscode';
import type * as ReportsModule from '../reports';

export type Reports = typeof ReportsModule;

/** Set by scripts/build.mjs: true in the web bundle, false in the Node one (the other branch is left out). */
declare const RAPPORT_WEB_BUNDLE: boolean;

let loaded: Promise<Reports> | undefined;

export function loadReports(extensionUri: vscode.Uri): Promise<Reports> {
  const loading = (loaded ??= load(extensionUri));
  // A failed load is tried again the next time, not remembered.
  loading.catch(() => loaded === loading && (loaded = undefined));
  return loading;
}

async function load(extensionUri: vscode.Uri): Promise<Reports> {
  if (RAPPORT_WEB_BUNDLE) {
    return import('../reports');
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(vscode.Uri.joinPath(extensionUri, 'dist', 'reports.js').fsPath) as Reports;
  }
}
