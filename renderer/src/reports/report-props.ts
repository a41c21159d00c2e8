import type { ReportPeriod } from '@shared/reports/index';
import type { WorkspaceSettings } from '@shared/schemas/index';
import type { AccountReportData } from '../db/reports';
import type { ReviewOptions } from './edition';

/** What an account's report (business review, activity report) is drawn from. */
export interface AccountReportProps {
  source: AccountReportData & { account: NonNullable<AccountReportData['account']> };
  settings: WorkspaceSettings;
  period: ReportPeriod;
  now: Date;
  /** The print route renders its own h1; the screen's Page gives one already. */
  headingLevel: 'h1' | 'none';
  /** Business review only: which edition, and whether to add the full-list appendix. */
  options?: ReviewOptions;
}
