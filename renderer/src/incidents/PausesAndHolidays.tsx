import type { Incident } from '@shared/schemas/index';
import { waitingOnClientPauses, type IncidentSla } from '@shared/sla/index';
import { useTranslation } from 'react-i18next';
import { formatSpan } from '../ui/duration';
import { holidaysInTimeline } from './sla-timeline';
import { formatDateKey, formatWeekdayInZone } from '@shared/calendar/zoned-time';

interface Props {
  incident: Incident;
  sla: IncidentSla;
  timeZone: string;
  now: Date;
}

/** The holidays on the timeline by date, weekday and name; the time waiting on the client. */
export function PausesAndHolidays({ incident, sla, timeZone, now }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const at = (d: Date) => formatWeekdayInZone(d, timeZone, i18n.language);
  const holidays = holidaysInTimeline(sla, now);
  const pausedMs = sla.explanation.pausedMs;
  const waiting = incident.status === 'waiting-on-client';
  const pauses = waitingOnClientPauses(incident.statusHistory, now);
  return (
    <>
      {holidays.length > 0 ? (
        <>
          <p>{t('incidents.why.holidays')}</p>
          <ul className="inc-why" data-testid="why-holidays">
            {holidays.map((h) => (
              <li key={h.date}>
                {h.name === null
                  ? t('incidents.why.holidayUnnamed', {
                      date: formatDateKey(h.date, i18n.language),
                    })
                  : t('incidents.why.holiday', {
                      date: formatDateKey(h.date, i18n.language),
                      name: h.name,
                    })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        {pausedMs <= 0
          ? t('incidents.why.notPaused')
          : pausedMs < 60_000
            ? t('incidents.why.pausedShort')
            : t('incidents.why.paused', { duration: formatSpan(pausedMs, lang) })}
        {waiting ? ` ${t('incidents.why.stillWaiting')}` : ''}
      </p>
      {pauses.length > 0 ? (
        <ul className="inc-why">
          {pauses.map((p) => (
            <li key={p.from.toISOString()}>
              {waiting && p.to.getTime() >= now.getTime()
                ? t('incidents.why.pauseOpen', { from: at(p.from) })
                : t('incidents.why.pauseSpan', { from: at(p.from), to: at(p.to) })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
