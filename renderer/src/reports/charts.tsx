import type { QuotaRow, SeverityMonth, SlaMonth } from '@shared/reports/index';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts';
import { ChartFigure, HEIGHT, Pattern, pointLabel, SEVERITY, WIDTH } from './chart-parts';
import type { ReportFormat } from './format';

/** Room at both ends of the month axis, so the first and last labels stay inside the plot. */
const X_PADDING = { left: 36, right: 36 };
/** Beyond this many months, point labels would crowd each other: the summary carries values. */
const MAX_LABELLED_MONTHS = 12;

export function SeverityChart({ rows, fmt }: { rows: SeverityMonth[]; fmt: ReportFormat }) {
  const { t } = useTranslation();
  const uid = useId().replace(/:/g, '');
  const data = rows.map((r) => ({ ...r, label: fmt.month(r.month) }));
  const total = rows.reduce((s, r) => s + r.sev1 + r.sev2 + r.sev3 + r.sev4, 0);
  const legend = SEVERITY.map((s) => ({
    name: t('reports.charts.severity', { n: s.n }),
    fill: `url(#${uid}-${s.key})`,
    stroke: s.color,
  }));
  return (
    <ChartFigure
      title={t('reports.charts.bySeverity')}
      summary={t('reports.charts.summaryBySeverity', {
        total: fmt.number(total),
        months: fmt.number(rows.length),
      })}
      empty={total === 0 ? t('reports.charts.noIncidents') : null}
      legend={legend}
    >
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 12, right: 16 }}>
        <defs>
          {SEVERITY.map((s) => (
            <Pattern key={s.key} id={`${uid}-${s.key}`} color={s.color} kind={s.pattern} />
          ))}
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} width={44} tickFormatter={(v: number) => fmt.number(v)} />
        {SEVERITY.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            stackId="severity"
            name={t('reports.charts.severity', { n: s.n })}
            fill={`url(#${uid}-${s.key})`}
            stroke={s.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFigure>
  );
}

export function SlaTrendChart({ rows, fmt }: { rows: SlaMonth[]; fmt: ReportFormat }) {
  const { t } = useTranslation();
  const data = rows.map((r) => ({ ...r, label: fmt.month(r.month) }));
  const decided = rows.some((r) => r.response !== null || r.resolution !== null);
  const noData = t('reports.kpi.noData');
  const summary = rows
    .map(
      (r) =>
        `${fmt.month(r.month)}: ${t('reports.charts.response')} ${fmt.percent(r.response) ?? noData}, ${t('reports.charts.resolution')} ${fmt.percent(r.resolution) ?? noData}`,
    )
    .join('; ');
  const pct = (v: number) => fmt.percent(v) ?? '';
  const labelled = rows.length <= MAX_LABELLED_MONTHS;
  const legend = [
    { name: t('reports.charts.response'), stroke: '#1d4ed8', line: true },
    {
      name: t('reports.charts.resolution'),
      stroke: '#1b1f24',
      fill: '#ffffff',
      line: true,
      dashed: true,
    },
  ];
  return (
    <ChartFigure
      title={t('reports.charts.slaTrend')}
      summary={summary}
      empty={decided ? null : t('reports.charts.noSla')}
      legend={legend}
    >
      <LineChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" padding={X_PADDING} />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          width={52}
          padding={{ top: 18, bottom: 20 }}
          tickFormatter={pct}
        />
        <Line
          dataKey="response"
          name={t('reports.charts.response')}
          stroke="#1d4ed8"
          strokeWidth={2}
          dot={{ r: 4, fill: '#1d4ed8' }}
          connectNulls
          isAnimationActive={false}
        >
          {labelled ? (
            <LabelList dataKey="response" content={pointLabel('response', rows, pct)} />
          ) : null}
        </Line>
        <Line
          dataKey="resolution"
          name={t('reports.charts.resolution')}
          stroke="#1b1f24"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={{ r: 4, fill: '#ffffff', stroke: '#1b1f24' }}
          connectNulls
          isAnimationActive={false}
        >
          {labelled ? (
            <LabelList dataKey="resolution" content={pointLabel('resolution', rows, pct)} />
          ) : null}
        </Line>
      </LineChart>
    </ChartFigure>
  );
}

export function QuotaChart({ rows, fmt }: { rows: QuotaRow[]; fmt: ReportFormat }) {
  const { t } = useTranslation();
  const uid = useId().replace(/:/g, '');
  const monthly = rows.filter((r) => r.metric === 'extension-incidents');
  const data = monthly.map((r) => ({
    label: fmt.month(r.period),
    within: Math.min(r.used, r.included),
    over: r.overage,
    included: r.included,
  }));
  const any = monthly.some((r) => r.used > 0 || r.included > 0);
  const summary = monthly
    .map((r) => `${fmt.month(r.period)}: ${fmt.number(r.used)} / ${fmt.number(r.included)}`)
    .join('; ');
  const legend = [
    { name: t('reports.charts.included'), fill: '#ffffff', stroke: '#1b1f24' },
    { name: t('reports.charts.used'), fill: '#1d4ed8', stroke: '#1d4ed8' },
    { name: t('reports.charts.overage'), fill: `url(#${uid}-over)`, stroke: '#9f1d13' },
  ];
  const overLabel = (v: unknown) => (typeof v === 'number' && v !== 0 ? fmt.number(v) : '');
  return (
    <ChartFigure
      title={t('reports.charts.quota')}
      summary={summary}
      empty={any ? null : t('reports.charts.noMonthlyQuota')}
      legend={legend}
    >
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 16, right: 16 }}>
        <defs>
          <Pattern id={`${uid}-over`} color="#9f1d13" kind="diagonal" />
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} width={44} tickFormatter={(v: number) => fmt.number(v)} />
        <Bar
          dataKey="included"
          name={t('reports.charts.included')}
          fill="#ffffff"
          stroke="#1b1f24"
          isAnimationActive={false}
        />
        <Bar
          dataKey="within"
          stackId="used"
          name={t('reports.charts.used')}
          fill="#1d4ed8"
          stroke="#1d4ed8"
          isAnimationActive={false}
        />
        <Bar
          dataKey="over"
          stackId="used"
          name={t('reports.charts.overage')}
          fill={`url(#${uid}-over)`}
          stroke="#9f1d13"
          isAnimationActive={false}
        >
          <LabelList dataKey="over" position="top" fontSize={11} formatter={overLabel} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
