// Fixes for a front matter value Rapport cannot use: a date that cannot be, an unknown status, a
// cadence it cannot read. Each one sets the value with the editor of Log Contact, so quotes, comments
// and line breaks are kept and the result is read back before it is offered.
import { setFrontMatterValue } from '../frontMatter/edit';
import { compareDates, formatDate } from '../time/dates';
import type { LocalDate } from '../model';
import { COMMON_CADENCES, meantCadence } from './meantCadence';
import { statusChoice } from './meantStatus';
import { nearestRealDate } from './nearestDate';
import type { QuickFix, QuickFixTitle } from './quickFix';

/**
 * The nearest real date (preferred), then today. A `last_contacted` is never set to a day after today:
 * that would be a future contact, the next warning.
 */
export function dateFixes(text: string, key: string, value: unknown, today: LocalDate): QuickFix[] {
  const nearest = typeof value === 'string' ? nearestRealDate(value) : undefined;
  const usable = nearest && !(key === 'last_contacted' && compareDates(nearest, today) > 0) ? nearest : undefined;
  const isToday = usable !== undefined && compareDates(usable, today) === 0;
  return present([
    usable && !isToday ? setFix(text, { id: 'set-nearest-date', key, value: formatDate(usable) }, true) : undefined,
    // Today alone is a guess, not preferred: the leader says whether it was today.
    setFix(text, { id: 'set-today', key, value: formatDate(today) }, isToday),
  ]);
}

/** One fix per valid status, the likeliest first; preferred only when it is surely the one meant. */
export function statusFixes(text: string, value: unknown): QuickFix[] {
  const { statuses, meant } = statusChoice(value);
  return present(statuses.map((status) => setFix(text, { id: 'set-value', key: 'status', value: status }, status === meant)));
}

/** The cadence meant when it is clear (preferred), then the common ones. */
export function cadenceFixes(text: string, value: unknown): QuickFix[] {
  const meant = meantCadence(value);
  const values = [...(meant ? [meant] : []), ...COMMON_CADENCES.filter((c) => c !== meant)];
  return present(values.map((v) => setFix(text, { id: 'set-value', key: 'cadence', value: v }, v === meant)));
}

function setFix(text: string, title: QuickFixTitle & { key: string; value: string }, preferred: boolean): QuickFix | undefined {
  const result = setFrontMatterValue(text, title.key, title.value);
  return result.ok ? { title, edit: result.edit, preferred } : undefined;
}

function present(fixes: readonly (QuickFix | undefined)[]): QuickFix[] {
  return fixes.filter((f): f is QuickFix => f !== undefined);
}
