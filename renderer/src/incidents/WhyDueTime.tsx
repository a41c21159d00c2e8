import { PLAN_NAMES } from '@shared/domain/types';
import { slaTargetFor } from '@shared/plans/targets';
import type { Account, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import type { IncidentSla } from '@shared/sla/index';
import { useTranslation } from 'react-i18next';
import { formatSlaTime, formatSpan } from '../ui/duration';
import { summarizeHours } from './sla-format';
import { formatInZone } from './zoned-time';

interface Props {
  sla: IncidentSla;
  account: Account;
  settings: WorkspaceSettings;
  events: SpecialEvent[];
  stillWaiting: boolean;
}

/** The calendar, the rule that chose it, the targets, the pauses and any special event. */
export function WhyDueTime({ sla, account, settings, events, stillWaiting }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const ex = sla.explanation;
  const zone = ex.timeZone;
  const lines: string[] = [];
  if (ex.coverage === '24x7') lines.push(t('incidents.why.calendar24x7', { zone }));
  else if (ex.coverage === '24x5') lines.push(t('incidents.why.calendar24x5', { zone }));
  else {
    lines.push(
      t('incidents.why.calendarBusiness', { zone, spans: summarizeHours(ex.calendar, lang) }),
    );
    const holidays = ex.calendar.holidays?.length ?? 0;
    if (holidays > 0) lines.push(t('incidents.why.holidays', { count: holidays }));
  }
  lines.push(ex.reasonText[lang]);
  const target = slaTargetFor(settings.slaTargets, account.plan, ex.severity);
  lines.push(
    t('incidents.why.targets', {
      severity: ex.severity,
      plan: PLAN_NAMES[account.plan],
      response: formatSlaTime(target.responseMinutes * 60_000, ex.coverage, lang),
      resolution: formatSlaTime(target.resolutionMinutes * 60_000, ex.coverage, lang),
    }),
  );
  if (ex.pausedMs <= 0) lines.push(t('incidents.why.notPaused'));
  else if (ex.pausedMs < 60_000) lines.push(t('incidents.why.pausedShort'));
  else lines.push(t('incidents.why.paused', { duration: formatSpan(ex.pausedMs, lang) }));
  if (stillWaiting) lines.push(t('incidents.why.stillWaiting'));
  const event = events.find((e) => e.id === ex.specialEventId);
  if (event !== undefined) {
    lines.push(
      t('incidents.why.specialEvent', {
        title: event.title,
        start: formatInZone(event.start, zone, i18n.language),
        end: formatInZone(event.end, zone, i18n.language),
      }),
    );
  }
  return (
    <section className="card" aria-labelledby="incident-why">
      <h2 id="incident-why">{t('incidents.why.title')}</h2>
      <ul className="inc-why">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
