// The dashboard and the weekly review (src/reports.ts), loaded the first time Show Dashboard or Weekly
// Review runs: dist/reports.js in the Node extension host (see lazyBundle.ts).
import type * as ReportsModule from '../reports';
import { lazyBundle } from './lazyBundle';

export type Reports = typeof ReportsModule;

/** Set by scripts/build.mjs; with it false, the Node bundle leaves the import (and what it imports) out. */
declare const RAPPORT_WEB_BUNDLE: boolean;

export const loadReports = lazyBundle<Reports>('reports.js', RAPPORT_WEB_BUNDLE ? () => import('../reports') : undefined);
