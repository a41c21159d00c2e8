import { ListOrdered, SearchX } from 'lucide-react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueueSource } from '../db/queue';
import { isEditableTarget, matchesShortcut } from '../ui/shortcuts';
import { EmptyState } from '../ui/EmptyState';
import { Page } from '../ui/Page';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';
import { NO_FILTERS, queueFacets } from './queue-model';
import { useQueueUi } from './queue-store';
import { fixedFilterMask, queueView, warmFolds } from './queue-view';
import { useNow } from '../ui/useNow';
import { useQueue } from './useQueue';
import './queue.css';
import { numberFormat } from '@shared/intl';

/** The delivery manager's queue: every open incident, most urgent first, with the reasons why. */
export function QueuePage() {
  const { t, i18n } = useTranslation();
  const source = useQueueSource();
  const { snapshot, error } = useQueue(source, useNow());
  const filters = useQueueUi((s) => s.filters);
  const clearFilters = useQueueUi((s) => s.clearFilters);
  const searchRef = useRef<HTMLInputElement>(null);

  // Per tick the worker sends a new snapshot: only the state filters and the list re-run here.
  const table = snapshot?.table;
  // The same list object until an account joins or leaves the queue (or is edited).
  const inQueue = table?.inQueue;
  const facets = useMemo(() => queueFacets(inQueue ?? []), [inQueue]);
  const mask = useMemo(() => (table ? fixedFilterMask(table, filters) : null), [table, filters]);
  // A partial snapshot (the most urgent rows, first on a large book) is shown unfiltered.
  const shown = useMemo(
    () =>
      snapshot
        ? queueView(
            snapshot,
            snapshot.partial ? null : mask,
            snapshot.partial ? NO_FILTERS : filters,
          )
        : null,
    [snapshot, mask, filters],
  );
  useEffect(() => (table ? warmFolds(table) : undefined), [table]);
  const at = snapshot?.now;
  const now = useMemo(() => (at === undefined ? null : new Date(at)), [at]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditableTarget(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (!matchesShortcut(e, 'queueSearch')) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (error !== null) throw error; // as a failed computation on this thread would
  const number = numberFormat(i18n.language);
  return (
    <Page title={t('nav.queue')}>
      {snapshot === null || shown === null || now === null ? (
        <p className="hint">{t('common.loading')}</p>
      ) : snapshot.partial ? (
        <>
          <div className="queue-summary">
            <p className="queue-summary__count" role="status">
              {t('queue.ordering', { shown: number.format(snapshot.length) })}
            </p>
            <p id="queue-keyboard-hint" className="hint queue-summary__hint">
              {t('queue.keyboardHint')}
            </p>
          </div>
          <QueueList rows={shown} now={now} />
        </>
      ) : snapshot.length === 0 ? (
        <EmptyState
          icon={ListOrdered}
          title={t('empty.queue.title')}
          body={t('empty.queue.body')}
        />
      ) : (
        <>
          <QueueFilters facets={facets} searchRef={searchRef} />
          <div className="queue-summary">
            <p className="queue-summary__count" role="status">
              {t('queue.count', {
                shown: number.format(shown.length),
                total: number.format(snapshot.length),
              })}
            </p>
            <p id="queue-keyboard-hint" className="hint queue-summary__hint">
              {t('queue.keyboardHint')}
            </p>
          </div>
          {shown.length === 0 ? (
            <EmptyState
              icon={SearchX}
              title={t('queue.noMatchTitle')}
              body={t('queue.noMatchBody')}
            >
              <button type="button" onClick={clearFilters}>
                {t('queue.clearFilters')}
              </button>
            </EmptyState>
          ) : (
            <QueueList rows={shown} now={now} />
          )}
        </>
      )}
    </Page>
  );
}
