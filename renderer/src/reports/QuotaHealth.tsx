import type { BusinessReview } from '@shared/reports/index';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from './format';
import { ReportSection } from './ReportSection';

interface Props {
  review: BusinessReview;
  fmt: ReportFormat;
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
              <td>{fmt.number(r.used, 1)}</td>
              <td>{fmt.number(r.included, 1)}</td>
              <td>
                {r.overage > 0 ? (
                  <span className="badge badge--danger">
                    {fmt.number(r.overage, 1)} · {t('reports.needsWorkOrder')}
                  </span>
                ) : (
                  fmt.number(0)
                )}
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
