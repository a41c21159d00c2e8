import { businessReview } from '@shared/reports/index';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QuotaChart, SeverityChart, SlaTrendChart } from './charts';
import { useReportFormat } from './format';
import { HealthSection, QuotaTable } from './QuotaHealth';
import type { AccountReportProps as Props } from './report-props';
import { ReportHeader } from './ReportHeader';
import { ReportSection } from './ReportSection';
import {
  AccountSection,
  DecisionsAndActions,
  KpiSection,
  RankingSection,
  ReleasesSection,
  WorkOrdersSection,
} from './ReviewSections';

/** The business review document: the same component on screen and on paper. */
export function BusinessReviewView({ source, settings, period, now, headingLevel }: Props) {
  const { t } = useTranslation();
  const fmt = useReportFormat();
  const review = useMemo(
    () => businessReview({ account: source.account, settings, period, now, data: source.data }),
    [source, settings, period, now],
  );
  return (
    <article className="report" data-report="business-review">
      <ReportHeader
        title={`${source.account.name} — ${t('reports.businessReview')}`}
        period={period}
        now={now}
        fmt={fmt}
        headingLevel={headingLevel}
      />
      <AccountSection review={review} fmt={fmt} />
      <KpiSection review={review} fmt={fmt} />
      {period.from < source.account.subscriptionStart ? (
        <p className="report-note" data-testid="from-subscription">
          {t('reports.health.fromSubscription', {
            date: fmt.day(source.account.subscriptionStart),
          })}
        </p>
      ) : null}
      <HealthSection review={review} fmt={fmt} />
      <ReportSection title={t('reports.sections.charts')} className="report-charts">
        <SeverityChart rows={review.bySeverity} fmt={fmt} />
        <SlaTrendChart rows={review.slaTrend} fmt={fmt} />
        <QuotaChart rows={review.quota} fmt={fmt} />
      </ReportSection>
      <QuotaTable review={review} fmt={fmt} />
      <RankingSection review={review} fmt={fmt} />
      <ReleasesSection review={review} fmt={fmt} />
      <DecisionsAndActions review={review} fmt={fmt} />
      <WorkOrdersSection review={review} fmt={fmt} />
    </article>
  );
}
