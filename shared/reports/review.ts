import { planAtLeast } from '../domain/types';
import type { Entitlements } from '../plans/entitlements';
import { entitlementsFor } from '../plans/entitlements';
import type { Account } from '../schemas/account';
import { severityAt } from '../incidents/lifecycle';
import type { Incident } from '../schemas/incident';
import type { ActionItem, Meeting } from '../schemas/meeting';
import type { SpecialEvent, TimeEntry, WorkOrder } from '../schemas/quota-records';
import type { ReadinessAssessment } from '../schemas/readiness';
import type { Release, ReleaseAssessment } from '../schemas/release';
import type { WorkspaceSettings } from '../schemas/settings';
import type { HealthFactorKey, HealthScore } from './health';
import {
  adoptionFactor,
  engagementFactor,
  healthScore,
  incidentsFactor,
  quotaFactor,
  slaComplianceFactor,
} from './health';
import type { IncidentKpis, SeverityMonth, SlaMonth } from './incidents';
import {
  incidentKpis,
  incidentsBySeverityPerMonth,
  incidentsOpenedIn,
  rankedOpenIncidents,
  slaComplianceTrend,
} from './incidents';
import type { ReportPeriod } from './period';
import { isInBounds, monthsOf, periodBounds } from './period';
import type { QuotaRow } from './quota';
import { quotaConsumption } from './quota';

/** Everything stored about one account (other accounts' rows are ignored). */
export interface AccountData {
  incidents: readonly Incident[];
  meetings: readonly Meeting[];
  actionItems: readonly ActionItem[];
  releases: readonly Release[];
  releaseAssessments: readonly ReleaseAssessment[];
  specialEvents: readonly SpecialEvent[];
  timeEntries: readonly TimeEntry[];
  workOrders: readonly WorkOrder[];
  readinessAssessments: readonly ReadinessAssessment[];
}

export interface ReviewInput {
  account: Account;
  settings: WorkspaceSettings;
  period: ReportPeriod;
  now: Date;
  data: AccountData;
}

export interface ReleaseStatus {
  release: Release;
  /** False when the plan does not include release-impact management. */
  entitled: boolean;
  assessment: ReleaseAssessment | null;
}

export interface Decision {
  meeting: Meeting;
  text: string;
}

export interface BusinessReview {
  account: Account;
  period: ReportPeriod;
  entitlements: Entitlements;
  kpis: IncidentKpis;
  bySeverity: SeverityMonth[];
  slaTrend: SlaMonth[];
  quota: QuotaRow[];
  /**
   * The instant the "as of" lists below describe: the review's `now` (today). The client's
   * ranking, open action items and pending work orders exist only as they are now; they are not
   * the period's and say so with this date.
   */
  asOf: Date;
  /** Open incidents in the client's ranking, as of `asOf`. */
  rankedOpen: Incident[];
  releases: ReleaseStatus[];
  decisions: Decision[];
  /** Action items open as of `asOf`, soonest due first. */
  openActions: ActionItem[];
  /** Work orders still pending (draft or requested) as of `asOf`. */
  workOrders: WorkOrder[];
  health: HealthScore;
}

type Owned = { deletedAt: string | null; accountId: string };
export const ownedBy = <T extends Owned>(rows: readonly T[], accountId: string): T[] =>
  rows.filter((r) => r.deletedAt === null && r.accountId === accountId);

/** Releases dated within the period, oldest first, with the account's assessment. */
export function releaseStatuses(input: ReviewInput): ReleaseStatus[] {
  const { account, period, data } = input;
  const entitled = planAtLeast(account.plan, 'carefor-business-plus');
  const assessments = ownedBy(data.releaseAssessments, account.id);
  return data.releases
    .filter(
      (r) => r.deletedAt === null && r.releaseDate >= period.from && r.releaseDate <= period.to,
    )
    .sort((a, b) => a.releaseDate.localeCompare(b.releaseDate))
    .map((release) => ({
      release,
      entitled,
      assessment: assessments.find((a) => a.releaseId === release.id) ?? null,
    }));
}

export function meetingsHeldIn(input: ReviewInput): Meeting[] {
  const bounds = periodBounds(input.period, input.account.timeZone);
  return ownedBy(input.data.meetings, input.account.id)
    .filter((m) => isInBounds(bounds, m.startsAt) && Date.parse(m.startsAt) <= input.now.getTime())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/**
 * The part of the period the account existed in: from its subscription start on. Null when the
 * whole period is before it: there is nothing to score then.
 */
export function accountPeriod(input: Pick<ReviewInput, 'account' | 'period'>): ReportPeriod | null {
  const { period, account } = input;
  const from = period.from < account.subscriptionStart ? account.subscriptionStart : period.from;
  return from > period.to ? null : { from, to: period.to };
}

/**
 * Whether anything at all is recorded for the account by the period's end (`end`, exclusive;
 * `to`, its last local date). Without any record, a count of zero incidents or meetings says
 * nothing about the account: it says Steward had not been used for it yet.
 */
export function hasRecordsBy(data: AccountData, accountId: string, end: number, to: string) {
  const mine = <T extends { deletedAt: string | null; accountId: string }>(rows: readonly T[]) =>
    ownedBy(rows, accountId);
  const before = (at: string) => Date.parse(at) < end;
  const releasesBy = new Set(data.releases.filter((r) => r.releaseDate <= to).map((r) => r.id));
  return (
    mine(data.incidents).some((i) => before(i.reportedAt)) ||
    mine(data.meetings).some((m) => before(m.startsAt)) ||
    mine(data.actionItems).some((a) => a.dueDate !== null && a.dueDate <= to) ||
    mine(data.timeEntries).some((e) => before(e.at)) ||
    mine(data.specialEvents).some((e) => before(e.start)) ||
    mine(data.readinessAssessments).some((r) => r.assessedOn <= to) ||
    mine(data.releaseAssessments).some((r) => releasesBy.has(r.releaseId))
  );
}

/** Every factor without data: no score for a period before the account or its first record. */
const NO_DATA = {
  adoption: null,
  incidents: null,
  slaCompliance: null,
  quota: null,
  engagement: null,
} as const satisfies Record<HealthFactorKey, null>;

/**
 * The five factor values and the weighted score, true for the period: counted over the part of
 * it the account existed in, with action items done only if done by the period's end. No score
 * at all ("not enough data") for a period before the subscription start, or when nothing was
 * recorded for the account by the period's end.
 */
export function accountHealth(
  input: ReviewInput,
  kpis: IncidentKpis,
  quota: readonly QuotaRow[],
): HealthScore {
  const period = accountPeriod(input);
  const { account, data } = input;
  const end = period === null ? 0 : periodBounds(period, account.timeZone).end.getTime();
  if (period === null || !hasRecordsBy(data, account.id, end, period.to))
    return healthScore(NO_DATA, input.settings.healthScoreWeights);
  const scoped = { ...input, period };
  const asOf = new Date(Math.min(input.now.getTime(), end - 1));
  const months = monthsOf(period).length;
  const opened = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const i of incidentsOpenedIn(data.incidents, { ...scoped, specialEvents: [] }))
    opened[severityAt(i, asOf)]++;
  const releases = releaseStatuses(scoped).flatMap((r) =>
    r.assessment === null ? [] : [r.assessment],
  );
  const latest = ownedBy(data.readinessAssessments, account.id)
    .filter((r) => r.assessedOn <= period.to)
    .sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))[0];
  const items = latest?.planItems ?? [];
  const due = ownedBy(data.actionItems, account.id).filter(
    (a) => a.dueDate !== null && a.dueDate >= period.from && a.dueDate <= period.to,
  );
  const counted = due.filter((a) => a.status !== 'dropped');
  // Done after the period ended: still open as far as this period is concerned.
  const doneInTime = counted.filter(
    (a) => a.status === 'done' && (a.doneAt === null || Date.parse(a.doneAt) < end),
  );
  return healthScore(
    {
      adoption: adoptionFactor({
        webinarsAttended: releases.filter((r) => r.webinarAttended).length,
        releaseAssessments: releases.length,
        planItemsDone: items.filter((i) => i.status === 'done').length,
        planItemsOpen: items.filter((i) => i.status === 'open').length,
      }),
      incidents: incidentsFactor(opened, months),
      slaCompliance: slaComplianceFactor(kpis.responseCompliance, kpis.resolutionCompliance),
      quota: quotaFactor(quota),
      engagement: engagementFactor({
        meetingsHeld: meetingsHeldIn(scoped).length,
        months,
        actionsDue: counted.length,
        actionsDone: doneInTime.length,
      }),
    },
    input.settings.healthScoreWeights,
  );
}

const PENDING: ReadonlySet<WorkOrder['status']> = new Set(['draft', 'requested']);

/** The account's work orders not yet signed nor cancelled, by title. */
export function pendingWorkOrders(workOrders: readonly WorkOrder[], accountId: string) {
  return ownedBy(workOrders, accountId)
    .filter((w) => PENDING.has(w.status))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export function businessReview(input: ReviewInput): BusinessReview {
  const { account, period, data, now, settings } = input;
  const ctx = { account, settings, specialEvents: data.specialEvents, period, now };
  const kpis = incidentKpis(data.incidents, ctx);
  const quota = quotaConsumption(account, period, data);
  return {
    account,
    period,
    entitlements: entitlementsFor(account.plan),
    kpis,
    bySeverity: incidentsBySeverityPerMonth(data.incidents, ctx),
    slaTrend: slaComplianceTrend(data.incidents, ctx),
    quota,
    asOf: now,
    rankedOpen: rankedOpenIncidents(data.incidents, account.id),
    releases: releaseStatuses(input),
    decisions: meetingsHeldIn(input).flatMap((meeting) =>
      meeting.decisions.map((text) => ({ meeting, text })),
    ),
    openActions: ownedBy(data.actionItems, account.id)
      .filter((a) => a.status === 'open')
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
    workOrders: pendingWorkOrders(data.workOrders, account.id),
    health: accountHealth(input, kpis, quota),
  };
}
