// Time the leader intends to invest in a customer: `2h/month`, `30m/week`, `1.5h/mo`.
import { describe } from './cadence';
import { parseDuration } from './noteBody';

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

/** `45m`, `1h`, `1h30m`: the same form the contact-log headings use. */
export function formatMinutes(minutes: number): string {
  // Round first: 119.6 minutes is 2h, never "1h60m".
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h && m ? `${h}h${m}m` : h ? `${h}h` : `${m}m`;
}
