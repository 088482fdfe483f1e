// What a problem says it found instead of a usable value: the kind of value, and for a plain value
// its type and JSON text. Data, so the vscode layer can say it in the leader's language.
import type { FoundValue } from '../model';

export function foundValue(value: unknown): FoundValue {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (value instanceof Date) return { kind: 'date' };
  if (typeof value === 'object') return { kind: 'mapping' };
  return { kind: 'scalar', type: typeof value, json: String(JSON.stringify(value)) };
}
