import type { BusinessReview, QuotaRow } from '@shared/reports/index';
import { useTranslation } from 'react-i18next';
import { orderRefs } from '../quotas/format';
import type { ReportFormat } from './format';
import { ReportSection } from './ReportSection';

interface Props {
  review: BusinessReview;
  fmt: ReportFormat;
}

/** Hours to the hundredth, as on the Quotas screen; counts are whole. */
const digits = (r: QuotaRow) => (r.metric === 'extension-hours' ? 2 : 0);

/**
 * An overage and what covers it: signed orders ("covered by work order PS-1, signed"), requested
 * ones ("work order requested"), and the part none covers ("needs a work order").
 */
function OverageCell({ row: r, fmt }: { row: QuotaRow; fmt: ReportFormat }) {
  const { t } = useTranslation();
  if (r.overage === 0) return <>{fmt.number(0)}</>;
  const n = (v: number) => fmt.number(v, digits(r));
  const signed = r.orders.filter((o) => o.status === 'signed');
  const refs = orderRefs(signed);
  const requested = r.orders.some((o) => o.status === 'requested');
  return (
    <>
      {fmt.number(r.overage, digits(r))}{' '}
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
  const periodLabel = (p: string) => (/^\d{4}-\d{2}$/.test(p) ? fmt.month(p) : p);
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
              <td>{periodLabel(r.period)}</td>
              <td>{fmt.number(r.used, digits(r))}</td>
              <td>{fmt.number(r.included, digits(r))}</td>
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

export function HealthSection({ review, fmt }: Props) {
  const { t } = useTranslation();
  const { score, factors } = review.health;
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
            <th scope="col">{t('reports.table.weight')}</th>
            <th scope="col">{t('reports.table.value')}</th>
            <th scope="col">{t('reports.table.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.key}>
              <td>{t(`reports.health.factor.${f.key}`)}</td>
              <td>{fmt.number(f.weight, 2)}</td>
              <td>{f.value === null ? t('reports.kpi.noData') : fmt.number(f.value)}</td>
              <td className="report-definition">{t(`reports.health.definition.${f.key}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('reports.health.explain')}</p>
    </ReportSection>
  );
}
