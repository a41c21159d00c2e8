import { businessReview, type ReportPeriod } from '@shared/reports/index';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QuotaChart, SeverityChart, SlaTrendChart } from './charts';
import { RANKING_TOP, type ReviewOptions } from './edition';
import { useReportFormat, type ReportFormat } from './format';
import { HealthSection, QuotaTable } from './QuotaHealth';
import { RankingAppendix, RankingSection } from './RankingSection';
import type { AccountReportProps as Props } from './report-props';
import { ReportHeader } from './ReportHeader';
import { ReportSection } from './ReportSection';
import {
  AccountSection,
  DecisionsAndActions,
  KpiSection,
  ReleasesSection,
  WorkOrdersSection,
} from './ReviewSections';

/** Says when the subscription started, if the period begins before it (then the score starts there). */
function SubscriptionNote(props: { start: string; period: ReportPeriod; fmt: ReportFormat }) {
  const { t } = useTranslation();
  const { start, period, fmt } = props;
  if (period.from >= start) return null;
  const key = period.to < start ? 'beforeSubscription' : 'fromSubscription';
  return (
    <p className="report-note" data-testid="subscription-note">
      {t(`reports.health.${key}`, { date: fmt.day(start) })}
    </p>
  );
}

const CLIENT: ReviewOptions = { edition: 'client', appendix: false };

/**
 * The business review document: the same component on screen and on paper, in the client
 * edition (plain words, first RANKING_TOP ranked incidents) or the internal one (how the score is
 * computed), with the full ranking in an appendix when asked.
 */
export function BusinessReviewView(props: Props) {
  const { source, settings, period, now, headingLevel, options = CLIENT } = props;
  const { t } = useTranslation();
  const fmt = useReportFormat();
  const review = useMemo(
    () => businessReview({ account: source.account, settings, period, now, data: source.data }),
    [source, settings, period, now],
  );
  const appendix = options.appendix && review.rankedOpen.length > RANKING_TOP;
  return (
    <article className="report" data-report="business-review" data-edition={options.edition}>
      <ReportHeader
        title={`${source.account.name} — ${t('reports.businessReview')}`}
        period={period}
        now={now}
        fmt={fmt}
        headingLevel={headingLevel}
      />
      {options.edition === 'internal' ? (
        <p className="report-note" data-testid="internal-note">
          {t('reports.edition.internalNote')}
        </p>
      ) : null}
      <AccountSection review={review} fmt={fmt} />
      <KpiSection review={review} fmt={fmt} />
      <SubscriptionNote start={source.account.subscriptionStart} period={period} fmt={fmt} />
      <HealthSection review={review} fmt={fmt} edition={options.edition} />
      <ReportSection title={t('reports.sections.charts')} className="report-charts">
        <SeverityChart rows={review.bySeverity} fmt={fmt} />
        <SlaTrendChart rows={review.slaTrend} fmt={fmt} />
        <QuotaChart rows={review.quota} fmt={fmt} />
      </ReportSection>
      <QuotaTable review={review} fmt={fmt} />
      <RankingSection review={review} fmt={fmt} appendix={appendix} />
      <ReleasesSection review={review} fmt={fmt} />
      <DecisionsAndActions review={review} fmt={fmt} />
      <WorkOrdersSection review={review} fmt={fmt} />
      {appendix ? <RankingAppendix review={review} fmt={fmt} /> : null}
    </article>
  );
}
