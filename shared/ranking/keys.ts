import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** An item in a client's ranking; a null key means "not ranked" (sorts last). */
export interface Ranked {
  id: string;
  rankKey: string | null;
}

export interface RankUpdate {
  id: string;
  rankKey: string;
}

/**
 * Byte-wise order (keys are ASCII, so UTF-16 code-unit order is byte order).
 * Never localeCompare: collation differs between machines and breaks sync.
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Key, then id, so two devices inserting the same key still agree on one order. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.rankKey !== b.rankKey) {
    if (a.rankKey === null) return 1;
    if (b.rankKey === null) return -1;
    const c = compareKeys(a.rankKey, b.rankKey);
    if (c !== 0) return c;
  }
  return compareKeys(a.id, b.id);
}

export function sortByRank<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort(compareRanked);
}

export function rankKeyBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** Fresh, evenly spread keys for the given order; returns only the changed ones. */
function rekey(order: readonly Ranked[]): RankUpdate[] {
  const keys = generateNKeysBetween(null, null, order.length);
  const out: RankUpdate[] = [];
  order.forEach((item, i) => {
    const k = keys[i];
    if (k !== undefined && k !== item.rankKey) out.push({ id: item.id, rankKey: k });
  });
  return out;
}

/** Re-keys the whole list in its current order. */
export function rebalanceRankKeys(items: readonly Ranked[]): RankUpdate[] {
  return rekey(sortByRank(items));
}

/** Key for a new item inserted at `index` of the ranked order. */
export function keyForInsertAt(items: readonly Ranked[], index: number): string {
  const keyed = sortByRank(items).filter((i) => i.rankKey !== null);
  const at = Math.max(0, Math.min(index, keyed.length));
  const before = keyed[at - 1]?.rankKey ?? null;
  const after = keyed[at]?.rankKey ?? null;
  if (before !== null && after !== null && compareKeys(before, after) >= 0) {
    // Duplicates around the slot: append after the run; callers should dedupe.
    return generateKeyBetween(
      before,
      keyed.find((k) => compareKeys(k.rankKey ?? '', before) > 0)?.rankKey ?? null,
    );
  }
  return generateKeyBetween(before, after);
}

/**
 * Moves one item to `toIndex` of the ranked order. Usually one update (the moved
 * item); when neighbours are unranked or share a key, the list is re-keyed.
 */
export function moveToIndex(items: readonly Ranked[], id: string, toIndex: number): RankUpdate[] {
  const sorted = sortByRank(items);
  const from = sorted.findIndex((i) => i.id === id);
  const moved = sorted[from];
  if (moved === undefined) throw new RangeError(`No ranked item with id "${id}".`);
  const rest = sorted.filter((_, i) => i !== from);
  const to = Math.max(0, Math.min(Math.trunc(toIndex), rest.length));
  const order = [...rest.slice(0, to), moved, ...rest.slice(to)];
  if (to === from && moved.rankKey !== null) return [];
  const prev = rest[to - 1];
  const next = rest[to];
  const before = prev?.rankKey ?? null;
  const after = next?.rankKey ?? null;
  const prevUnranked = prev !== undefined && before === null;
  if (prevUnranked || (before !== null && after !== null && compareKeys(before, after) >= 0)) {
    return rekey(order);
  }
  try {
    return [{ id, rankKey: generateKeyBetween(before, after) }];
  } catch {
    return rekey(order); // a malformed stored key: start over
  }
}

function indexOf(items: readonly Ranked[], id: string): number {
  return sortByRank(items).findIndex((i) => i.id === id);
}

export function moveUp(items: readonly Ranked[], id: string): RankUpdate[] {
  return moveToIndex(items, id, Math.max(0, indexOf(items, id) - 1));
}

export function moveDown(items: readonly Ranked[], id: string): RankUpdate[] {
  return moveToIndex(items, id, indexOf(items, id) + 1);
}

export function moveToTop(items: readonly Ranked[], id: string): RankUpdate[] {
  return moveToIndex(items, id, 0);
}

export function moveToBottom(items: readonly Ranked[], id: string): RankUpdate[] {
  return moveToIndex(items, id, items.length);
}

/**
 * Gives duplicate keys distinct ones, deterministically: within a run of equal
 * keys the smallest id keeps it, the others get keys between it and the next
 * distinct key, in id order. Two devices running this agree on the result.
 */
export function dedupeRankKeys(items: readonly Ranked[]): RankUpdate[] {
  const keyed = sortByRank(items).filter((i) => i.rankKey !== null);
  const out: RankUpdate[] = [];
  let i = 0;
  while (i < keyed.length) {
    const key = keyed[i]?.rankKey ?? '';
    let j = i + 1;
    while (j < keyed.length && keyed[j]?.rankKey === key) j++;
    if (j - i > 1) {
      const fresh = generateNKeysBetween(key, keyed[j]?.rankKey ?? null, j - i - 1);
      for (let k = i + 1; k < j; k++) {
        const item = keyed[k];
        const rankKey = fresh[k - i - 1];
        if (item !== undefined && rankKey !== undefined) out.push({ id: item.id, rankKey });
      }
    }
    i = j;
  }
  return out;
}

/** Applies updates to a list, returning new objects for changed items. */
export function applyRankUpdates<T extends Ranked>(
  items: readonly T[],
  updates: RankUpdate[],
): T[] {
  const byId = new Map(updates.map((u) => [u.id, u.rankKey]));
  return items.map((it) => {
    const k = byId.get(it.id);
    return k === undefined ? it : { ...it, rankKey: k };
  });
}
