import {
  portfolioSummary,
  type NextReleaseReadiness,
  type ReportPeriod,
} from '@shared/reports/index';
import type { Account, WorkspaceSettings } from '@shared/schemas/index';
import type { AccountData } from '@shared/reports/index';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReportFormat } from './format';
import { ReportHeader } from './ReportHeader';
import { ReportSection } from './ReportSection';

interface Props {
  source: { accounts: Account[]; data: AccountData };
  settings: WorkspaceSettings;
  period: ReportPeriod;
  now: Date;
  filter: string;
  headingLevel: 'h1' | 'none';
  /** On screen, account names link to their business review. */
  linkAccounts?: boolean;
}

export function matchesFilter(account: Account, filter: string): boolean {
  const q = filter.trim().toLocaleLowerCase();
  if (q === '') return true;
  return [account.name, account.csmName, account.sdmName ?? ''].some((v) =>
    v.toLocaleLowerCase().includes(q),
  );
}

/** The delivery manager's view: every account's health, breaches, overages and next release. */
export function PortfolioView(props: Props) {
  const { source, settings, period, now, filter, headingLevel, linkAccounts } = props;
  const { t } = useTranslation();
  const fmt = useReportFormat();
  const rows = useMemo(
    () =>
      portfolioSummary(
        source.accounts.filter((a) => matchesFilter(a, filter)),
        source.data,
        settings,
        period,
        now,
      ),
    [source, settings, period, now, filter],
  );
  const readiness = (r: NextReleaseReadiness) => {
    switch (r.kind) {
      case 'no-release':
        return t('reports.portfolioTable.noRelease');
      case 'not-included':
        return `${r.releaseName} · ${t('reports.notIncluded')}`;
      case 'not-assessed':
        return `${r.releaseName} · ${t('reports.notAssessed')}`;
      case 'assessed':
        return `${r.releaseName} · ${t(`reports.readiness.${r.readiness}`)}`;
    }
  };
  const query = `?from=${period.from}&to=${period.to}`;
  return (
    <article className="report" data-report="portfolio">
      <ReportHeader
        title={t('reports.portfolio')}
        period={period}
        now={now}
        fmt={fmt}
        headingLevel={headingLevel}
      />
      <ReportSection
        title={t('reports.portfolioTable.caption')}
        empty={rows.length === 0 ? t('reports.portfolioTable.none') : null}
      >
        <table className="table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.portfolioTable.account')}</th>
              <th scope="col">{t('reports.portfolioTable.plan')}</th>
              <th scope="col">{t('reports.portfolioTable.health')}</th>
              <th scope="col">{t('reports.portfolioTable.breaches')}</th>
              <th scope="col">{t('reports.portfolioTable.overages')}</th>
              <th scope="col">{t('reports.portfolioTable.nextRelease')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.account.id}>
                <th scope="row">
                  {linkAccounts ? (
                    <Link to={`/reports/review/${r.account.id}${query}`}>{r.account.name}</Link>
                  ) : (
                    r.account.name
                  )}
                </th>
                <td>{t(`accounts.plans.${r.account.plan}`)}</td>
                <td>{r.health === null ? t('reports.kpi.noData') : fmt.number(r.health)}</td>
                <td>{fmt.number(r.breaches)}</td>
                <td>
                  {r.overages > 0 ? (
                    <span className="badge badge--danger">{fmt.number(r.overages)}</span>
                  ) : (
                    fmt.number(0)
                  )}
                </td>
                <td>{readiness(r.nextRelease)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>
    </article>
  );
}
