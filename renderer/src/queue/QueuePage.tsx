import { ListOrdered, SearchX } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueueSource } from '../db/queue';
import { isEditableTarget, matchesShortcut } from '../palette/shortcuts';
import { EmptyState } from '../ui/EmptyState';
import { Page } from '../ui/Page';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';
import { buildQueue, ClockCache, filterQueue, queueFacets } from './queue-model';
import { useQueueUi } from './queue-store';
import { useNow } from '../ui/useNow';
import './queue.css';

/** The delivery manager's queue: every open incident, most urgent first, with the reasons why. */
export function QueuePage() {
  const { t, i18n } = useTranslation();
  const source = useQueueSource();
  const now = useNow();
  const [cache] = useState(() => new ClockCache());
  const filters = useQueueUi((s) => s.filters);
  const clearFilters = useQueueUi((s) => s.clearFilters);
  const searchRef = useRef<HTMLInputElement>(null);

  const rows = useMemo(() => (source ? buildQueue(source, now, cache) : []), [source, now, cache]);
  const shown = useMemo(() => filterQueue(rows, filters), [rows, filters]);
  const facets = useMemo(() => queueFacets(rows), [rows]);

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

  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Page title={t('nav.queue')}>
      {source === undefined ? (
        <p className="hint">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
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
                total: number.format(rows.length),
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
