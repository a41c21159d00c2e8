import type { Severity } from '../domain/types';
import type { HealthScoreWeights } from '../schemas/settings';
import type { QuotaRow } from './quota';

/**
 * Account health: five factors, each a plain 0–100 value (null when there is no data, and then
 * left out of the weighted mean). Weights are a workspace setting. Nothing else goes in.
 */
export type HealthFactorKey = keyof HealthScoreWeights;
export const HEALTH_FACTORS: readonly HealthFactorKey[] = [
  'adoption',
  'incidents',
  'slaCompliance',
  'quota',
  'engagement',
];

const clamp = (v: number) => Math.max(0, Math.min(100, Math.round(v)));

/**
 * Adoption: the mean of (a) the share of the period's release assessments where the client
 * attended the readiness webinar and (b) the share of post-go-live plan items done in the
 * latest sustainability readiness assessment (dropped items aside). Null with neither.
 */
export function adoptionFactor(input: {
  webinarsAttended: number;
  releaseAssessments: number;
  planItemsDone: number;
  planItemsOpen: number;
}): number | null {
  const parts: number[] = [];
  if (input.releaseAssessments > 0)
    parts.push((100 * input.webinarsAttended) / input.releaseAssessments);
  const items = input.planItemsDone + input.planItemsOpen;
  if (items > 0) parts.push((100 * input.planItemsDone) / items);
  if (parts.length === 0) return null;
  return clamp(parts.reduce((a, b) => a + b, 0) / parts.length);
}

/** Points one incident a month costs, by severity. */
export const INCIDENT_PENALTY: Record<Severity, number> = { 1: 40, 2: 20, 3: 10, 4: 5 };

/** Incidents: 100 minus the monthly average of severity penalties (40/20/10/5), floor 0. */
export function incidentsFactor(opened: Record<Severity, number>, months: number): number {
  const load =
    opened[1] * INCIDENT_PENALTY[1] +
    opened[2] * INCIDENT_PENALTY[2] +
    opened[3] * INCIDENT_PENALTY[3] +
    opened[4] * INCIDENT_PENALTY[4];
  return clamp(100 - load / Math.max(1, months));
}

/** SLA compliance: the mean of response and resolution compliance %, those that exist. */
export function slaComplianceFactor(response: number | null, resolution: number | null) {
  const parts = [response, resolution].filter((v): v is number => v !== null);
  if (parts.length === 0) return null;
  return clamp(parts.reduce((a, b) => a + b, 0) / parts.length);
}

/** Points lost per quota period over its allowance. */
export const OVERAGE_PENALTY = 25;

/**
 * Quota: 100 minus 25 for each quota period (month or year) with an overage no signed or
 * requested work order covers, floor 0 (a covered overage was bought: nothing to fix). Null when
 * no allowance applies (the plan has none, or none of its periods is in the report).
 */
export function quotaFactor(rows: readonly QuotaRow[]): number | null {
  if (!rows.some((r) => r.included > 0 || r.overage > 0)) return null;
  return clamp(100 - OVERAGE_PENALTY * rows.filter((r) => r.uncovered > 0).length);
}

/**
 * Engagement: up to 60 points for meetings held (full marks at one a month) plus 40 × the share
 * of action items due in the period that are done (full 40 when none was due).
 */
export function engagementFactor(input: {
  meetingsHeld: number;
  months: number;
  actionsDue: number;
  actionsDone: number;
}): number {
  const meetings = 60 * Math.min(1, input.meetingsHeld / Math.max(1, input.months));
  const actions = input.actionsDue === 0 ? 40 : (40 * input.actionsDone) / input.actionsDue;
  return clamp(meetings + actions);
}

export interface HealthFactor {
  key: HealthFactorKey;
  weight: number;
  value: number | null;
  /** Share of the score this factor carries, 0–1 (0 when it has no value). */
  share: number;
}

export interface HealthScore {
  /** Weighted mean of the factors with a value; null when none has one or weights are all 0. */
  score: number | null;
  factors: HealthFactor[];
}

export function healthScore(
  values: Record<HealthFactorKey, number | null>,
  weights: HealthScoreWeights,
): HealthScore {
  const counted = HEALTH_FACTORS.filter((k) => values[k] !== null && weights[k] > 0);
  const total = counted.reduce((sum, k) => sum + weights[k], 0);
  const factors = HEALTH_FACTORS.map((key) => ({
    key,
    weight: weights[key],
    value: values[key],
    share: total > 0 && counted.includes(key) ? weights[key] / total : 0,
  }));
  if (total === 0) return { score: null, factors };
  const score = counted.reduce((sum, k) => sum + (values[k] ?? 0) * weights[k], 0) / total;
  return { score: Math.round(score), factors };
}
