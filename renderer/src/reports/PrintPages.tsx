import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams, useSearchParams } from 'react-router';
import { AccountReportView } from './AccountReportView';
import { useReviewOptions } from './edition';
import { PortfolioView } from './PortfolioView';
import { PrintFrame } from './PrintFrame';
import { useAccountReport, usePortfolioReport } from './useReport';
import './reports.css';

/** The /print/… routes: no app chrome, light colours, only the document. */
export function PrintLayout() {
  useEffect(() => {
    document.documentElement.classList.add('print-mode');
    return () => document.documentElement.classList.remove('print-mode');
  }, []);
  return (
    <main className="print-root">
      <Outlet />
    </main>
  );
}

function usePrintTitle(title: string | null) {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}

export function PrintAccountReport({ kind }: { kind: 'review' | 'activity' }) {
  const { t } = useTranslation();
  const { accountId } = useParams();
  const { source, settings, now, account, period } = useAccountReport(accountId);
  const [options] = useReviewOptions();
  const name = kind === 'review' ? t('reports.businessReview') : t('reports.activityReport');
  usePrintTitle(account ? `${account.name} — ${name}` : null);
  const loaded = source !== undefined && settings !== undefined;
  if (loaded && account === null) {
    return (
      <PrintFrame loaded error="account-not-found">
        <p>{t('reports.notFound')}</p>
      </PrintFrame>
    );
  }
  return (
    <PrintFrame loaded={loaded}>
      {source && account && settings ? (
        <AccountReportView
          kind={kind}
          source={{ ...source, account }}
          settings={settings}
          period={period}
          now={now}
          headingLevel="h1"
          options={options}
        />
      ) : null}
    </PrintFrame>
  );
}

export function PrintPortfolio() {
  const { t } = useTranslation();
  const { source, settings, now, period } = usePortfolioReport();
  const [params] = useSearchParams();
  usePrintTitle(t('reports.portfolio'));
  return (
    <PrintFrame loaded={source !== undefined && settings !== undefined}>
      {source && settings ? (
        <PortfolioView
          source={source}
          settings={settings}
          period={period}
          now={now}
          filter={params.get('q') ?? ''}
          headingLevel="h1"
        />
      ) : null}
    </PrintFrame>
  );
}
