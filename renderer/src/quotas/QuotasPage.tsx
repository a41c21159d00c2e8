import { PLAN_IDS, PLAN_NAMES, type PlanId } from '@shared/domain/types';
import { Gauge } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuotaData } from '../db/quotas';
import { EmptyState } from '../ui/EmptyState';
import { SelectField, TextField } from '../ui/Field';
import { Page } from '../ui/Page';
import { periodText, usageText } from './format';
import { QuotaChart } from './QuotaChart';
import { QuotaStatus } from './QuotaStatus';
import { dashboardRows, QUOTA_KINDS, type QuotaKind } from './usage';
import './quotas.css';
import { Truncate } from '../ui/Truncate';

const CHART_LIMIT = 15;

/** /quotas: every account's allowances for the current period, overages first. */
export function QuotasPage() {
  const { t, i18n } = useTranslation();
  const data = useQuotaData();
  const [search, setSearch] = useState('');
  const [plan, setPlan] = useState<PlanId | ''>('');
  const [kind, setKind] = useState<QuotaKind | ''>('');
  const [overOnly, setOverOnly] = useState(false);
  const all = useMemo(() => (data ? dashboardRows(data.accounts, data, new Date()) : []), [data]);
  if (data === undefined) {
    return (
      <Page title={t('quotas.title')}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  }
  if (all.length === 0) {
    return (
      <Page title={t('quotas.title')}>
        <EmptyState icon={Gauge} title={t('quotas.emptyTitle')} body={t('quotas.emptyBody')} />
      </Page>
    );
  }
  const plans = new Map(data.accounts.map((a) => [a.id, a.plan]));
  const needle = search.trim().toLowerCase();
  const rows = all.filter(
    (r) =>
      (needle === '' || r.accountName.toLowerCase().includes(needle)) &&
      (plan === '' || plans.get(r.accountId) === plan) &&
      (kind === '' || r.line.kind === kind) &&
      (!overOnly || r.line.needsWorkOrder),
  );
  const over = rows.filter((r) => r.line.needsWorkOrder).length;
  const chartRows = rows.slice(0, CHART_LIMIT);
  return (
    <Page title={t('quotas.title')}>
      <section className="card quota-filters" aria-label={t('quotas.filters.title')}>
        <TextField
          label={t('quotas.filters.search')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
          }}
        />
        <SelectField
          label={t('quotas.filters.plan')}
          value={plan}
          onChange={(e) => {
            setPlan(e.target.value as PlanId | '');
          }}
          options={[
            { value: '', label: t('quotas.filters.allPlans') },
            ...PLAN_IDS.map((p) => ({ value: p, label: PLAN_NAMES[p] })),
          ]}
        />
        <SelectField
          label={t('quotas.filters.kind')}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as QuotaKind | '');
          }}
          options={[
            { value: '', label: t('quotas.filters.allKinds') },
            ...QUOTA_KINDS.map((k) => ({ value: k, label: t(`quotas.kind.${k}`) })),
          ]}
        />
        <label className="quota-filters__check">
          <input
            type="checkbox"
            checked={overOnly}
            onChange={(e) => {
              setOverOnly(e.target.checked);
            }}
          />
          {t('quotas.filters.overOnly')}
        </label>
      </section>
      <p role="status" className="quota-summary">
        {t('quotas.summary', { over, total: rows.length })}
      </p>
      {rows.length === 0 ? (
        <p>{t('quotas.noRows')}</p>
      ) : (
        <>
          <section className="card">
            <QuotaChart
              title={t('quotas.chart.title')}
              description={`${t('quotas.chart.desc', { count: chartRows.length, over })}${
                rows.length > CHART_LIMIT
                  ? ` ${t('quotas.chart.more', { count: CHART_LIMIT })}`
                  : ''
              }`}
              data={chartRows.map((r) => ({
                label: `${r.accountName} · ${t(`quotas.kind.${r.line.kind}`)}`,
                used: r.line.used,
                included: r.line.included,
                over: r.line.needsWorkOrder,
                text: usageText(t, r.line, i18n.language),
              }))}
            />
          </section>
          <section className="card">
            <table className="table table--rowheads">
              <caption className="visually-hidden">{t('quotas.chart.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('quotas.table.account')}</th>
                  <th scope="col">{t('quotas.table.quota')}</th>
                  <th scope="col">{t('quotas.period')}</th>
                  <th scope="col">{t('quotas.table.usage')}</th>
                  <th scope="col">{t('quotas.table.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ accountId, accountName, line }) => (
                  <tr key={`${accountId}-${line.kind}`}>
                    <th scope="row">
                      <Truncate text={accountName}>
                        <Link
                          to={`/quotas/${accountId}`}
                          aria-label={t('quotas.openAccount', { account: accountName })}
                        >
                          {accountName}
                        </Link>
                      </Truncate>
                      <span className="quota-plan">
                        {PLAN_NAMES[plans.get(accountId) ?? 'essential']}
                      </span>
                    </th>
                    <td>{t(`quotas.kind.${line.kind}`)}</td>
                    <td>{periodText(line, i18n.language) || t(`quotas.per.${line.kind}`)}</td>
                    <td>{usageText(t, line, i18n.language)}</td>
                    <td>
                      <QuotaStatus line={line} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </Page>
  );
}
