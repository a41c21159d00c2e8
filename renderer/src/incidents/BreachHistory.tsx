import type { IncidentSla } from '@shared/sla/index';
import { useTranslation } from 'react-i18next';
import { earlierBreaches } from './sla-timeline';
import { formatWeekdayInZone } from '@shared/calendar/zoned-time';

interface Props {
  sla: IncidentSla;
  timeZone: string;
}

/**
 * Breaches under an earlier severity: a severity change never erases one, so the page keeps
 * saying it after the clocks that incurred them have stopped. Nothing when there are none.
 */
export function BreachHistory({ sla, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const breaches = earlierBreaches(sla);
  if (breaches.length === 0) return null;
  return (
    <div className="inc-breaches">
      <h3>{t('incidents.breaches.title')}</h3>
      <ul>
        {breaches.map((b) => (
          <li key={`${b.clock}-${b.at.toISOString()}`}>
            {t('incidents.breaches.earlier', {
              clock: t(`incidents.breaches.clock.${b.clock}`),
              severity: b.severity,
              time: formatWeekdayInZone(b.at, timeZone, i18n.language),
              zone: timeZone,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
