import type { WorkingCalendar } from '../calendar/types';
import { slaDueAt, workingTimeBetween } from '../calendar/working-time';
import type { Coverage, IncidentCategory, IncidentStatus, PlanId, Severity } from '../domain/types';
import type { CoverageReason } from '../plans/coverage';
import { coverageFor, describeCoverageReason } from '../plans/coverage';
import type { SlaTargets } from '../plans/targets';
import { slaTargetFor } from '../plans/targets';
import { waitingOnClientPauses } from './pauses';

export type SlaState = 'ok' | 'at-risk' | 'breached' | 'met';

export interface SlaClock {
  targetMs: number;
  dueAt: Date;
  /** When the clock stopped (responded / resolved or worked around), else null. */
  stoppedAt: Date | null;
  /** Signed working time from now (or the stop) to the due time; negative once late. */
  timeLeftMs: number;
  state: SlaState;
  breachedSince: Date | null;
}

export interface IncidentSla {
  response: SlaClock;
  resolution: SlaClock;
  explanation: {
    calendar: WorkingCalendar;
    coverage: Coverage;
    reason: CoverageReason;
    reasonText: { en: string; fr: string };
    timeZone: string;
    /** Real time spent waiting on the client, up to now. */
    pausedMs: number;
    specialEventId: string | null;
    /** Targets follow the current severity (see incidentSla). */
    severity: Severity;
  };
}

/** The incident fields the SLA needs (the stored Incident record fits). */
export interface SlaIncident {
  severity: Severity;
  category: IncidentCategory;
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

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

function clock(
  start: Date,
  targetMs: number,
  stoppedAt: Date | null,
  now: Date,
  calendar: WorkingCalendar,
  pauses: ReturnType<typeof waitingOnClientPauses>,
  atRiskFraction: number,
): SlaClock {
  const dueAt = slaDueAt(start, targetMs, calendar, pauses);
  const until = stoppedAt ?? now;
  const timeLeftMs = workingTimeBetween(until, dueAt, calendar, pauses);
  return slaClockAt(targetMs, dueAt, stoppedAt, timeLeftMs, now, atRiskFraction);
}

/** A clock from its due time, stop and working time left: the one rule for its state. */
export function slaClockAt(
  targetMs: number,
  dueAt: Date,
  stoppedAt: Date | null,
  timeLeftMs: number,
  now: Date,
  atRiskFraction: number,
): SlaClock {
  // A stopped clock is late only if it stopped after the due time; a running one once due.
  const late = stoppedAt !== null ? +stoppedAt > +dueAt : +now >= +dueAt;
  let state: SlaState;
  if (late) state = 'breached';
  else if (stoppedAt !== null) state = 'met';
  else state = timeLeftMs <= atRiskFraction * targetMs ? 'at-risk' : 'ok';
  return { targetMs, dueAt, stoppedAt, timeLeftMs, state, breachedSince: late ? dueAt : null };
}

/** When the resolution clock stopped: resolved, a workaround, or the status change to resolved/closed. */
function resolutionStop(incident: SlaIncident): Date | null {
  const candidates = [incident.resolvedAt, incident.workaroundAt]
    .filter((v): v is string => v !== null)
    .map((v) => Date.parse(v));
  if (candidates.length === 0 && (incident.status === 'resolved' || incident.status === 'closed')) {
    const entry = [...incident.statusHistory]
      .reverse()
      .find((h) => h.to === 'resolved' || h.to === 'closed');
    if (entry !== undefined) candidates.push(Date.parse(entry.at));
  }
  return candidates.length === 0 ? null : new Date(Math.min(...candidates));
}

/**
 * Response and resolution clocks for an incident. Severity history: targets and
 * coverage follow the incident's *current* severity, over its whole life —
 * lowering a severity-1 incident ends its 24x7 treatment, raising one starts it;
 * simple, predictable, and what the queue shows. The resolution clock stops at
 * the earlier of resolution and workaround. Waiting-on-client time pauses both.
 */
export function incidentSla(
  incident: SlaIncident,
  account: SlaAccount,
  settings: SlaSettings,
  specialEvents: readonly SlaSpecialEvent[],
  now: Date,
): IncidentSla {
  const reportedAt = new Date(incident.reportedAt);
  const windows = specialEvents
    .filter((e) => e.deletedAt === null && e.accountId === account.id)
    .map((e) => ({ id: e.id, start: new Date(e.start), end: new Date(e.end) }));
  const cov = coverageFor({
    businessCalendar: account.businessCalendar,
    plan: account.plan,
    severity: incident.severity,
    category: incident.category,
    reportedAt,
    specialEvents: windows,
  });
  const pauses = waitingOnClientPauses(incident.statusHistory, now);
  const target = slaTargetFor(settings.slaTargets, account.plan, incident.severity);
  const run = (minutes: number, stop: Date | null) =>
    clock(reportedAt, minutes * 60_000, stop, now, cov.calendar, pauses, settings.atRiskFraction);
  const pausedMs = pauses.reduce(
    (sum, p) =>
      sum + Math.max(0, p.to.getTime() - Math.max(p.from.getTime(), reportedAt.getTime())),
    0,
  );
  return {
    response: run(target.responseMinutes, date(incident.respondedAt)),
    resolution: run(target.resolutionMinutes, resolutionStop(incident)),
    explanation: {
      calendar: cov.calendar,
      coverage: cov.coverage,
      reason: cov.reason,
      reasonText: {
        en: describeCoverageReason(cov.reason, account.plan, 'en'),
        fr: describeCoverageReason(cov.reason, account.plan, 'fr'),
      },
      timeZone: cov.calendar.timeZone,
      pausedMs,
      specialEventId: cov.specialEventId,
      severity: incident.severity,
    },
  };
}
