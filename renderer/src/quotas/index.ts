/** The public face of quotas/: what other features and the app may import from it. */
export { AccountQuotaPage } from './AccountQuotaPage';
export { AccountQuotaSection } from './AccountQuotaSection';
export { QuotaStatus } from './QuotaStatus';
export { QuotasPage } from './QuotasPage';
export { orderRefs, quotaState, usageText } from './format';
export { accountQuotaUsage, dashboardRows } from './usage';
export type { DashboardRow } from './usage';
