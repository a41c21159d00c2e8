import type { Account, SpecialEvent } from '@shared/schemas/index';
import type { IncidentSla } from '@shared/sla/index';
import { useTranslation } from 'react-i18next';
import { summarizeHours } from './sla-format';
import { formatInZone } from '@shared/calendar/zoned-time';

interface Props {
  sla: IncidentSla;
  account: Account;
  events: SpecialEvent[];
}

/** What each coverage on the timeline counts, and the special events that opened 24x7 windows. */
export function CoverageCalendars({ sla, account, events }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const zone = account.timeZone;
  const spans = sla.segments.flatMap((s) => [...s.coverage.response, ...s.coverage.resolution]);
  const has = (coverage: string) => spans.some((s) => s.coverage === coverage);
  const eventIds = new Set(spans.map((s) => s.specialEventId).filter((id) => id !== null));
  const lines: string[] = [];
  if (has('business-hours')) {
    lines.push(
      t('incidents.why.calendarBusiness', {
        zone,
        spans: summarizeHours(account.businessCalendar, lang),
      }),
    );
  }
  if (has('24x5')) lines.push(t('incidents.why.calendar24x5', { zone }));
  if (has('24x7')) lines.push(t('incidents.why.calendar24x7', { zone }));
  for (const event of events) {
    if (!eventIds.has(event.id)) continue;
    lines.push(
      t('incidents.why.specialEvent', {
        title: event.title,
        start: formatInZone(event.start, zone, i18n.language),
        end: formatInZone(event.end, zone, i18n.language),
      }),
    );
  }
  return (
    <ul className="inc-why">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
