import { ChevronDown, ChevronUp, GripVertical } from 'lucide-react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Incident } from '@shared/schemas/index';
import type { ClockSummary } from '../queue';
import { TimeLeft } from '../queue';
import { statusLabel } from '../ui/labels';

interface Props {
  incident: Incident;
  index: number;
  total: number;
  clock: ClockSummary | undefined;
  now: Date;
  editable: boolean;
  tabbable: boolean;
  dropMark: 'before' | 'after' | null;
  dragging: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLLIElement>) => void;
  onFocus: () => void;
  onMove: (toIndex: number) => void;
  onDragStart: (e: DragEvent<HTMLLIElement>) => void;
  onDragOver: (e: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
}

/** One incident of the client's ranking: focusable, draggable, with mouse buttons to move it. */
export function RankingItem(props: Props) {
  const { t } = useTranslation();
  const { incident, index, total, editable } = props;
  const mark = props.dropMark ? ` ranking-item--drop-${props.dropMark}` : '';
  return (
    <li
      className={`ranking-item${props.dragging ? ' ranking-item--dragging' : ''}${mark}`}
      data-incident-id={incident.id}
      tabIndex={props.tabbable ? 0 : -1}
      aria-describedby={editable ? 'ranking-keyboard-help' : undefined}
      draggable={editable}
      onKeyDown={props.onKeyDown}
      onFocus={props.onFocus}
      onDragStart={props.onDragStart}
      onDragOver={props.onDragOver}
      onDragEnd={props.onDragEnd}
    >
      {editable ? (
        <GripVertical className="ranking-item__grip" size={16} aria-hidden="true" />
      ) : null}
      <span className="ranking-item__pos">{index + 1}</span>
      <span className={`badge queue-row__sev queue-row__sev--${incident.severity}`}>
        {t('queue.sev', { severity: incident.severity })}
      </span>
      <span className="ranking-item__main">
        <Link
          to={`/incidents/${incident.id}`}
          tabIndex={-1}
          className="ranking-item__title"
          title={incident.title}
        >
          {incident.title}
        </Link>
        <span className="ranking-item__meta">
          {statusLabel(t, incident.status)}
          {editable && incident.rankKey === null ? ` · ${t('queue.ranking.unranked')}` : ''}
        </span>
      </span>
      {props.clock ? <TimeLeft clock={props.clock} now={props.now} /> : <span />}
      {editable ? (
        <span className="ranking-item__buttons">
          <button
            type="button"
            className="icon-button"
            tabIndex={-1}
            disabled={index === 0}
            aria-label={t('queue.ranking.moveUp', { title: incident.title })}
            onClick={() => props.onMove(index - 1)}
          >
            <ChevronUp size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            tabIndex={-1}
            disabled={index === total - 1}
            aria-label={t('queue.ranking.moveDown', { title: incident.title })}
            onClick={() => props.onMove(index + 1)}
          >
            <ChevronDown size={16} aria-hidden="true" />
          </button>
        </span>
      ) : null}
    </li>
  );
}
