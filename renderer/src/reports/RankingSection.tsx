import type { BusinessReview } from '@shared/reports/index';
import type { Incident } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { summarise } from './edition';
import type { ReportFormat } from './format';
import { ReportSection } from './ReportSection';
import { asOfDate } from './ReviewSections';
import { statusLabel } from '../ui/labels';

interface Props {
  review: BusinessReview;
  fmt: ReportFormat;
}

function RankingTable({ rows, review, fmt }: Props & { rows: readonly Incident[] }) {
  const { t } = useTranslation();
  return (
    <table className="table report-table" data-testid="ranking">
      <thead>
        <tr>
          <th scope="col">{t('reports.table.rank')}</th>
          <th scope="col">{t('reports.table.title')}</th>
          <th scope="col">{t('reports.table.severity')}</th>
          <th scope="col">{t('reports.table.status')}</th>
          <th scope="col">{t('reports.table.reported')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i, index) => (
          <tr key={i.id}>
            <td>{fmt.number(index + 1)}</td>
            <td>{i.title}</td>
            <td className="report-nowrap">{t('reports.charts.severity', { n: i.severity })}</td>
            <td>{statusLabel(t, i.status)}</td>
            <td className="report-nowrap">{fmt.instant(i.reportedAt, review.account.timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The client's first ranked open incidents; a long list ends with "and N more". */
export function RankingSection({ review, fmt, appendix }: Props & { appendix: boolean }) {
  const { t } = useTranslation();
  const { shown, more } = summarise(review.rankedOpen);
  const total = review.rankedOpen.length;
  return (
    <ReportSection
      title={t('reports.sections.ranking', { date: asOfDate(review, fmt) })}
      empty={total === 0 ? t('reports.empty.ranking') : null}
    >
      <RankingTable rows={shown} review={review} fmt={fmt} />
      {more > 0 ? (
        <p className="report-more" data-testid="ranking-more">
          {t(appendix ? 'reports.ranking.moreInAppendix' : 'reports.ranking.more', {
            count: more,
            n: fmt.number(more),
            total: fmt.number(total),
          })}
        </p>
      ) : null}
    </ReportSection>
  );
}

/** Every open incident in the client's order, at the end of the document (on its own page). */
export function RankingAppendix({ review, fmt }: Props) {
  const { t } = useTranslation();
  if (review.rankedOpen.length <= summarise(review.rankedOpen).shown.length) return null;
  return (
    <ReportSection
      className="report-appendix"
      title={t('reports.sections.appendix', { date: asOfDate(review, fmt) })}
    >
      <RankingTable rows={review.rankedOpen} review={review} fmt={fmt} />
    </ReportSection>
  );
}
