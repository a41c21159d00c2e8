import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankUpdate } from '@shared/ranking/index';
import type { Incident } from '@shared/schemas/index';
import { applyClientRankMove } from '../db/ranking';
import { reportError } from '../ui/errors';
import { planRankMove, rankingOrder } from './ranking-model';

interface State {
  /** Keys written but maybe not yet back from the live query: applied on top of it. */
  overrides: Record<string, string>;
  seen: readonly Incident[] | undefined;
}

/** Drops overrides the live data has caught up with, so later remote changes show through. */
function prune(
  overrides: Record<string, string>,
  live: readonly Incident[],
): Record<string, string> {
  const keyOf = new Map(live.map((i) => [i.id, i.rankKey]));
  return Object.fromEntries(Object.entries(overrides).filter(([id, k]) => keyOf.get(id) !== k));
}

/**
 * The client's order with optimistic moves: a move shows at once (so quick repeated Alt+↑ build on
 * each other), is written through the db layer, and is announced in the live region.
 */
export function useRankingMoves(accountId: string, live: readonly Incident[] | undefined) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ overrides: {}, seen: live });
  const [announcement, setAnnouncement] = useState('');
  let overrides = state.overrides;
  if (state.seen !== live) {
    overrides = live ? prune(state.overrides, live) : state.overrides;
    setState({ overrides, seen: live });
  }
  const order = rankingOrder(
    (live ?? []).map((i) => {
      const k = overrides[i.id];
      return k === undefined ? i : { ...i, rankKey: k };
    }),
  );

  const move = (id: string, toIndex: number): void => {
    const from = order.findIndex((i) => i.id === id);
    const item = order[from];
    if (item === undefined) return;
    const to = Math.max(0, Math.min(order.length - 1, toIndex));
    const params = { title: item.title, position: to + 1, total: order.length };
    const updates: RankUpdate[] = from === to ? [] : planRankMove(order, id, to);
    if (updates.length === 0) {
      setAnnouncement(t('queue.ranking.notMoved', params));
      return;
    }
    setState((s) => ({
      ...s,
      overrides: { ...s.overrides, ...Object.fromEntries(updates.map((u) => [u.id, u.rankKey])) },
    }));
    setAnnouncement(t('queue.ranking.moved', params));
    applyClientRankMove(accountId, updates).catch((error: unknown) => {
      setState((s) => ({ ...s, overrides: {} }));
      reportError(error);
    });
  };

  return { order, move, announcement };
}
