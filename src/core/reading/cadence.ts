// Keep-in-touch cadence: a number of days, or `3d`, `2w`, `1m` (a month counts as 30 days).
import { foundValue } from './foundValue';
import { detach } from './noteBody';
import type { CadenceMessage, FoundValue } from '../model';

const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30 };
const CADENCE = /^(\d+)\s*([dwm])$/i;
/** Longer than ten years is surely a typo, and would make every count meaningless. */
const MAX_CADENCE_DAYS = 3660;

export type CadenceResult = { ok: true; days: number } | { ok: false; message: CadenceMessage };

export function parseCadence(value: unknown): CadenceResult {
  if (typeof value === 'number') return checkDays(value, String(value));
  if (typeof value !== 'string') return { ok: false, message: { id: 'cadence-not-text', found: foundValue(value) } };
  // Detached: a message must not keep the note's whole text alive in the index.
  const text = detach(value.trim());
  if (/^-?\d+(\.\d+)?$/.test(text)) return checkDays(Number(text), text);
  const m = CADENCE.exec(text);
  if (!m) return { ok: false, message: { id: 'cadence-unreadable', value: text } };
  return checkDays(Number(m[1]) * UNIT_DAYS[m[2].toLowerCase()], text);
}

function checkDays(days: number, value: string): CadenceResult {
  if (!Number.isInteger(days)) return { ok: false, message: { id: 'cadence-fraction', value } };
  if (days <= 0) return { ok: false, message: { id: 'cadence-too-short', value } };
  if (days > MAX_CADENCE_DAYS) return { ok: false, message: { id: 'cadence-too-long', value } };
  return { ok: true, days };
}
