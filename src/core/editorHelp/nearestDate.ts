// The real date nearest to one that cannot be (`2026-02-30`, `2026-13-01`, `2026-2-3`): each part is
// brought into its range, the year as written. Clamping, not rolling over: `2026-02-30` means the end
// of February (2026-02-28), never 2 March, and `2026-13-01` December of that year, never the next
// year; so a last contact never jumps forward past what the leader wrote.
import { daysInMonth } from '../time/dates';
import type { LocalDate } from '../model';

// A date as a hand writes it, digits unpadded too, maybe with a time that is then dropped.
const DATE_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;

/** The nearest real date to a date-like text, or undefined when the text is no date at all (`soon`). */
export function nearestRealDate(text: string): LocalDate | undefined {
  const m = DATE_LIKE.exec(text.trim());
  if (!m) return undefined;
  const year = Math.max(1, Number(m[1]));
  const month = clamp(Number(m[2]), 1, 12);
  return { year, month, day: clamp(Number(m[3]), 1, daysInMonth(year, month)) };
}

const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));
