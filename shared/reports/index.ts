export {
  lastFullQuarter,
  monthsOf,
  monthKeyOf,
  parsePeriod,
  periodBounds,
  periodDays,
  isInBounds,
} from './period';
export type { PeriodBounds, ReportPeriod } from './period';
export {
  asOfDate,
  clockOutcome,
  incidentKpis,
  incidentsBySeverityPerMonth,
  incidentsOpenedIn,
  median,
  rankedOpenIncidents,
  slaComplianceTrend,
} from './incidents';
export type {
  ClockOutcome,
  IncidentKpis,
  ReportContext,
  SeverityMonth,
  SlaMonth,
} from './incidents';
export { overagePeriods, quotaConsumption } from './quota';
export type { QuotaMetric, QuotaRow } from './quota';
export {
  adoptionFactor,
  engagementFactor,
  HEALTH_FACTORS,
  healthScore,
  INCIDENT_PENALTY,
  incidentsFactor,
  OVERAGE_PENALTY,
  quotaFactor,
  slaComplianceFactor,
} from './health';
export type { HealthFactor, HealthFactorKey, HealthScore } from './health';
export {
  accountHealth,
  accountPeriod,
  businessReview,
  meetingsHeldIn,
  pendingWorkOrders,
  releaseStatuses,
} from './review';
export type { AccountData, BusinessReview, Decision, ReleaseStatus, ReviewInput } from './review';
export { activityReport } from './activity';
export type { ActivityReport } from './activity';
export { portfolioSummary } from './portfolio';
export type { NextReleaseReadiness, PortfolioRow } from './portfolio';
