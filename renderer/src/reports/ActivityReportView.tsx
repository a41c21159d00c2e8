import { planAtLeast } from '@shared/domain/types';
import { activityReport } from '@shared/reports/index';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportFormat } from './format';
import type { AccountReportProps as Props } from './report-props';
import { ReportHeader } from './ReportHeader';
import { ReportSection } from './ReportSection';

/** The CareFor periodic activity review: what the client used of its services in the period. */
export function ActivityReportView({ source, settings, period, now, headingLevel }: Props) {
  const { t } = useTranslation();
  const fmt = useReportFormat();
  const { account } = source;
  const report = useMemo(
    () => activityReport({ account, settings, period, now, data: source.data }),
    [account, settings, period, now, source.data],
  );
  const figures = [
    ['meetingsHeld', fmt.number(report.meetingsHeld)],
    ['releaseAssessments', fmt.number(report.releaseAssessments)],
    ['readinessAssessments', fmt.number(report.readinessAssessments)],
    ['eventsUsed', fmt.number(report.eventsUsed)],
    ['hoursUsed', fmt.hours(report.hoursTotal)],
  ] as const;
  return (
    <article className="report" data-report="activity">
      <ReportHeader
        title={`${account.name} — ${t('reports.activityReport')}`}
        period={period}
        now={now}
        fmt={fmt}
        headingLevel={headingLevel}
      />
      {planAtLeast(account.plan, 'carefor-business') ? null : (
        <p className="report-note">{t('reports.activity.notEntitled')}</p>
      )}
      <ReportSection title={t('reports.sections.usage')}>
        <dl className="report-kpis">
          {figures.map(([key, value]) => (
            <div key={key} className="report-kpi" data-kpi={key}>
              <dt>{t(`reports.activity.${key}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </ReportSection>
      <ReportSection
        title={`${t('reports.activity.meetingsHeld')} — ${t('reports.activity.byKind')}`}
        empty={report.meetingsByKind.length === 0 ? t('reports.activity.none') : null}
      >
        <table className="table report-table">
          <tbody>
            {report.meetingsByKind.map((m) => (
              <tr key={m.kind}>
                <th scope="row">{t(`reports.meetingKind.${m.kind}`)}</th>
                <td>{fmt.number(m.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>
      <ReportSection
        title={`${t('reports.activity.hoursUsed')} — ${t('reports.activity.byKind')}`}
        empty={report.hoursByKind.length === 0 ? t('reports.activity.none') : null}
      >
        <table className="table report-table">
          <tbody>
            {report.hoursByKind.map((h) => (
              <tr key={h.kind}>
                <th scope="row">{t(`reports.timeKind.${h.kind}`)}</th>
                <td className="report-nowrap">{fmt.hours(h.hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>
    </article>
  );
}
