import { FileText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePortfolioData } from '../db/reports';
import { EmptyState } from '../ui/EmptyState';
import { TextField } from '../ui/Field';
import { Page } from '../ui/Page';
import { AccountReportView } from './AccountReportView';
import { reviewQuery, useReviewOptions } from './edition';
import { EditionPicker } from './EditionPicker';
import { ExportPdfButton, pdfFileName } from './ExportPdfButton';
import { PeriodPicker } from './PeriodPicker';
import { PortfolioView } from './PortfolioView';
import { useAccountReport, usePortfolioReport } from './useReport';
import './reports.css';

/** Screen of a business review or an activity report: read it, check it, then export it. */
export function AccountReportPage({ kind }: { kind: 'review' | 'activity' }) {
  const { t } = useTranslation();
  const { accountId } = useParams();
  const { source, settings, now, account, period, setPeriod } = useAccountReport(accountId);
  const [options, setOptions] = useReviewOptions();
  const name = kind === 'review' ? t('reports.businessReview') : t('reports.activityReport');
  if (source === undefined || settings === undefined) {
    return (
      <Page title={name}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  }
  if (account === null) {
    return (
      <Page title={name}>
        <EmptyState icon={FileText} title={name} body={t('reports.notFound')}>
          <Link to="/reports">{t('reports.title')}</Link>
        </EmptyState>
      </Page>
    );
  }
  const query = `?from=${period.from}&to=${period.to}${kind === 'review' ? `&${reviewQuery(options)}` : ''}`;
  const route = `#/print/${kind}/${encodeURIComponent(account.id)}${query}`;
  return (
    <Page
      title={`${account.name} — ${name}`}
      actions={
        <ExportPdfButton
          route={route}
          suggestedName={pdfFileName(account.name, name, `${period.from} ${period.to}`)}
        />
      }
    >
      <PeriodPicker
        key={`${period.from}/${period.to}`}
        period={period}
        timeZone={account.timeZone}
        onChange={setPeriod}
      />
      {kind === 'review' ? <EditionPicker options={options} onChange={setOptions} /> : null}
      <div className="report-screen">
        <AccountReportView
          kind={kind}
          source={{ ...source, account }}
          settings={settings}
          period={period}
          now={now}
          headingLevel="none"
          options={options}
        />
      </div>
    </Page>
  );
}

export function PortfolioPage() {
  const { t } = useTranslation();
  const { source, settings, now, period, setPeriod } = usePortfolioReport();
  const [params, setParams] = useSearchParams();
  const filter = params.get('q') ?? '';
  const query = new URLSearchParams({
    from: period.from,
    to: period.to,
    ...(filter ? { q: filter } : {}),
  });
  return (
    <Page
      title={t('reports.portfolio')}
      actions={
        <ExportPdfButton
          route={`#/print/portfolio?${query.toString()}`}
          suggestedName={pdfFileName(t('reports.portfolio'), `${period.from} ${period.to}`)}
        />
      }
    >
      <PeriodPicker
        key={`${period.from}/${period.to}`}
        period={period}
        timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
        onChange={setPeriod}
      />
      <TextField
        label={t('reports.portfolioTable.filter')}
        hint={t('reports.portfolioTable.filterHint')}
        type="search"
        value={filter}
        onChange={(e) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              if (e.target.value) next.set('q', e.target.value);
              else next.delete('q');
              return next;
            },
            { replace: true },
          )
        }
      />
      {source && settings ? (
        <div className="report-screen">
          <PortfolioView
            source={source}
            settings={settings}
            period={period}
            now={now}
            filter={filter}
            headingLevel="none"
            linkAccounts
          />
        </div>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </Page>
  );
}

/** /reports: pick an account and a report, or open the portfolio summary. */
export function ReportsPage() {
  const { t } = useTranslation();
  const source = usePortfolioData();
  const [accountId, setAccountId] = useState('');
  const accounts = source?.accounts ?? [];
  const chosen = accountId || accounts[0]?.id || '';
  return (
    <Page title={t('reports.title')}>
      <p>{t('reports.index.intro')}</p>
      <section className="card" aria-labelledby="reports-account">
        <h2 id="reports-account">
          {t('reports.businessReview')} · {t('reports.activityReport')}
        </h2>
        {source === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : accounts.length === 0 ? (
          <p className="report-empty">{t('reports.index.noAccounts')}</p>
        ) : (
          <>
            <div className="field">
              <label className="field__label" htmlFor="report-account">
                {t('reports.index.account')}
              </label>
              <select
                id="report-account"
                value={chosen}
                onChange={(e) => setAccountId(e.target.value)}
              >
                {accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="page__actions">
              <Link className="button primary" to={`/reports/review/${chosen}`}>
                {t('reports.index.openReview')}
              </Link>
              <Link className="button" to={`/reports/activity/${chosen}`}>
                {t('reports.index.openActivity')}
              </Link>
            </div>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="reports-portfolio">
        <h2 id="reports-portfolio">{t('reports.portfolio')}</h2>
        <p className="hint">{t('reports.index.portfolioHint')}</p>
        <Link className="button" to="/reports/portfolio">
          {t('reports.index.openPortfolio')}
        </Link>
      </section>
    </Page>
  );
}
