import { PLAN_NAMES } from '@shared/domain/types';
import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import type { IncidentSla } from '@shared/sla/index';
import { useTranslation } from 'react-i18next';
import { CoverageCalendars } from './CoverageCalendars';
import { PausesAndHolidays } from './PausesAndHolidays';
import { SlaSegmentView } from './SlaSegmentView';

interface Props {
  incident: Incident;
  sla: IncidentSla;
  account: Account;
  settings: WorkspaceSettings;
  events: SpecialEvent[];
  now: Date;
}

/**
 * The SLA timeline in words: each severity segment with its targets, each clock's outcome and
 * coverage span by span; then the calendars, special events, holidays and pauses behind it.
 */
export function WhyDueTime({ incident, sla, account, settings, events, now }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="incident-why">
      <h2 id="incident-why">{t('incidents.why.title')}</h2>
      <p className="hint">{t('incidents.why.currentRules', { plan: PLAN_NAMES[account.plan] })}</p>
      <ol className="inc-timeline" aria-label={t('incidents.why.title')}>
        {sla.segments.map((segment) => (
          <SlaSegmentView
            key={segment.from.toISOString()}
            segment={segment}
            account={account}
            settings={settings}
          />
        ))}
      </ol>
      <CoverageCalendars sla={sla} account={account} events={events} />
      <PausesAndHolidays incident={incident} sla={sla} timeZone={account.timeZone} now={now} />
    </section>
  );
}
