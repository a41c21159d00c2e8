import { z } from 'zod';
import { PLAN_IDS } from '../domain/types';
import { DEFAULT_TIER_THRESHOLDS } from '../plans/tiers';
import { defaultSlaTargets } from '../plans/targets';
import { baseRecord } from './common';

const amount = (what: string) =>
  z.number({ error: `${what} must be a number` }).min(0, { error: `${what} cannot be negative` });

const minutes = (what: string) =>
  z
    .number({ error: `${what} must be a number of minutes` })
    .positive({ error: `${what} must be more than 0 minutes` });

const targetSchema = z.object({
  responseMinutes: minutes('Response target'),
  resolutionMinutes: minutes('Resolution target'),
});

const bySeverity = z.object({
  '1': targetSchema,
  '2': targetSchema,
  '3': targetSchema,
  '4': targetSchema,
});

export const slaTargetsSchema = z.object(
  Object.fromEntries(PLAN_IDS.map((p) => [p, bySeverity])) as Record<
    (typeof PLAN_IDS)[number],
    typeof bySeverity
  >,
);

export const tierThresholdsSchema = z
  .object({
    business: amount('Business threshold'),
    businessPlus: amount('Business Plus threshold'),
    enterprise: amount('Enterprise threshold'),
  })
  .refine((t) => t.business <= t.businessPlus && t.businessPlus <= t.enterprise, {
    error: 'Tier thresholds must rise: Business ≤ Business Plus ≤ Enterprise',
  });

const weight = (what: string) => amount(`${what} weight`);

export const healthScoreWeightsSchema = z.object({
  adoption: weight('Adoption'),
  incidents: weight('Incidents'),
  slaCompliance: weight('SLA compliance'),
  quota: weight('Quota'),
  engagement: weight('Engagement'),
});

export const workspaceSettingsSchema = baseRecord.extend({
  tierThresholds: tierThresholdsSchema,
  slaTargets: slaTargetsSchema,
  /** A running clock is at risk once time left ≤ this fraction of its target. */
  atRiskFraction: z
    .number({ error: 'At-risk threshold must be a number' })
    .gt(0, { error: 'At-risk threshold must be between 0 and 1' })
    .lt(1, { error: 'At-risk threshold must be between 0 and 1' }),
  healthScoreWeights: healthScoreWeightsSchema,
  language: z.enum(['en', 'fr'], { error: 'Language must be en or fr' }),
  theme: z.enum(['system', 'light', 'dark'], { error: 'Theme must be system, light or dark' }),
  paperSize: z.enum(['a4', 'letter'], { error: 'Paper size must be a4 or letter' }),
});

export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;
export type HealthScoreWeights = z.infer<typeof healthScoreWeightsSchema>;

export const WORKSPACE_SETTINGS_ID = 'workspace';

export function defaultWorkspaceSettings(updatedAt: string): WorkspaceSettings {
  return {
    id: WORKSPACE_SETTINGS_ID,
    updatedAt,
    deletedAt: null,
    tierThresholds: { ...DEFAULT_TIER_THRESHOLDS },
    slaTargets: defaultSlaTargets(),
    atRiskFraction: 0.25,
    healthScoreWeights: { adoption: 3, incidents: 2, slaCompliance: 2, quota: 1, engagement: 2 },
    language: 'en',
    theme: 'system',
    paperSize: 'a4',
  };
}
