import fc from 'fast-check';
import { generateNKeysBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import type { Ranked } from './keys';
import {
  applyRankUpdates,
  compareRanked,
  dedupeRankKeys,
  keyForInsertAt,
  moveDown,
  moveToBottom,
  moveToIndex,
  moveToTop,
  moveUp,
  rebalanceRankKeys,
  sortByRank,
} from './keys';

const list = (ids: string[]): Ranked[] => {
  const keys = generateNKeysBetween(null, null, ids.length);
  return ids.map((id, i) => ({ id, rankKey: keys[i] ?? null }));
};
const order = (items: Ranked[]) => sortByRank(items).map((i) => i.id);

describe('ranking keys', () => {
  const abc = list(['a', 'b', 'c', 'd']);

  it('compares byte-wise, not by locale', () => {
    // 'Z' (0x5A) sorts before 'a' (0x61) byte-wise; localeCompare would disagree.
    expect(
      order([
        { id: 'x', rankKey: 'a0' },
        { id: 'y', rankKey: 'Zz' },
      ]),
    ).toEqual(['y', 'x']);
  });

  it('breaks ties by id and puts unranked last', () => {
    const items = [
      { id: 'b', rankKey: 'a1' },
      { id: 'z', rankKey: null },
      { id: 'a', rankKey: 'a1' },
    ];
    expect(order(items)).toEqual(['a', 'b', 'z']);
    expect(compareRanked({ id: 'a', rankKey: 'a1' }, { id: 'a', rankKey: 'a1' })).toBe(0);
  });

  it('moves change one key', () => {
    const up = moveUp(abc, 'c');
    expect(up).toHaveLength(1);
    expect(order(applyRankUpdates(abc, up))).toEqual(['a', 'c', 'b', 'd']);
    expect(order(applyRankUpdates(abc, moveDown(abc, 'a')))).toEqual(['b', 'a', 'c', 'd']);
    expect(order(applyRankUpdates(abc, moveToTop(abc, 'd')))).toEqual(['d', 'a', 'b', 'c']);
    expect(order(applyRankUpdates(abc, moveToBottom(abc, 'a')))).toEqual(['b', 'c', 'd', 'a']);
    expect(moveUp(abc, 'a')).toEqual([]);
    expect(() => moveUp(abc, 'nope')).toThrow(RangeError);
  });

  it('inserts between neighbours', () => {
    const k = keyForInsertAt(abc, 2);
    expect(order([...abc, { id: 'new', rankKey: k }])).toEqual(['a', 'b', 'new', 'c', 'd']);
  });

  it('moving next to duplicates re-keys the list', () => {
    const dup = [
      { id: 'a', rankKey: 'a0' },
      { id: 'b', rankKey: 'a1' },
      { id: 'c', rankKey: 'a1' },
      { id: 'd', rankKey: 'a2' },
    ];
    const updates = moveToIndex(dup, 'd', 2);
    expect(order(applyRankUpdates(dup, updates))).toEqual(['a', 'b', 'd', 'c']);
  });

  it('two devices inserting at the same place converge after dedupe', () => {
    const k = keyForInsertAt(abc, 1);
    const merged = [...abc, { id: 'x2', rankKey: k }, { id: 'x1', rankKey: k }];
    expect(order(merged)).toEqual(['a', 'x1', 'x2', 'b', 'c', 'd']);
    const fixes = dedupeRankKeys(merged);
    expect(fixes.map((f) => f.id)).toEqual(['x2']);
    const fixed = applyRankUpdates(merged, fixes);
    expect(order(fixed)).toEqual(['a', 'x1', 'x2', 'b', 'c', 'd']);
    expect(new Set(fixed.map((i) => i.rankKey)).size).toBe(fixed.length);
    // Same input in another order on another device: same fixes.
    expect(dedupeRankKeys([...merged].reverse())).toEqual(fixes);
  });

  it('rebalance keeps the order and spreads keys', () => {
    const items = [
      { id: 'a', rankKey: 'a0V' },
      { id: 'b', rankKey: 'a0VV' },
      { id: 'c', rankKey: null },
    ];
    const fixed = applyRankUpdates(items, rebalanceRankKeys(items));
    expect(order(fixed)).toEqual(['a', 'b', 'c']);
    expect(fixed.map((i) => i.rankKey)).toEqual(['a0', 'a1', 'a2']);
  });

  it('property: random moves keep keys ordered like a model list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.tuple(fc.nat(20), fc.nat(20)), { maxLength: 40 }),
        (n, moves) => {
          const ids = Array.from({ length: n }, (_, i) => `id${i}`);
          let items = list(ids);
          const model = [...ids];
          for (const [a, b] of moves) {
            const id = model[a % n] ?? 'id0';
            const to = b % n;
            items = applyRankUpdates(items, moveToIndex(items, id, to));
            model.splice(model.indexOf(id), 1);
            model.splice(to, 0, id);
            expect(order(items)).toEqual(model);
          }
          expect(new Set(items.map((i) => i.rankKey)).size).toBe(n);
        },
      ),
    );
  });
});
