// Time the leader intends to invest in a customer: `2h/month`, `30m/week`, `1.5h/mo`.
import type { FoundValue, TimeGoal, TimeGoalMessage } from '../model';
import { foundValue } from './foundValue';
import { parseDuration } from './markdownLines';
import { fillPlaceholders } from '../placeholders';

const GOAL = /^(.+?)\s*(?:\/|per\s+)\s*(week|wk|w|month|mo|m)$/i;

export function parseTimeGoal(value: unknown): { ok: true; goal: TimeGoal } | { ok: false; message: TimeGoalMessage } {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const m = text ? GOAL.exec(text) : null;
  const duration = m ? parseDuration(`(${m[1].replace(/\s+/g, '')})`) : undefined;
  if (!m || !duration || duration.minutes === 0) return { ok: false, message: { id: 'time-goal-unreadable', found: foundValue(value) } };
  return { ok: true, goal: { minutes: duration.minutes, per: m[2].toLowerCase().startsWith('w') ? 'week' : 'month' } };
}

/** A goal expressed per week, for comparing with a week's invested time. */
export function weeklyMinutes(goal: TimeGoal): number {
  return goal.per === 'week' ? goal.minutes : (goal.minutes * 12) / 52;
}

/** Whole hours and the minutes left over, as the contact-log headings write a duration (`1h30m`). */
export function hoursAndMinutes(minutes: number): { readonly hours: number; readonly minutes: number } {
  // Round first: 119.6 minutes is 2h, never "1h60m".
  const total = Math.round(minutes);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** How a duration is worded: templates with `{0}` (hours or minutes) and `{1}` (the minutes after hours). */
export interface DurationUnits {
  readonly hours: string;
  readonly minutes: string;
  readonly hoursMinutes: string;
}

/** The units a note is written in (`45m`, `1h`, `1h30m`) whatever the leader's language: what parseDuration reads. */
export const NOTE_UNITS: DurationUnits = { hours: '{0}h', minutes: '{0}m', hoursMinutes: '{0}h{1}m' };

/** A duration in the units a reader's language gives (the dashboard gets them from the host). */
export function formatMinutes(total: number, units: DurationUnits): string {
  const { hours: h, minutes: m } = hoursAndMinutes(total);
  return h && m ? fillPlaceholders(units.hoursMinutes, h, m) : h ? fillPlaceholders(units.hours, h) : fillPlaceholders(units.minutes, m);
}
