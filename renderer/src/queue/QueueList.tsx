import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { shortcutFor } from '../ui/shortcuts';
import type { QueueRow } from './queue-model';
import type { QueueView } from './queue-view';
import { useQueueUi } from './queue-store';
import { optionId, QueueRowView } from './QueueRowView';

const ROW_HEIGHT = 72;

/**
 * The queue as a virtualized single-select listbox: only the visible rows are in the DOM;
 * focus stays on the list and aria-activedescendant names the active row. Rows are built only
 * for what is on screen: the view holds the whole queue as typed arrays.
 */
export function QueueList({ rows, now }: { rows: QueueView; now: Date }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeId = useQueueUi((s) => s.activeId);
  const setActiveId = useQueueUi((s) => s.setActiveId);
  const activeIndex = activeId === null ? -1 : rows.indexOf(activeId);

  // Items keyed by index (the default): rows have one fixed height, and a key per incident
  // would make the virtualizer walk every row again each time the order changes (every tick).
  // TanStack Virtual is imperative by design; we use no compiler memoization here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  const open = useCallback(
    (row: QueueRow) => {
      setActiveId(row.incident.id);
      void navigate(`/incidents/${row.incident.id}`);
    },
    [navigate, setActiveId],
  );

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows.at(i);
    if (row === undefined) return;
    setActiveId(row.incident.id);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const id = shortcutFor(e.nativeEvent, 'queue');
    if (id === null || id === 'queueSearch') return;
    e.preventDefault();
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const from = activeIndex < 0 ? -1 : activeIndex;
    if (e.key === 'ArrowDown') moveTo(from + 1);
    else if (e.key === 'ArrowUp') moveTo(Math.max(0, from - 1));
    else if (e.key === 'PageDown') moveTo(from + page);
    else if (e.key === 'PageUp') moveTo(from - page);
    else if (e.key === 'Home') moveTo(0);
    else if (e.key === 'End') moveTo(rows.length - 1);
    else if (e.key === 'Enter') {
      const row = rows.at(activeIndex);
      if (row) open(row);
    }
  };

  const activeRow = rows.at(activeIndex);
  return (
    <div
      ref={scrollRef}
      className="queue-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('queue.listLabel')}
      aria-describedby="queue-keyboard-hint"
      aria-activedescendant={activeRow ? optionId(activeRow.incident.id) : undefined}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target === e.currentTarget && activeIndex < 0 && rows.length > 0) moveTo(0);
      }}
    >
      <div className="queue-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows.at(v.index);
          if (row === undefined) return null;
          return (
            <QueueRowView
              key={v.key}
              row={row}
              index={v.index}
              total={rows.length}
              active={v.index === activeIndex}
              now={now}
              top={v.start}
              height={v.size}
              onOpen={open}
            />
          );
        })}
      </div>
    </div>
  );
}
