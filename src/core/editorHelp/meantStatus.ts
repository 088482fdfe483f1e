// The valid statuses in the order a leader who wrote an unknown one most likely meant them: a word for
// the same state (`inactive` is dormant) or the nearest spelling (`at risk`, `actve`) first.
import { STATUSES, type CustomerStatus } from '../model';
import { spellingDistance } from './spelling';

const SAME_STATE: Record<string, CustomerStatus> = {
  live: 'active', current: 'active', open: 'active', ok: 'active',
  risk: 'at-risk', risky: 'at-risk', 'in-danger': 'at-risk', endangered: 'at-risk',
  inactive: 'dormant', paused: 'dormant', quiet: 'dormant', sleeping: 'dormant', idle: 'dormant',
  archive: 'archived', closed: 'archived', lost: 'archived', churned: 'archived', former: 'archived', done: 'archived',
};
/** A spelling this near is surely the status meant; a farther one is only the least far. */
const SLIPS = 2;

export interface StatusChoice {
  /** Every valid status, the likeliest first. */
  readonly statuses: readonly CustomerStatus[];
  /** The status surely meant, when there is one. */
  readonly meant?: CustomerStatus;
}

export function statusChoice(value: unknown): StatusChoice {
  if (typeof value !== 'string' || value.trim() === '') return { statuses: STATUSES };
  const typed = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const distance = new Map(STATUSES.map((s) => [s, spellingDistance(typed, s)]));
  const byDistance = [...STATUSES].sort((a, b) => distance.get(a)! - distance.get(b)!);
  const nearest = byDistance[0];
  const unique = distance.get(nearest)! < distance.get(byDistance[1])!;
  const meant = SAME_STATE[typed] ?? (unique && distance.get(nearest)! <= SLIPS ? nearest : undefined);
  return { statuses: meant ? [meant, ...byDistance.filter((s) => s !== meant)] : byDistance, ...(meant && { meant }) };
}
