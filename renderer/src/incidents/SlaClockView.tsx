import type { Coverage } from '@shared/domain/types';
import type { SlaClock, SlaState } from '@shared/sla/index';
import { AlertTriangle, CheckCircle2, Clock, XCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatSlaCountdown, formatSlaTime } from '../ui/duration';
import { formatInZone, localTimeZone } from '@shared/calendar/zoned-time';

interface Props {
  name: string;
  clock: SlaClock;
  running: 'running' | 'paused' | 'off-hours';
  timeZone: string;
  /** The calendar the clock runs on: its time is working time on it. */
  coverage: Coverage;
}

const TONE: Record<SlaState, string> = {
  ok: 'success',
  'at-risk': 'warning',
  breached: 'danger',
  met: 'success',
  superseded: 'neutral',
};
const ICON = {
  ok: Clock,
  'at-risk': AlertTriangle,
  breached: XCircle,
  met: CheckCircle2,
  superseded: Clock,
};

/** One SLA clock: state in words and colour, due time in both zones, live countdown. */
export function SlaClockView({ name, clock, running, timeZone, coverage }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const uiLang = lang.startsWith('fr') ? 'fr' : 'en';
  const local = localTimeZone();
  const Icon = ICON[clock.state];
  const at = (d: Date) => formatInZone(d, timeZone, lang);
  return (
    <div className="inc-sla-clock">
      <div className="inc-sla-clock__head">
        <h3>{name}</h3>
        <span role="status" className={`badge badge--${TONE[clock.state]}`}>
          <Icon size={14} aria-hidden="true" />
          {t(`incidents.sla.state.${clock.state}`)}
        </span>
      </div>
      {clock.stoppedAt === null ? (
        <>
          <p>
            {clock.timeLeftMs >= 0 ? t('incidents.sla.timeLeft') : t('incidents.sla.overdueBy')}{' '}
            <span
              role="timer"
              aria-label={t('incidents.sla.timerLabel', { clock: name })}
              className="inc-sla-clock__timer"
            >
              {formatSlaCountdown(clock.timeLeftMs, coverage, uiLang)}
            </span>
          </p>
          <p className="hint">
            {running === 'paused'
              ? t('incidents.sla.paused')
              : running === 'off-hours'
                ? t('incidents.sla.offHours')
                : t('incidents.sla.running')}
          </p>
        </>
      ) : (
        <p>
          {clock.state === 'breached'
            ? t('incidents.sla.lateAt', { time: at(clock.stoppedAt), zone: timeZone })
            : t('incidents.sla.metAt', { time: at(clock.stoppedAt), zone: timeZone })}
        </p>
      )}
      <p>
        {t('incidents.sla.target', { duration: formatSlaTime(clock.targetMs, coverage, uiLang) })}
      </p>
      <p>{t('incidents.sla.dueAt', { time: at(clock.dueAt), zone: timeZone })}</p>
      {local !== timeZone ? (
        <p className="hint">
          {t('incidents.sla.localTime', {
            time: formatInZone(clock.dueAt, local, lang),
            zone: local,
          })}
        </p>
      ) : null}
      {clock.breachedSince !== null ? (
        <p>{t('incidents.sla.breachedSince', { time: at(clock.breachedSince), zone: timeZone })}</p>
      ) : null}
    </div>
  );
}
