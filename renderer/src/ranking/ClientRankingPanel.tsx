import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PLAN_NAMES } from '@shared/domain/types';
import { entitlementsFor } from '@shared/plans/index';
import type { Account } from '@shared/schemas/index';
import { useRankingSource } from '../db/ranking';
import { shortcutFor } from '../ui/shortcuts';
import { clockSummary } from '../queue';
import { useNow } from '../ui/useNow';
import { RankingItem } from './RankingItem';
import { targetIndex, type RankMove } from './ranking-model';
import { useRankingMoves } from './useRankingMoves';
import './ranking.css';

const KEY_MOVES: Partial<Record<string, RankMove>> = {
  rankUp: 'up',
  rankDown: 'down',
  rankTop: 'top',
  rankBottom: 'bottom',
};

/** The account's open incidents in the client's order, reordered by drag or Alt+arrows. */
export function ClientRankingPanel({ account }: { account: Account }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const source = useRankingSource(account.id);
  const now = useNow();
  const editable = entitlementsFor(account.plan).incidentRanking;
  const { order: ranked, move, announcement } = useRankingMoves(account.id, source?.incidents);
  // Without the entitlement, keys mean nothing: list by report time, read-only.
  const order = editable
    ? ranked
    : [...ranked].sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
  const [focusId, setFocusId] = useState<string | null>(null);
  const [drag, setDrag] = useState<{ id: string; over: number } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const clocks = useMemo(() => {
    if (!source) return new Map<string, ReturnType<typeof clockSummary>>();
    return new Map(
      source.incidents.map((i) => [
        i.id,
        clockSummary(i, account, source.settings, source.specialEvents, now),
      ]),
    );
  }, [source, account, now]);

  const orderKey = order.map((i) => i.id).join();
  // React may re-insert the moved node, which drops focus: put it back on the moved item.
  useEffect(() => {
    if (focusId === null) return;
    const el = listRef.current?.querySelector<HTMLElement>(
      `[data-incident-id="${CSS.escape(focusId)}"]`,
    );
    if (el && document.activeElement !== el && listRef.current?.contains(document.activeElement))
      el.focus();
  }, [orderKey, focusId]);

  const tabbableId = order.some((i) => i.id === focusId) ? focusId : (order[0]?.id ?? null);

  const onKeyDown = (index: number, id: string) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    const shortcut = shortcutFor(e.nativeEvent, 'ranking');
    if (e.key === 'Enter') {
      e.preventDefault();
      void navigate(`/incidents/${id}`);
      return;
    }
    if (shortcut === null) return;
    e.preventDefault();
    if (shortcut === 'rankFocus') {
      const next =
        order[Math.max(0, Math.min(order.length - 1, index + (e.key === 'ArrowUp' ? -1 : 1)))];
      if (next) {
        setFocusId(next.id);
        listRef.current
          ?.querySelector<HTMLElement>(`[data-incident-id="${CSS.escape(next.id)}"]`)
          ?.focus();
      }
      return;
    }
    const kind = KEY_MOVES[shortcut];
    if (kind && editable) {
      setFocusId(id);
      move(id, targetIndex(index, kind, order.length));
    }
  };

  const onDragOver = (index: number) => (e: DragEvent<HTMLLIElement>) => {
    if (drag === null) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    const rect = e.currentTarget.getBoundingClientRect();
    const over = e.clientY < rect.top + rect.height / 2 ? index : index + 1;
    if (over !== drag.over) setDrag({ ...drag, over });
  };

  const onDrop = (e: DragEvent<HTMLOListElement>) => {
    if (drag === null) return;
    e.preventDefault();
    const from = order.findIndex((i) => i.id === drag.id);
    const to = drag.over > from ? drag.over - 1 : drag.over;
    setDrag(null);
    setFocusId(drag.id);
    move(drag.id, to);
  };

  return (
    <section className="card ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t('queue.ranking.title')}</h2>
      {editable ? (
        <>
          <p className="hint ranking__intro">{t('queue.ranking.intro')}</p>
          <p id="ranking-keyboard-help" className="hint">
            {t('queue.ranking.keyboardHelp')}
          </p>
        </>
      ) : (
        <p className="hint ranking__intro">
          {t('queue.ranking.notIncluded', { plan: PLAN_NAMES[account.plan] })}
        </p>
      )}
      {source === undefined ? (
        <p className="hint">{t('common.loading')}</p>
      ) : order.length === 0 ? (
        <p className="ranking__empty">{t('queue.ranking.empty')}</p>
      ) : (
        <ol
          ref={listRef}
          className="ranking__list"
          aria-label={
            editable ? t('queue.ranking.listLabel') : t('queue.ranking.readOnlyListLabel')
          }
          onDrop={onDrop}
          onDragOver={(e) => {
            if (drag !== null) e.preventDefault();
          }}
        >
          {order.map((incident, index) => (
            <RankingItem
              key={incident.id}
              incident={incident}
              index={index}
              total={order.length}
              clock={clocks.get(incident.id)}
              now={now}
              editable={editable}
              tabbable={incident.id === tabbableId}
              dragging={drag?.id === incident.id}
              dropMark={
                drag === null || drag.id === incident.id
                  ? null
                  : drag.over === index
                    ? 'before'
                    : drag.over === index + 1 && index === order.length - 1
                      ? 'after'
                      : null
              }
              onKeyDown={onKeyDown(index, incident.id)}
              onFocus={() => setFocusId(incident.id)}
              onMove={(to) => {
                setFocusId(incident.id);
                move(incident.id, to);
              }}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', incident.id);
                setDrag({ id: incident.id, over: index });
              }}
              onDragOver={onDragOver(index)}
              onDragEnd={() => setDrag(null)}
            />
          ))}
        </ol>
      )}
      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="ranking-announcement"
      >
        {announcement}
      </p>
    </section>
  );
}
