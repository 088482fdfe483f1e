// Time the leader intends to invest in a customer: `2h/month`, `30m/week`, `1.5h/mo`.
import { describe } from './cadence';
import { parseDuration } from './noteBody';
import { fillPlaceholders } from '../placeholders';

export interface TimeGoal {
  readonly minutes: number;
  readonly per: 'week' | 'month';
}

const GOAL = /^(.+?)\s*(?:\/|per\s+)\s*(week|wk|w|month|mo|m)$/i;

export function parseTimeGoal(value: unknown): { ok: true; goal: TimeGoal } | { ok: false; message: string } {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const m = text ? GOAL.exec(text) : null;
  const duration = m ? parseDuration(`(${m[1].replace(/\s+/g, '')})`) : undefined;
  if (!m || !duration || duration.minutes === 0) {
    return { ok: false, message: `must look like 2h/month or 30m/week (found ${describe(value)})` };
  }
  return { ok: true, goal: { minutes: duration.minutes, per: m[2].toLowerCase().startsWith('w') ? 'week' : 'month' } };
}

/** A goal expressed per week, for comparing with a week's invested time. */
export function weeklyMinutes(goal: TimeGoal): number {
  return goal.per === 'week' ? goal.minutes : (goal.minutes * 12) / 52;
}

/** How a duration is worded: templates with `{0}` (hours or minutes) and `{1}` (the minutes after hours). */
export interface DurationUnits {
  readonly hours: string;
  readonly minutes: string;
  readonly hoursMinutes: string;
}

/** The form the contact-log headings use: `45m`, `1h`, `1h30m`. */
export const HEADING_UNITS: DurationUnits = { hours: '{0}h', minutes: '{0}m', hoursMinutes: '{0}h{1}m' };

/** `45m`, `1h`, `1h30m` by default; other units word it for a reader (the dashboard, localized). */
export function formatMinutes(minutes: number, units: DurationUnits = HEADING_UNITS): string {
  // Round first: 119.6 minutes is 2h, never "1h60m".
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h && m ? fillPlaceholders(units.hoursMinutes, h, m) : h ? fillPlaceholders(units.hours, h) : fillPlaceholders(units.minutes, m);
}
