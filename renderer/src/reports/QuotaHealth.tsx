import type { BusinessReview, QuotaRow } from '@shared/reports/index';
import { useTranslation } from 'react-i18next';
import { orderRefs } from '../quotas';
import type { ReviewEdition } from './edition';
import type { ReportFormat } from './format';
import { ReportSection } from './ReportSection';

interface Props {
  review: BusinessReview;
  fmt: ReportFormat;
}

/** Hours to the hundredth with their unit, as on the Quotas screen; counts are whole. */
const amount = (r: QuotaRow, fmt: ReportFormat, n: number) =>
  r.metric === 'extension-hours' ? fmt.hours(n) : fmt.number(n);

/** 'YYYY-MM' as a month; an annual period 'YYYY-MM-DD – YYYY-MM-DD' as two dates in words. */
export function quotaPeriodLabel(period: string, fmt: ReportFormat): string {
  if (/^\d{4}-\d{2}$/.test(period)) return fmt.month(period);
  const span = /^(\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})$/.exec(period);
  return span ? `${fmt.day(span[1] ?? '')} – ${fmt.day(span[2] ?? '')}` : period;
}

/**
 * An overage and what covers it: signed orders ("covered by work order PS-1, signed"), requested
 * ones ("work order requested"), and the part none covers ("needs a work order").
 */
function OverageCell({ row: r, fmt }: { row: QuotaRow; fmt: ReportFormat }) {
  const { t } = useTranslation();
  const n = (v: number) => amount(r, fmt, v);
  if (r.overage === 0) return <>{n(0)}</>;
  const signed = r.orders.filter((o) => o.status === 'signed');
  const refs = orderRefs(signed);
  const requested = r.orders.some((o) => o.status === 'requested');
  return (
    <>
      {n(r.overage)}{' '}
      {signed.length > 0 ? (
        <span className="badge badge--success">
          {refs === '' ? t('quotas.coverage.coveredNoRef') : t('quotas.coverage.covered', { refs })}
        </span>
      ) : null}{' '}
      {requested ? (
        <span className="badge badge--warning">{t('quotas.coverage.requested')}</span>
      ) : null}{' '}
      {r.uncovered > 0 ? (
        <span className="badge badge--danger">
          {r.uncovered === r.overage
            ? t('quotas.coverage.needs')
            : `${n(r.uncovered)} · ${t('quotas.coverage.needs')}`}
        </span>
      ) : null}
    </>
  );
}

export function QuotaTable({ review, fmt }: Props) {
  const { t } = useTranslation();
  // Rows with neither allowance nor use say nothing; the section says so when none is left.
  const rows = review.quota.filter((r) => r.included > 0 || r.used > 0);
  return (
    <ReportSection
      title={t('reports.sections.quota')}
      empty={rows.length === 0 ? t('reports.empty.quota') : null}
    >
      <table className="table report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.table.quota')}</th>
            <th scope="col">{t('reports.table.period')}</th>
            <th scope="col">{t('reports.table.used')}</th>
            <th scope="col">{t('reports.table.included')}</th>
            <th scope="col">{t('reports.table.overage')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.metric}-${r.period}`}>
              <td>{t(`reports.quotaMetric.${r.metric}`)}</td>
              <td>{quotaPeriodLabel(r.period, fmt)}</td>
              <td className="report-nowrap">{amount(r, fmt, r.used)}</td>
              <td className="report-nowrap">{amount(r, fmt, r.included)}</td>
              <td>
                <OverageCell row={r} fmt={fmt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

/**
 * The health score and its factors. The client edition says in plain words what each factor
 * reflects; the internal edition adds the weights and how each value is computed.
 */
export function HealthSection({ review, fmt, edition }: Props & { edition: ReviewEdition }) {
  const { t } = useTranslation();
  const { score, factors } = review.health;
  const internal = edition === 'internal';
  return (
    <ReportSection title={t('reports.sections.health')}>
      <p className="report-health-score" data-testid="health-score">
        <strong>{t('reports.health.score')}</strong>{' '}
        {score === null
          ? t('reports.health.noScore')
          : t('reports.health.scoreValue', { score: fmt.number(score) })}
      </p>
      <table className="table report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.table.factor')}</th>
            {internal ? <th scope="col">{t('reports.table.weight')}</th> : null}
            <th scope="col">{t('reports.table.value')}</th>
            <th scope="col">
              {internal ? t('reports.table.definition') : t('reports.table.meaning')}
            </th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.key}>
              <td>{t(`reports.health.factor.${f.key}`)}</td>
              {internal ? <td>{fmt.number(f.weight, 2)}</td> : null}
              <td>{f.value === null ? t('reports.kpi.noData') : fmt.number(f.value)}</td>
              <td className="report-definition">
                {internal
                  ? t(`reports.health.definition.${f.key}`)
                  : t(`reports.health.meaning.${f.key}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        {internal ? t('reports.health.explain') : t('reports.health.explainClient')}
      </p>
    </ReportSection>
  );
}
