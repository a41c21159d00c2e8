import { describeEntitlements } from '@shared/plans/index';
import type { BusinessReview } from '@shared/reports/index';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from './format';
import { ReportSection } from './ReportSection';

interface Props {
  review: BusinessReview;
  fmt: ReportFormat;
}

/** The date of the review's "as of today" lists, in the account's time zone: "7 Dec 2026". */
export function asOfDate(review: BusinessReview, fmt: ReportFormat): string {
  return fmt.instant(review.asOf.toISOString(), review.account.timeZone);
}

export function AccountSection({ review, fmt }: Props) {
  const { t } = useTranslation();
  const a = review.account;
  const lines = describeEntitlements(a.plan, fmt.lang).included;
  return (
    <ReportSection title={t('reports.sections.account')}>
      <dl className="report-facts">
        <div>
          <dt>{t('reports.account.plan')}</dt>
          <dd>{t(`accounts.plans.${a.plan}`)}</dd>
        </div>
        <div>
          <dt>{t('reports.account.csm')}</dt>
          <dd>{a.csmName || t('reports.account.none')}</dd>
        </div>
        <div>
          <dt>{t('reports.account.sdm')}</dt>
          <dd>{a.sdmName ?? t('reports.account.none')}</dd>
        </div>
        <div>
          <dt>{t('reports.account.timeZone')}</dt>
          <dd>{a.timeZone}</dd>
        </div>
      </dl>
      <h3>{t('reports.account.entitlements')}</h3>
      <ul className="report-entitlements">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </ReportSection>
  );
}

export function KpiSection({ review, fmt }: Props) {
  const { t } = useTranslation();
  const k = review.kpis;
  const noData = t('reports.kpi.noData');
  const items = [
    ['opened', fmt.number(k.opened)],
    ['resolved', fmt.number(k.resolved)],
    ['openAtEnd', fmt.number(k.openAtEnd)],
    ['responseCompliance', fmt.percent(k.responseCompliance) ?? noData],
    ['resolutionCompliance', fmt.percent(k.resolutionCompliance) ?? noData],
    ['medianResponse', fmt.duration(k.medianResponseMs) ?? noData],
    ['medianResolution', fmt.duration(k.medianResolutionMs) ?? noData],
    ['breaches', fmt.number(k.breaches)],
  ] as const;
  return (
    <ReportSection title={t('reports.sections.kpis')}>
      <dl className="report-kpis">
        {items.map(([key, value]) => (
          <div key={key} className="report-kpi" data-kpi={key}>
            <dt>{t(`reports.kpi.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('reports.kpi.asOf')}</p>
    </ReportSection>
  );
}

export function ReleasesSection({ review, fmt }: Props) {
  const { t } = useTranslation();
  const names = new Map<string, string>([
    ...review.account.monitoredInterfaces.map((i) => [i.id, i.name] as const),
    ...review.account.extensions.map((e) => [e.id, e.name] as const),
  ]);
  return (
    <ReportSection
      title={t('reports.sections.releases')}
      empty={review.releases.length === 0 ? t('reports.empty.releases') : null}
    >
      <table className="table report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.table.release')}</th>
            <th scope="col">{t('reports.table.date')}</th>
            <th scope="col">{t('reports.table.impact')}</th>
            <th scope="col">{t('reports.table.readiness')}</th>
            <th scope="col">{t('reports.table.webinar')}</th>
            <th scope="col">{t('reports.table.affected')}</th>
          </tr>
        </thead>
        <tbody>
          {review.releases.map(({ release, entitled, assessment: a }) => (
            <tr key={release.id}>
              <td>{release.name}</td>
              <td className="report-nowrap">{fmt.day(release.releaseDate)}</td>
              {!entitled || a === null ? (
                <td colSpan={4}>
                  {entitled ? t('reports.notAssessed') : t('reports.notIncluded')}
                </td>
              ) : (
                <>
                  <td>{t(`reports.impact.${a.impact}`)}</td>
                  <td>{t(`reports.readiness.${a.readiness}`)}</td>
                  <td>{a.webinarAttended ? t('common.yes') : t('common.no')}</td>
                  <td>
                    {[...a.affectedInterfaceIds, ...a.affectedExtensionIds]
                      .map((id) => names.get(id))
                      .filter((n): n is string => n !== undefined)
                      .join(', ') || t('reports.account.none')}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

export function DecisionsAndActions({ review, fmt }: Props) {
  const { t } = useTranslation();
  const tz = review.account.timeZone;
  return (
    <>
      <ReportSection
        title={t('reports.sections.decisions')}
        empty={review.decisions.length === 0 ? t('reports.empty.decisions') : null}
      >
        <table className="table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.table.meeting')}</th>
              <th scope="col">{t('reports.table.date')}</th>
              <th scope="col">{t('reports.table.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {review.decisions.map((d, i) => (
              <tr key={`${d.meeting.id}-${String(i)}`}>
                <td>{d.meeting.title}</td>
                <td className="report-nowrap">{fmt.instant(d.meeting.startsAt, tz)}</td>
                <td>{d.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>
      <ReportSection
        title={t('reports.sections.actions', { date: asOfDate(review, fmt) })}
        empty={review.openActions.length === 0 ? t('reports.empty.actions') : null}
      >
        <table className="table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.table.title')}</th>
              <th scope="col">{t('reports.table.owner')}</th>
              <th scope="col">{t('reports.table.due')}</th>
            </tr>
          </thead>
          <tbody>
            {review.openActions.map((a) => (
              <tr key={a.id}>
                <td>{a.title}</td>
                <td>{a.owner}</td>
                <td>{a.dueDate === null ? t('reports.account.none') : fmt.day(a.dueDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>
    </>
  );
}

export function WorkOrdersSection({ review, fmt }: Props) {
  const { t } = useTranslation();
  return (
    <ReportSection
      title={t('reports.sections.workOrders', { date: asOfDate(review, fmt) })}
      empty={review.workOrders.length === 0 ? t('reports.empty.workOrders') : null}
    >
      <table className="table report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.table.title')}</th>
            <th scope="col">{t('reports.table.reason')}</th>
            <th scope="col">{t('reports.table.quantity')}</th>
            <th scope="col">{t('reports.table.status')}</th>
            <th scope="col">{t('reports.table.reference')}</th>
          </tr>
        </thead>
        <tbody>
          {review.workOrders.map((w) => (
            <tr key={w.id}>
              <td>{w.title}</td>
              <td>{t(`reports.workOrderReason.${w.reason}`)}</td>
              <td className="report-nowrap">
                {w.reason === 'extension-hours' ? fmt.hours(w.quantity) : fmt.number(w.quantity)}
              </td>
              <td>{t(`reports.workOrderStatus.${w.status}`)}</td>
              <td>{w.reference ?? t('reports.account.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
