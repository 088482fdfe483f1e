// The host's worded templates, filled with the day's numbers. The one duration formatter is core's,
// in the units the host worded.
import { fillPlaceholders } from '../../core/placeholders';
import { formatMinutes } from '../../core/reading/timeGoal';
import type { CountWords, DashboardLabels } from './labels';

export const fill = fillPlaceholders;

export interface Words {
  minutes(minutes: number): string;
  days(days: number): string;
  daysOverdue(days: number): string;
  /** A share (0.25) as a whole percentage: "25%". */
  percent(ratio: number): string;
  count(n: number, words: CountWords): string;
}

export function wordsOf(labels: DashboardLabels): Words {
  return {
    minutes: (minutes) => formatMinutes(minutes, labels.durations),
    days: (days) => fill(labels.days, days),
    daysOverdue: (days) => fill(labels.daysOverdue, days),
    percent: (ratio) => fill(labels.percent, Math.round(ratio * 100)),
    count: (n, words) => (n === 1 ? words.one : words.other),
  };
}
