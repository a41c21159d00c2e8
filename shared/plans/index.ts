export { entitlementsFor } from './entitlements';
export type { Entitlements } from './entitlements';
export { comparePlans, describeEntitlements, entitlementLines } from './describe';
export type { EntitlementLine, LadderRung } from './describe';
export { coverageFor, describeCoverageReason } from './coverage';
export type { CoverageDecision, CoverageInput, CoverageReason, CoverageWindow } from './coverage';
export {
  DEFAULT_TIER_THRESHOLDS,
  PLAN_LADDER,
  explainCareForTier,
  suggestCareForTier,
} from './tiers';
export type { TierThresholds } from './tiers';
export { defaultSlaTargets, slaTargetFor } from './targets';
export type { SeverityKey, SlaTarget, SlaTargets } from './targets';
