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
