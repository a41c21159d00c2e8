import { describe, expect, it } from 'vitest';
import { applyRankUpdates, sortByRank } from '@shared/ranking/index';
import type { Incident } from '@shared/schemas/index';
import type { StewardDatabase } from '../db/database';
import { withTestDatabase } from '../db/test-database';
import { applyClientRankMove } from '../db/ranking';
import { planRankMove, rankingOrder, targetIndex } from './ranking-model';

type Item = { id: string; rankKey: string | null; reportedAt: string };
const item = (
  id: string,
  rankKey: string | null,
  reportedAt = '2026-03-01T00:00:00.000Z',
): Item => ({
  id,
  rankKey,
  reportedAt,
});
const ids = (items: Item[]) => items.map((i) => i.id);
const after = (order: Item[], id: string, to: number) =>
  ids(rankingOrder(applyRankUpdates(order, planRankMove(order, id, to))));

describe('rankingOrder', () => {
  it('puts ranked incidents first by key, then unranked by report time', () => {
    const order = rankingOrder([
      item('late', null, '2026-03-03T00:00:00.000Z'),
      item('b', 'a1'),
      item('early', null, '2026-03-01T00:00:00.000Z'),
      item('a', 'a0'),
    ]);
    expect(ids(order)).toEqual(['a', 'b', 'early', 'late']);
  });
});

describe('planRankMove', () => {
  const ranked = [item('a', 'a0'), item('b', 'a1'), item('c', 'a2'), item('d', 'a3')];

  it('changes only the moved key when neighbours are ranked', () => {
    const updates = planRankMove(ranked, 'c', 1);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.id).toBe('c');
    expect(after(ranked, 'c', 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(after(ranked, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(after(ranked, 'a', 3)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('gives unranked incidents keys in the shown order on the first move', () => {
    const order = rankingOrder([
      item('x', null, '2026-03-01T00:00:00.000Z'),
      item('y', null, '2026-03-02T00:00:00.000Z'),
      item('z', null, '2026-03-03T00:00:00.000Z'),
    ]);
    const updates = planRankMove(order, 'z', 1);
    expect(updates.map((u) => u.id).sort()).toEqual(['x', 'y', 'z']);
    const next = applyRankUpdates(order, updates);
    expect(ids(sortByRank(next))).toEqual(['x', 'z', 'y']);
    expect(next.every((i) => i.rankKey !== null)).toBe(true);
  });

  it('returns nothing for a move to the same place', () => {
    expect(planRankMove(ranked, 'b', 1)).toEqual([]);
  });

  it('clamps keyboard targets to the list', () => {
    expect(targetIndex(0, 'up', 4)).toBe(0);
    expect(targetIndex(3, 'down', 4)).toBe(3);
    expect(targetIndex(2, 'top', 4)).toBe(0);
    expect(targetIndex(1, 'bottom', 4)).toBe(3);
  });
});

describe('applyClientRankMove', () => {
  let db: StewardDatabase;
  const base: Omit<Incident, 'id' | 'accountId' | 'title' | 'rankKey'> = {
    description: '',
    severity: 3,
    severityHistory: [],
    status: 'new',
    statusHistory: [],
    category: 'application',
    interfaceId: null,
    extensionId: null,
    reportedAt: '2026-03-01T00:00:00.000Z',
    respondedAt: null,
    resolvedAt: null,
    workaroundAt: null,
    liveAssessment: null,
    owner: null,
    updatedAt: '2026-03-01T00:00:00.000Z',
    deletedAt: null,
  };

  withTestDatabase('ranking-test', async (opened) => {
    db = opened;
    await db.incidents.bulkPut([
      { ...base, id: 'a', accountId: 'acc', title: 'A', rankKey: 'a0' },
      { ...base, id: 'b', accountId: 'acc', title: 'B', rankKey: 'a1' },
      { ...base, id: 'other', accountId: 'acc-2', title: 'O', rankKey: null },
    ]);
  });
  it('writes only the changed keys, each with an outbox entry', async () => {
    await applyClientRankMove('acc', [{ id: 'b', rankKey: 'Zz' }]);
    expect((await db.incidents.get('b'))?.rankKey).toBe('Zz');
    expect((await db.incidents.get('a'))?.rankKey).toBe('a0');
    const outbox = await db.outbox.toArray();
    expect(outbox.map((o) => [o.recordId, o.fields.rankKey])).toEqual([['b', 'Zz']]);
  });

  it('refuses a batch touching another account, and writes none of it', async () => {
    await expect(
      applyClientRankMove('acc', [
        { id: 'a', rankKey: 'a5' },
        { id: 'other', rankKey: 'a0' },
      ]),
    ).rejects.toThrow(/does not belong/);
    expect((await db.incidents.get('a'))?.rankKey).toBe('a0');
    expect(await db.outbox.count()).toBe(0);
  });
});
