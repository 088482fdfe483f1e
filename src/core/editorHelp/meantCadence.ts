// What a cadence that Rapport cannot read was meant to say, when that is clear: `2 weeks` is `2w`,
// `fortnightly` is `2w`, `14 days` is `14`, `1.5m` is `45`. Nothing is guessed for `0`, `1.5w` (10.5
// days) or `biweekly` (twice a week, or every two weeks?): then only the common values are offered.
import { parseCadence } from '../reading/cadence';

/** The values most leaders keep in touch by, offered for any cadence that cannot be read. */
export const COMMON_CADENCES: readonly string[] = ['1w', '2w', '1m', '3m'];

const WORDS: Record<string, string> = {
  daily: '1d', weekly: '1w', fortnight: '2w', fortnightly: '2w', monthly: '1m', quarterly: '3m',
  'half-yearly': '6m', 'semi-annually': '6m', yearly: '12m', annually: '12m', annual: '12m',
};
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, ten: 10, twelve: 12 };
/** Each unit as days, and how Rapport writes a whole number of it (a year as twelve months). */
const UNITS: readonly { words: RegExp; days: number; write: (n: number) => string }[] = [
  { words: /^(d|days?)$/, days: 1, write: (n) => String(n) },
  { words: /^(w|wks?|weeks?)$/, days: 7, write: (n) => `${n}w` },
  { words: /^(m|mos?|mon|months?)$/, days: 30, write: (n) => `${n}m` },
  { words: /^(q|quarters?)$/, days: 90, write: (n) => `${3 * n}m` },
  { words: /^(y|yrs?|years?)$/, days: 360, write: (n) => `${12 * n}m` },
];
// `2 weeks`, `2wks`, `two weeks`, `week`: digits, or a number word and a space, then the unit.
const AMOUNT_AND_UNIT = /^(?:(\d+(?:[.,]\d+)?)\s*|([a-z]+)\s+)?([a-z]+)$/;

/** The cadence meant, as Rapport writes it (`2w`, `14`), or undefined when the intent is not clear. */
export function meantCadence(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase().replace(/^every\s+/, '').replace(/\s+/g, ' ');
  const meant = WORDS[text] ?? amountOfUnits(text);
  return meant !== undefined && parseCadence(meant).ok ? meant : undefined;
}

function amountOfUnits(text: string): string | undefined {
  const m = AMOUNT_AND_UNIT.exec(text);
  if (!m) return undefined;
  const amount = m[1] !== undefined ? Number(m[1].replace(',', '.')) : m[2] !== undefined ? NUMBERS[m[2]] : 1;
  const unit = UNITS.find((u) => u.words.test(m[3]));
  if (!unit || amount === undefined) return undefined;
  if (Number.isInteger(amount)) return unit.write(amount);
  // A fraction of a unit is meant as days when it makes whole days (`1.5m` is 45), else it is unclear.
  const days = amount * unit.days;
  return Number.isInteger(days) ? String(days) : undefined;
}
