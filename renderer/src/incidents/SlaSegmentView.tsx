import { PLAN_NAMES } from '@shared/domain/types';
import { describeCoverageReason } from '@shared/plans/coverage';
import { slaTargetFor } from '@shared/plans/targets';
import type { Account, WorkspaceSettings } from '@shared/schemas/index';
import type { SlaClockName, SlaSegment } from '@shared/sla/index';
import { useTranslation } from 'react-i18next';
import { formatSlaTime } from '../ui/duration';
import { clockOutcome, coverageLines, targetCoverage, type ClockOutcome } from './sla-timeline';
import { formatWeekdayInZone } from '@shared/calendar/zoned-time';
import { severityName } from '../ui/labels';

interface Props {
  segment: SlaSegment;
  account: Account;
  settings: WorkspaceSettings;
}

const CLOCKS: SlaClockName[] = ['response', 'resolution'];

/** One severity segment: its span, targets, each clock's outcome and coverage in words. */
export function SlaSegmentView({ segment, account, settings }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const zone = account.timeZone;
  const at = (d: Date) => formatWeekdayInZone(d, zone, i18n.language);
  const name = severityName(t, segment.severity);
  const target = slaTargetFor(settings.slaTargets, account.plan, segment.severity);
  const lines = coverageLines(segment);
  const reasons = [...new Set(CLOCKS.flatMap((c) => segment.coverage[c].map((s) => s.reason)))].map(
    (r) => describeCoverageReason(r, account.plan, lang),
  );

  const outcomeText = (clock: SlaClockName): string => {
    const o: ClockOutcome = clockOutcome(segment[clock], segment);
    switch (o.kind) {
      case 'given-before':
      case 'met':
        return t(`incidents.why.outcome.${o.kind}`, { time: at(o.at) });
      case 'met-late':
        return t('incidents.why.outcome.met-late', { since: at(o.since), time: at(o.at) });
      case 'breached':
        return o.endedAt === null
          ? t('incidents.why.outcome.breached', { since: at(o.since) })
          : t('incidents.why.outcome.breached-ended', { since: at(o.since) });
      case 'superseded': {
        const coverage = targetCoverage(segment.coverage[clock]);
        return t('incidents.why.outcome.superseded', {
          left: formatSlaTime(o.leftMs, coverage, lang),
        });
      }
      case 'running':
        return t(`incidents.why.outcome.${o.atRisk ? 'at-risk' : 'running'}`, {
          time: at(o.dueAt),
        });
    }
  };

  const spansText = (spans: SlaSegment['coverage']['response']): string => {
    const name = (s: (typeof spans)[number]) => t(`incidents.why.coverageName.${s.coverage}`);
    const first = spans[0];
    if (spans.length === 1 && first !== undefined) {
      return t('incidents.why.spanThroughout', { coverage: name(first) });
    }
    const end = segment.to?.getTime() ?? null;
    return spans
      .map((s) =>
        s.to === null || s.to.getTime() === end
          ? name(s)
          : t('incidents.why.spanBetween', { coverage: name(s), from: at(s.from), to: at(s.to) }),
      )
      .join(t('incidents.why.spanThen'));
  };

  return (
    <li className="inc-timeline__segment">
      <h3>
        {segment.to === null
          ? t('incidents.why.segmentNow', {
              severity: segment.severity,
              name,
              from: at(segment.from),
            })
          : t('incidents.why.segment', {
              severity: segment.severity,
              name,
              from: at(segment.from),
              to: at(segment.to),
            })}
      </h3>
      <p>
        {t('incidents.why.targets', {
          severity: segment.severity,
          plan: PLAN_NAMES[account.plan],
          response: formatSlaTime(
            target.responseMinutes * 60_000,
            targetCoverage(segment.coverage.response),
            lang,
          ),
          resolution: formatSlaTime(
            target.resolutionMinutes * 60_000,
            targetCoverage(segment.coverage.resolution),
            lang,
          ),
        })}
      </p>
      <ul className="inc-why">
        {CLOCKS.map((clock) => (
          <li key={clock}>
            {t('incidents.why.outcomeLine', {
              clock: t(`incidents.why.clock.${clock}`),
              text: outcomeText(clock),
            })}
          </li>
        ))}
        {lines.map((line) => (
          <li key={line.clocks.join()}>
            {t('incidents.why.coverageLine', {
              clock: t(
                `incidents.why.clock.${line.clocks.length === 2 ? 'both' : (line.clocks[0] ?? 'response')}`,
              ),
              spans: spansText(line.spans),
            })}
          </li>
        ))}
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </li>
  );
}
