import { useAccountReportData, usePortfolioData } from '../db/reports';
import { useWorkspaceSettings } from '../db/workspace';
import { usePeriod, useReportNow } from './usePeriod';

/** What an account's report reads, on screen and on paper: data, settings, a stable now, period. */
export function useAccountReport(accountId: string | undefined) {
  const source = useAccountReportData(accountId);
  const settings = useWorkspaceSettings();
  const now = useReportNow();
  const account = source?.account ?? null;
  const { period, setPeriod } = usePeriod(account?.timeZone);
  return { source, settings, now, account, period, setPeriod };
}

/** What the portfolio summary reads, on screen and on paper; its period is in the local zone. */
export function usePortfolioReport() {
  const source = usePortfolioData();
  const settings = useWorkspaceSettings();
  const now = useReportNow();
  const { period, setPeriod } = usePeriod(undefined);
  return { source, settings, now, period, setPeriod };
}
