import type { SlaClockName } from '@shared/sla/index';
import { useTranslation } from 'react-i18next';
import { formatSlaTime } from '../ui/duration';
import type { SeverityChangePreview } from './severity-preview';
import { clockOutcome, targetCoverage } from './sla-timeline';
import { formatWeekdayInZone } from '@shared/calendar/zoned-time';

interface Props {
  preview: SeverityChangePreview;
  timeZone: string;
}

const CLOCKS: SlaClockName[] = ['response', 'resolution'];

/** What the change does: the old severity's clocks as they stop, the new ones as they start. */
export function SeverityChangeSummary({ preview, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const at = (d: Date) => formatWeekdayInZone(d, timeZone, i18n.language);
  const name = (clock: SlaClockName) => t(`incidents.why.clock.${clock}`);
  const { ended, started } = preview;
  if (ended === null || started === null) return <p>{t('incidents.change.noClocks')}</p>;

  const oldLine = (clock: SlaClockName) => {
    const o = clockOutcome(ended[clock], ended);
    if (o.kind === 'breached' || o.kind === 'met-late') {
      return t('incidents.change.oldBreached', { clock: name(clock) });
    }
    if (o.kind === 'superseded') {
      const left = formatSlaTime(o.leftMs, targetCoverage(ended.coverage[clock]), lang);
      return t('incidents.change.oldLeft', { clock: name(clock), left });
    }
    return t('incidents.change.oldMet', { clock: name(clock) });
  };
  const newLine = (clock: SlaClockName) => {
    const o = clockOutcome(started[clock], started);
    if (o.kind === 'given-before') {
      return t('incidents.change.newGiven', { clock: name(clock), time: at(o.at) });
    }
    return t('incidents.change.newDue', {
      clock: name(clock),
      time: at(started[clock].dueAt),
      zone: timeZone,
    });
  };

  return (
    <div className="inc-change" data-testid="severity-change-summary">
      <p>{t('incidents.change.oldStop', { severity: preview.from })}</p>
      <ul>
        {CLOCKS.map((clock) => (
          <li key={clock}>{oldLine(clock)}</li>
        ))}
      </ul>
      <p>{t('incidents.change.newStart', { severity: preview.to })}</p>
      <ul>
        {CLOCKS.map((clock) => (
          <li key={clock}>{newLine(clock)}</li>
        ))}
      </ul>
      <p>{t('incidents.change.coverage', { reason: preview.sla.explanation.reasonText[lang] })}</p>
    </div>
  );
}
