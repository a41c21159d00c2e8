export { annualPeriodAt, anniversaryDay, isWithin, monthPeriodAt } from './periods';
export type { Period } from './periods';
export {
  extensionHoursUsage,
  extensionIncidentUsage,
  interfaceUsage,
  quotaUsage,
  specialEventUsage,
} from './usage';
export type { PeriodUsage, QuotaAccount, QuotaUsage } from './usage';
export {
  orderCovers,
  overageCoverage,
  QUOTA_KINDS,
  quotaKindOf,
  WORK_ORDER_REASON,
} from './coverage';
export type { OverageCoverage, CoverageStatus, CoveringOrder, QuotaKind } from './coverage';
export { quotaLine, quotaPeriodAt, subscriptionStarted } from './lines';
export type { QuotaLine, QuotaRecords } from './lines';
