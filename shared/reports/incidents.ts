import type { Severity } from '../domain/types';
import type { Account } from '../schemas/account';
import type { Incident } from '../schemas/incident';
import { isOpenStatus, resolvedAtOf, severityAt, wasOpenAt } from '../incidents/lifecycle';
import type { SpecialEvent } from '../schemas/quota-records';
import type { WorkspaceSettings } from '../schemas/settings';
import type { IncidentSla, SlaClockName } from '../sla/incident-sla';
import { incidentSla } from '../sla/incident-sla';
import { slaAccountOf } from '../sla/inputs';
import { compareRanked } from '../ranking/keys';
import type { PeriodBounds, ReportPeriod } from './period';
import { isInBounds, monthKeyOf, monthsOf, periodBounds } from './period';

export interface IncidentKpis {
  opened: number;
  resolved: number;
  /** Incidents open at the end of the period (or now, if sooner): reported and not resolved. */
  openAtEnd: number;
  /** % of incidents whose decided response clock was met (see clockOutcome); null with none. */
  responseCompliance: number | null;
  resolutionCompliance: number | null;
  /** Median real time from report to response / to resolution, ms; null without data. */
  medianResponseMs: number | null;
  medianResolutionMs: number | null;
  /** Incidents opened in the period with at least one breached clock. */
  breaches: number;
  responseBreaches: number;
  resolutionBreaches: number;
}

export interface ReportContext {
  account: Account;
  settings: Pick<WorkspaceSettings, 'slaTargets' | 'atRiskFraction'>;
  specialEvents: readonly SpecialEvent[];
  period: ReportPeriod;
  now: Date;
}

const live = (i: { deletedAt: string | null }) => i.deletedAt === null;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] ?? 0;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] ?? 0) + hi) / 2;
}

/**
 * SLA clocks are judged as of the end of the period (or now, if sooner): a clock counts when
 * it was met or breached by then; a clock still running without breach is not yet decided.
 * This keeps a past quarter's review the same whenever it is printed.
 */
export function asOfDate(bounds: PeriodBounds, now: Date): Date {
  return new Date(Math.min(now.getTime(), bounds.end.getTime() - 1));
}

const pct = (met: number, breached: number) =>
  met + breached === 0 ? null : Math.round((1000 * met) / (met + breached)) / 10;

/** Per incident and clock, as of the period's end: met, breached, or still running (not counted). */
export type ClockOutcome = 'met' | 'breached' | 'running';

/**
 * The review's SLA rule, per incident and per clock: breached when the engine recorded any breach
 * of that clock by `asOf`, under whatever severity it had then (a later severity change never
 * removes one; a superseded clock is no breach); met when the clock stopped by then without one;
 * otherwise still running and not yet decided.
 */
export function clockOutcome(sla: IncidentSla, clock: SlaClockName, asOf: Date): ClockOutcome {
  const t = asOf.getTime();
  if (sla.breaches.some((b) => b.clock === clock && b.at.getTime() <= t)) return 'breached';
  const current = sla[clock];
  const stopped = current.stoppedAt !== null && current.stoppedAt.getTime() <= t;
  return stopped && current.state === 'met' ? 'met' : 'running';
}

type Outcomes = Record<SlaClockName, ClockOutcome>;

/** Each incident's two clock outcomes, the engine run with the period's end as its `now`. */
function clockOutcomes(incidents: readonly Incident[], ctx: ReportContext, asOf: Date) {
  const account = slaAccountOf(ctx.account);
  return incidents.map((i): Outcomes => {
    const sla = incidentSla(i, account, ctx.settings, ctx.specialEvents, asOf);
    return {
      response: clockOutcome(sla, 'response', asOf),
      resolution: clockOutcome(sla, 'resolution', asOf),
    };
  });
}

const countOf = (outcomes: readonly Outcomes[], clock: SlaClockName, outcome: ClockOutcome) =>
  outcomes.filter((o) => o[clock] === outcome).length;

/** Compliance % on one clock: met over decided (met or breached); null when none is decided. */
const complianceOf = (outcomes: readonly Outcomes[], clock: SlaClockName) =>
  pct(countOf(outcomes, clock, 'met'), countOf(outcomes, clock, 'breached'));

/** Incidents of the account reported within the period (not deleted). */
export function incidentsOpenedIn(incidents: readonly Incident[], ctx: ReportContext): Incident[] {
  const bounds = periodBounds(ctx.period, ctx.account.timeZone);
  return incidents.filter(
    (i) => live(i) && i.accountId === ctx.account.id && isInBounds(bounds, i.reportedAt),
  );
}

export function incidentKpis(incidents: readonly Incident[], ctx: ReportContext): IncidentKpis {
  const bounds = periodBounds(ctx.period, ctx.account.timeZone);
  const mine = incidents.filter((i) => live(i) && i.accountId === ctx.account.id);
  const opened = mine.filter((i) => isInBounds(bounds, i.reportedAt));
  const resolved = mine.filter((i) => isInBounds(bounds, resolvedAtOf(i)));
  const asOf = asOfDate(bounds, ctx.now);
  const outcomes = clockOutcomes(opened, ctx, asOf);
  const responseTimes = opened.flatMap((i) =>
    i.respondedAt === null ? [] : [Date.parse(i.respondedAt) - Date.parse(i.reportedAt)],
  );
  const resolutionTimes = opened.flatMap((i) => {
    const at = resolvedAtOf(i);
    return at === null ? [] : [Date.parse(at) - Date.parse(i.reportedAt)];
  });
  return {
    opened: opened.length,
    resolved: resolved.length,
    openAtEnd: mine.filter((i) => wasOpenAt(i, asOf)).length,
    responseCompliance: complianceOf(outcomes, 'response'),
    resolutionCompliance: complianceOf(outcomes, 'resolution'),
    medianResponseMs: median(responseTimes),
    medianResolutionMs: median(resolutionTimes),
    breaches: outcomes.filter((o) => o.response === 'breached' || o.resolution === 'breached')
      .length,
    responseBreaches: countOf(outcomes, 'response', 'breached'),
    resolutionBreaches: countOf(outcomes, 'resolution', 'breached'),
  };
}

export interface SeverityMonth {
  month: string;
  sev1: number;
  sev2: number;
  sev3: number;
  sev4: number;
}

/** Incidents opened per month of the period, by their severity at the end of the period. */
export function incidentsBySeverityPerMonth(
  incidents: readonly Incident[],
  ctx: ReportContext,
): SeverityMonth[] {
  const asOf = asOfDate(periodBounds(ctx.period, ctx.account.timeZone), ctx.now);
  const rows = new Map<string, SeverityMonth>(
    monthsOf(ctx.period).map((month) => [month, { month, sev1: 0, sev2: 0, sev3: 0, sev4: 0 }]),
  );
  for (const i of incidentsOpenedIn(incidents, ctx)) {
    const row = rows.get(monthKeyOf(i.reportedAt, ctx.account.timeZone));
    if (row) row[`sev${String(severityAt(i, asOf))}` as `sev${Severity}`]++;
  }
  return [...rows.values()];
}

export interface SlaMonth {
  month: string;
  /** Null when no clock was decided that month. */
  response: number | null;
  resolution: number | null;
  incidents: number;
}

/** Response and resolution compliance for incidents opened each month of the period. */
export function slaComplianceTrend(incidents: readonly Incident[], ctx: ReportContext): SlaMonth[] {
  const bounds = periodBounds(ctx.period, ctx.account.timeZone);
  const asOf = asOfDate(bounds, ctx.now);
  const opened = incidentsOpenedIn(incidents, ctx);
  return monthsOf(ctx.period).map((month) => {
    const ofMonth = opened.filter((i) => monthKeyOf(i.reportedAt, ctx.account.timeZone) === month);
    const outcomes = clockOutcomes(ofMonth, ctx, asOf);
    return {
      month,
      response: complianceOf(outcomes, 'response'),
      resolution: complianceOf(outcomes, 'resolution'),
      incidents: ofMonth.length,
    };
  });
}

/**
 * The account's open incidents today in the client's order: severity, then the client's ranking.
 * The ranking only exists as it is now, so a review labels this list "as of" its date.
 */
export function rankedOpenIncidents(incidents: readonly Incident[], accountId: string): Incident[] {
  return incidents
    .filter((i) => live(i) && i.accountId === accountId && isOpenStatus(i.status))
    .sort((a, b) => {
      if (a.severity !== b.severity) return a.severity - b.severity;
      // Unranked items keep their arrival order after the ranked ones.
      if (a.rankKey === null && b.rankKey === null)
        return a.reportedAt.localeCompare(b.reportedAt) || compareRanked(a, b);
      return compareRanked(a, b);
    });
}
