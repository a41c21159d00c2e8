import { isWorkingTime } from '@shared/calendar/index';
import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { incidentSla, slaAccountOf } from '@shared/sla/index';
import { useTranslation } from 'react-i18next';
import { useNow } from '../ui/useNow';
import { BreachHistory } from './BreachHistory';
import { SlaClockView } from './SlaClockView';
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
  const { clocks } = sla.explanation;
  const running = (clock: 'response' | 'resolution') =>
    paused ? 'paused' : isWorkingTime(now, clocks[clock].calendar) ? 'running' : 'off-hours';
  return (
    <>
      <section className="card" aria-labelledby="incident-sla">
        <h2 id="incident-sla">{t('incidents.sla.title')}</h2>
        <SlaClockView
          name={t('incidents.sla.response')}
          clock={sla.response}
          running={running('response')}
          timeZone={account.timeZone}
          coverage={clocks.response.coverage}
        />
        <SlaClockView
          name={t('incidents.sla.resolution')}
          clock={sla.resolution}
          running={running('resolution')}
          timeZone={account.timeZone}
          coverage={clocks.resolution.coverage}
        />
        <BreachHistory sla={sla} timeZone={account.timeZone} />
      </section>
      <WhyDueTime
        incident={incident}
        sla={sla}
        account={account}
        settings={settings}
        events={events}
        now={now}
      />
    </>
  );
}
