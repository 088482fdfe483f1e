// Keep-in-touch cadence: a number of days, or `3d`, `2w`, `1m` (a month counts as 30 days).

const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30 };
const CADENCE = /^(\d+)\s*([dwm])$/i;
/** Longer than ten years is surely a typo, and would make every count meaningless. */
const MAX_CADENCE_DAYS = 3660;

export type CadenceResult = { ok: true; days: number } | { ok: false; message: string };

export function parseCadence(value: unknown): CadenceResult {
  if (typeof value === 'number') return checkDays(value, String(value));
  if (typeof value !== 'string') {
    return { ok: false, message: `cadence must be a number of days or text like 3d, 2w, 1m (found ${describe(value)})` };
  }
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return checkDays(Number(text), text);
  const m = CADENCE.exec(text);
  if (!m) return { ok: false, message: `cadence "${text}" is not a number of days or text like 3d, 2w, 1m` };
  return checkDays(Number(m[1]) * UNIT_DAYS[m[2].toLowerCase()], text);
}

function checkDays(days: number, text: string): CadenceResult {
  if (!Number.isInteger(days)) return { ok: false, message: `cadence ${text} must be a whole number of days` };
  if (days <= 0) return { ok: false, message: `cadence ${text} must be at least one day` };
  if (days > MAX_CADENCE_DAYS) return { ok: false, message: `cadence ${text} is longer than ten years` };
  return { ok: true, days };
}

/** `14` → `14d`, `14 days` in prose: short and unambiguous in a tree description. */
export function formatCadence(days: number): string {
  return `${days}d`;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}
