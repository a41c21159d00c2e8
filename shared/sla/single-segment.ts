import type { IncidentCategory, PlanId, Severity } from '../domain/types';
import type { CoverageReason } from '../plans/coverage';
import { describeCoverageReason, usualCoverage } from '../plans/coverage';
import { slaTargetFor } from '../plans/targets';
import type { Pause } from '../calendar/types';
import { pausedMsOf, runClock } from './clock';
import type {
  ClockCoverage,
  IncidentSla,
  SlaAccount,
  SlaBreach,
  SlaSettings,
} from './incident-sla';
import type { CalendarSpan } from './timeline';

/** Coverage sentences, built only when read (the queue computes 50,000 results and reads none). */
export function reasonTextOf(reason: CoverageReason, plan: PlanId): { en: string; fr: string } {
  return {
    get en() {
      return describeCoverageReason(reason, plan, 'en');
    },
    get fr() {
      return describeCoverageReason(reason, plan, 'fr');
    },
  };
}

export interface SingleSegment {
  only: { severity: Severity; from: number };
  category: IncidentCategory;
  responded: number | null;
  resolved: number | null;
  reportedAt: number;
  pauses: Pause[];
}

/**
 * incidentSla for one severity on one calendar from the report on (no severity change, no
 * special-event window ending after the report, no monitored-interface triage clock): what the
 * general path gives with a single span, without building the timeline.
 */
export function singleSegmentSla(
  one: SingleSegment,
  account: SlaAccount,
  settings: SlaSettings,
  now: Date,
): IncidentSla {
  const { only, category, responded, resolved, reportedAt, pauses } = one;
  const usual = usualCoverage({
    businessCalendar: account.businessCalendar,
    plan: account.plan,
    severity: only.severity,
    category,
    clock: 'resolution',
  });
  const from = new Date(only.from);
  const spans: CalendarSpan[] = [
    { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY, calendar: usual.calendar },
  ];
  const target = slaTargetFor(settings.slaTargets, account.plan, only.severity);
  const run = (minutes: number, stop: number | null) =>
    runClock(
      { spans, start: only.from, targetMs: minutes * 60_000, stop, changeAt: null },
      pauses,
      now,
      settings.atRiskFraction,
    );
  const response = run(target.responseMinutes, responded);
  const resolution = run(target.resolutionMinutes, resolved);
  const breaches: SlaBreach[] = [];
  if (response.breachedSince !== null) {
    breaches.push({ clock: 'response', severity: only.severity, at: response.breachedSince });
  }
  if (resolution.breachedSince !== null) {
    breaches.push({ clock: 'resolution', severity: only.severity, at: resolution.breachedSince });
  }
  breaches.sort((a, b) => a.at.getTime() - b.at.getTime());
  const coverage = [{ ...usual, from, to: null }];
  const clock: ClockCoverage = { ...usual, changesAt: null };
  return {
    response,
    resolution,
    segments: [
      {
        severity: only.severity,
        from,
        to: null,
        response,
        resolution,
        coverage: { response: coverage, resolution: coverage },
      },
    ],
    breaches,
    explanation: {
      calendar: usual.calendar,
      coverage: usual.coverage,
      reason: usual.reason,
      reasonText: reasonTextOf(usual.reason, account.plan),
      timeZone: usual.calendar.timeZone,
      pausedMs: pausedMsOf(pauses, reportedAt),
      specialEventId: usual.specialEventId,
      severity: only.severity,
      clocks: { response: clock, resolution: clock },
    },
  };
}
