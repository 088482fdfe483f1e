// The calendar reader (src/calendar.ts: ical.js, the reading of an export, the matching), loaded the
// first time Import Calendar… runs: dist/calendar.js in the Node extension host (see ../lazyBundle.ts).
import type * as CalendarModule from '../../calendar';
import { lazyBundle } from '../lazyBundle';

export type CalendarReader = typeof CalendarModule;

/** Set by scripts/build.mjs; with it false, the Node bundle leaves the import (and what it imports) out. */
declare const RAPPORT_WEB_BUNDLE: boolean;

export const loadCalendar = lazyBundle<CalendarReader>('calendar.js', RAPPORT_WEB_BUNDLE ? () => import('../../calendar') : undefined);
