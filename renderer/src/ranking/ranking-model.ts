import {
  compareKeys,
  compareRanked,
  moveToIndex,
  rankKeyBetween,
  type RankUpdate,
} from '@shared/ranking/index';
import type { Incident } from '@shared/schemas/index';

type RankedIncident = Pick<Incident, 'id' | 'rankKey' | 'reportedAt'>;

/**
 * The client's order: ranked incidents by key (then id), then the unranked ones by report time
 * (oldest first), so a never-ranked account reads naturally.
 */
export function rankingOrder<T extends RankedIncident>(incidents: readonly T[]): T[] {
  return [...incidents].sort((a, b) => {
    if (a.rankKey !== null || b.rankKey !== null) return compareRanked(a, b);
    return compareKeys(a.reportedAt, b.reportedAt) || compareKeys(a.id, b.id);
  });
}

/**
 * Key changes that move `id` to `toIndex` of `order` (as shown). Unranked incidents are given
 * keys after the last ranked one, in the shown order, on the first move; then the shared
 * moveToIndex places the moved one. Returns only the keys that change.
 */
export function planRankMove(
  order: readonly RankedIncident[],
  id: string,
  toIndex: number,
): RankUpdate[] {
  const keys = new Map<string, string>();
  let last: string | null = null;
  for (const item of order) {
    if (item.rankKey !== null) {
      last = item.rankKey;
      continue;
    }
    last = rankKeyBetween(last, null);
    keys.set(item.id, last);
  }
  const keyed = order.map((i) => ({ id: i.id, rankKey: keys.get(i.id) ?? i.rankKey }));
  for (const u of moveToIndex(keyed, id, toIndex)) keys.set(u.id, u.rankKey);
  const before = new Map(order.map((i) => [i.id, i.rankKey]));
  return [...keys]
    .filter(([k, rankKey]) => before.get(k) !== rankKey)
    .map(([k, rankKey]) => ({ id: k, rankKey }));
}

export type RankMove = 'up' | 'down' | 'top' | 'bottom';

/** Target index for a keyboard move, clamped to the list. */
export function targetIndex(from: number, move: RankMove, length: number): number {
  const to =
    move === 'up' ? from - 1 : move === 'down' ? from + 1 : move === 'top' ? 0 : length - 1;
  return Math.max(0, Math.min(length - 1, to));
}
