import type { WorkingCalendar } from '../calendar/types';
import { resolutionStopOf } from '../incidents/lifecycle';
import type { Coverage, IncidentCategory, IncidentStatus, PlanId, Severity } from '../domain/types';
import type { CoverageDecision, CoverageReason, CoverageSpan } from '../plans/coverage';
import { coverageTimeline } from '../plans/coverage';
import type { SlaTargets } from '../plans/targets';
import { slaTargetFor } from '../plans/targets';
import { waitingOnClientPauses } from './pauses';
import { severitySegments } from './segments';
import { calendarSpans } from './timeline';
import { pausedMsOf, runClock, type SlaClock } from './clock';
import { reasonTextOf, singleSegmentSla } from './single-segment';

export { slaClockAt, type SlaClock, type SlaState } from './clock';

export type SlaClockName = 'response' | 'resolution';

/** Coverage of one clock at `now`, and the next instant it changes (null: never, as things stand). */
export interface ClockCoverage extends CoverageDecision {
  changesAt: Date | null;
}

export interface SlaSegment {
  severity: Severity;
  from: Date;
  /** The severity change that ended it; null for the current segment. */
  to: Date | null;
  response: SlaClock;
  resolution: SlaClock;
  /** Each clock's coverage from the segment's start to its end, instant by instant. */
  coverage: Record<SlaClockName, CoverageSpan[]>;
}

export interface SlaBreach {
  clock: SlaClockName;
  severity: Severity;
  at: Date;
}

export interface IncidentSla {
  /** The current segment's clocks. */
  response: SlaClock;
  resolution: SlaClock;
  /** In time order; the last is the current one (`to: null`). */
  segments: SlaSegment[];
  /** Every breach that happened, in time order; a later severity change never removes one. */
  breaches: SlaBreach[];
  explanation: {
    /** The resolution clock's coverage at now (see `clocks` for each clock). */
    calendar: WorkingCalendar;
    coverage: Coverage;
    reason: CoverageReason;
    reasonText: { en: string; fr: string };
    timeZone: string;
    /** Real time spent waiting on the client, up to now. */
    pausedMs: number;
    specialEventId: string | null;
    /** The current severity, whose targets the current clocks follow. */
    severity: Severity;
    clocks: Record<SlaClockName, ClockCoverage>;
  };
}

/** The incident fields the SLA needs (the stored Incident record fits). */
export interface SlaIncident {
  severity: Severity;
  severityHistory: ReadonlyArray<{ at: string; from: Severity; to: Severity }>;
  category: IncidentCategory;
  interfaceId: string | null;
  status: IncidentStatus;
  statusHistory: ReadonlyArray<{ at: string; to: IncidentStatus }>;
  reportedAt: string;
  respondedAt: string | null;
  resolvedAt: string | null;
  workaroundAt: string | null;
}
export interface SlaAccount {
  id: string;
  plan: PlanId;
  businessCalendar: WorkingCalendar;
  /** Ids of the account's monitored interfaces, critical or not. */
  monitoredInterfaceIds: readonly string[];
}
export interface SlaSettings {
  slaTargets: SlaTargets;
  atRiskFraction: number;
}
export interface SlaSpecialEvent {
  id: string;
  accountId: string;
  start: string;
  end: string;
  deletedAt: string | null;
}

const date = (iso: string | null) => (iso === null ? null : Date.parse(iso));

function coverageAt(spans: readonly CoverageSpan[], t: number): ClockCoverage {
  const span = spans.find((s) => s.to === null || t < s.to.getTime()) ?? spans[spans.length - 1];
  if (span === undefined) throw new RangeError('The coverage timeline is empty.');
  const { calendar, coverage, reason, specialEventId } = span;
  const changesAt = span.to !== null && span.to.getTime() > t ? span.to : null;
  return { calendar, coverage, reason, specialEventId, changesAt };
}

/**
 * Response and resolution clocks over an incident's whole life. Coverage is decided instant by
 * instant (severity in force, category, plan, monitored interface, special-event windows) and
 * working time is counted across its boundaries. Each severity change starts a new segment: the
 * old clocks stop at the change keeping their state (met, breached, superseded); the new
 * severity's clocks start at the change; a response given before a change stays given. The
 * resolution clock stops at the earlier of resolution and workaround. Waiting-on-client time
 * pauses every clock.
 */
export function incidentSla(
  incident: SlaIncident,
  account: SlaAccount,
  settings: SlaSettings,
  specialEvents: readonly SlaSpecialEvent[],
  now: Date,
): IncidentSla {
  const reportedAt = Date.parse(incident.reportedAt);
  // Only windows that end after the report can change this incident's coverage.
  const windows: Array<{ id: string; start: Date; end: Date }> = [];
  for (const e of specialEvents) {
    if (e.deletedAt !== null || e.accountId !== account.id) continue;
    const end = Date.parse(e.end);
    if (end > reportedAt) windows.push({ id: e.id, start: new Date(e.start), end: new Date(end) });
  }
  const pauses = waitingOnClientPauses(incident.statusHistory, now);
  const responded = date(incident.respondedAt);
  const stop = resolutionStopOf(incident);
  const resolved = stop === null ? null : Date.parse(stop);
  const monitored =
    incident.interfaceId !== null && account.monitoredInterfaceIds.includes(incident.interfaceId);
  const lives = severitySegments(incident, now.getTime(), resolved);
  const only = lives.length === 1 ? lives[0] : undefined;
  // Most incidents: one severity, no window ahead, one calendar for both clocks.
  if (
    only !== undefined &&
    windows.length === 0 &&
    !(monitored && incident.category === 'interface')
  ) {
    const one = { only, category: incident.category, responded, resolved, reportedAt, pauses };
    return singleSegmentSla(one, account, settings, now);
  }
  const segments: SlaSegment[] = [];
  const breaches: SlaBreach[] = [];
  let carried: SlaClock | null = null;
  for (const seg of lives) {
    const from = new Date(seg.from);
    const cover = (clock: SlaClockName) =>
      coverageTimeline(
        {
          businessCalendar: account.businessCalendar,
          plan: account.plan,
          severity: seg.severity,
          category: incident.category,
          specialEvents: windows,
          clock,
          monitoredInterface: monitored,
        },
        from,
      );
    // Only a monitored interface's triage clock differs from the resolution clock's coverage.
    const resolutionCoverage = cover('resolution');
    const coverage = {
      response:
        monitored && incident.category === 'interface' ? cover('response') : resolutionCoverage,
      resolution: resolutionCoverage,
    };
    const spans = {
      response: coverage.response === resolutionCoverage ? null : calendarSpans(coverage.response),
      resolution: calendarSpans(resolutionCoverage),
    };
    const target = slaTargetFor(settings.slaTargets, account.plan, seg.severity);
    const end = seg.to ?? Number.POSITIVE_INFINITY;
    const run = (clock: SlaClockName, minutes: number, stop: number | null) =>
      runClock(
        {
          spans: spans[clock] ?? spans.resolution,
          start: seg.from,
          targetMs: minutes * 60_000,
          stop: stop !== null && stop < end ? stop : null,
          changeAt: seg.to,
        },
        pauses,
        now,
        settings.atRiskFraction,
      );
    const response: SlaClock = carried ?? run('response', target.responseMinutes, responded);
    const resolution = run('resolution', target.resolutionMinutes, resolved);
    if (carried === null && response.breachedSince !== null) {
      breaches.push({ clock: 'response', severity: seg.severity, at: response.breachedSince });
    }
    if (resolution.breachedSince !== null) {
      breaches.push({ clock: 'resolution', severity: seg.severity, at: resolution.breachedSince });
    }
    // A response given before the change is carried, as it was, into the later segments.
    if (carried === null && responded !== null && responded < end) carried = response;
    const clipped = clip(resolutionCoverage, seg.to);
    segments.push({
      severity: seg.severity,
      from,
      to: seg.to === null ? null : new Date(seg.to),
      response,
      resolution,
      coverage: {
        response:
          coverage.response === resolutionCoverage ? clipped : clip(coverage.response, seg.to),
        resolution: clipped,
      },
    });
  }
  breaches.sort((a, b) => a.at.getTime() - b.at.getTime());
  const current = segments[segments.length - 1];
  if (current === undefined) throw new RangeError('An incident has at least one segment.');
  const at = Math.max(now.getTime(), current.from.getTime());
  const resolutionNow = coverageAt(current.coverage.resolution, at);
  const clocks = {
    response:
      current.coverage.response === current.coverage.resolution
        ? resolutionNow
        : coverageAt(current.coverage.response, at),
    resolution: resolutionNow,
  };
  const { calendar, coverage, reason, specialEventId } = clocks.resolution;
  return {
    response: current.response,
    resolution: current.resolution,
    segments,
    breaches,
    explanation: {
      calendar,
      coverage,
      reason,
      reasonText: reasonTextOf(reason, account.plan),
      timeZone: calendar.timeZone,
      pausedMs: pausedMsOf(pauses, reportedAt),
      specialEventId,
      severity: current.severity,
      clocks,
    },
  };
}

/** The spans up to a segment's end. */
function clip(spans: CoverageSpan[], to: number | null): CoverageSpan[] {
  if (to === null) return spans;
  const out: CoverageSpan[] = [];
  for (const s of spans) {
    if (s.from.getTime() >= to) break;
    const end = s.to === null || s.to.getTime() > to ? new Date(to) : s.to;
    out.push({ ...s, to: end });
  }
  return out;
}
