import { PLAN_NAMES } from '@shared/domain/types';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { compactReasons, uiLang } from './format';
import type { QueueRow } from './queue-model';
import { TimeLeft } from './TimeLeft';

interface Props {
  row: QueueRow;
  index: number;
  total: number;
  active: boolean;
  now: Date;
  top: number;
  height: number;
  onOpen: (row: QueueRow, index: number) => void;
}

export const optionId = (incidentId: string): string => `queue-option-${incidentId}`;

/** One queue row (a listbox option); memoized so scrolling re-renders only entering rows. */
export const QueueRowView = memo(function QueueRowView({
  row,
  index,
  total,
  active,
  now,
  top,
  height,
  onOpen,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = uiLang(i18n.language);
  const { incident, account } = row;
  const sev = incident.severity;
  const reasons = compactReasons(row, now, t, lang).join(' · ');
  return (
    <div
      id={optionId(incident.id)}
      role="option"
      aria-selected={active}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={`queue-row${active ? ' queue-row--active' : ''}`}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={() => onOpen(row, index)}
    >
      <span className="queue-row__pos">{index + 1}</span>
      <span className={`badge queue-row__sev queue-row__sev--${sev}`}>
        {t('queue.sev', { severity: sev })}
      </span>
      <span className="queue-row__main">
        <span className="queue-row__title" title={incident.title}>
          {incident.title}
        </span>
        <span className="queue-row__reasons" title={reasons}>
          {reasons}
        </span>
      </span>
      <span className="queue-row__account">
        <span className="queue-row__account-name" title={account.name}>
          {account.name}
        </span>
        <span className="queue-row__meta">
          {PLAN_NAMES[account.plan]} ·{' '}
          {account.sdmName ? t('queue.sdmLabel', { name: account.sdmName }) : t('queue.noSdm')}
        </span>
      </span>
      <span className="queue-row__status">{t(`queue.statusName.${incident.status}`)}</span>
      <TimeLeft clock={row.shown} now={now} />
    </div>
  );
});
