import { isWorkingTime } from '@shared/calendar/index';
import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { incidentSla, slaAccountOf } from '@shared/sla/index';
import { useTranslation } from 'react-i18next';
import { SlaClockView } from './SlaClockView';
import { useNow } from '../ui/useNow';
import { WhyDueTime } from './WhyDueTime';

interface Props {
  incident: Incident;
  account: Account;
  settings: WorkspaceSettings;
  events: SpecialEvent[];
}

/** Response and resolution clocks, ticking each second while the window is visible. */
export function SlaPanel({ incident, account, settings, events }: Props) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const sla = incidentSla(incident, slaAccountOf(account), settings, events, now);
  const paused = incident.status === 'waiting-on-client';
  const running = paused
    ? 'paused'
    : isWorkingTime(now, sla.explanation.calendar)
      ? 'running'
      : 'off-hours';
  return (
    <>
      <section className="card" aria-labelledby="incident-sla">
        <h2 id="incident-sla">{t('incidents.sla.title')}</h2>
        <SlaClockView
          name={t('incidents.sla.response')}
          clock={sla.response}
          running={running}
          timeZone={account.timeZone}
          coverage={sla.explanation.coverage}
        />
        <SlaClockView
          name={t('incidents.sla.resolution')}
          clock={sla.resolution}
          running={running}
          timeZone={account.timeZone}
          coverage={sla.explanation.coverage}
        />
      </section>
      <WhyDueTime
        sla={sla}
        account={account}
        settings={settings}
        events={events}
        stillWaiting={paused}
      />
    </>
  );
}
