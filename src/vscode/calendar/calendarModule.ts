// Loads the calendar reader (src/calendar.ts: ical.js, the reading of an export, the matching) the first
// time Import Calendar… runs, never at activation. In the Node extension host it is a second bundle,
// dist/calendar.js (scripts/build.mjs), required from the extension's own folder. The web worker
// extension host cannot load a second file: its `require` knows only `vscode`, `importScripts` is
// blocked, ES modules are refused, and evaluating fetched text is not something Rapport does. There the
// reader stays in the one web bundle, and esbuild's lazy `import()` defers running it until first use.
import * as vscode from 'vscode';
import type * as CalendarModule from '../../calendar';

export type CalendarReader = typeof CalendarModule;

/** Set by scripts/build.mjs: true in the web bundle, false in the Node one (the other branch is left out). */
declare const RAPPORT_WEB_BUNDLE: boolean;

let loaded: Promise<CalendarReader> | undefined;

export function loadCalendar(extensionUri: vscode.Uri): Promise<CalendarReader> {
  const loading = (loaded ??= load(extensionUri));
  // A failed load is tried again the next time, not remembered.
  loading.catch(() => loaded === loading && (loaded = undefined));
  return loading;
}

async function load(extensionUri: vscode.Uri): Promise<CalendarReader> {
  if (RAPPORT_WEB_BUNDLE) {
    return import('../../calendar');
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(vscode.Uri.joinPath(extensionUri, 'dist', 'calendar.js').fsPath) as CalendarReader;
  }
}
