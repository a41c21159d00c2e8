import type { QuotaRow, SeverityMonth, SlaMonth } from '@shared/reports/index';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReportFormat } from './format';

const WIDTH = 660;
const hideZero = (v: unknown) => (typeof v === 'number' && v !== 0 ? String(v) : '');
const HEIGHT = 250;

/** Severity colours double as hatch patterns, so the charts read in black and white too. */
const SEVERITY = [
  { key: 'sev1', n: 1, color: '#9f1d13', pattern: 'solid' },
  { key: 'sev2', n: 2, color: '#b45309', pattern: 'diagonal' },
  { key: 'sev3', n: 3, color: '#1d4ed8', pattern: 'dots' },
  { key: 'sev4', n: 4, color: '#4b5563', pattern: 'cross' },
] as const;

function Pattern({ id, color, kind }: { id: string; color: string; kind: string }) {
  if (kind === 'solid') {
    return (
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={color} />
      </pattern>
    );
  }
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="#ffffff" />
      {kind === 'diagonal' ? <path d="M0,6 L6,0" stroke={color} strokeWidth="2" /> : null}
      {kind === 'dots' ? <circle cx="3" cy="3" r="1.6" fill={color} /> : null}
      {kind === 'cross' ? <path d="M0,3 L6,3 M3,0 L3,6" stroke={color} strokeWidth="1.2" /> : null}
    </pattern>
  );
}

interface FigureProps {
  title: string;
  summary: string;
  empty: string | null;
  children: ReactNode;
}

/** A chart with its caption; an empty chart says why instead of vanishing. */
function ChartFigure({ title, summary, empty, children }: FigureProps) {
  return (
    <figure
      className="report-chart"
      data-chart={empty === null ? 'pending' : 'empty'}
      aria-label={`${title}. ${empty ?? summary}`}
    >
      <figcaption className="report-chart__title">{title}</figcaption>
      {empty === null ? (
        <div className="report-chart__plot" role="img" aria-label={summary}>
          {children}
        </div>
      ) : (
        <p className="report-empty">{empty}</p>
      )}
    </figure>
  );
}

export function SeverityChart({ rows, fmt }: { rows: SeverityMonth[]; fmt: ReportFormat }) {
  const { t } = useTranslation();
  const uid = useId().replace(/:/g, '');
  const data = rows.map((r) => ({ ...r, label: fmt.month(r.month) }));
  const total = rows.reduce((s, r) => s + r.sev1 + r.sev2 + r.sev3 + r.sev4, 0);
  return (
    <ChartFigure
      title={t('reports.charts.bySeverity')}
      summary={t('reports.charts.summaryBySeverity', { total, months: rows.length })}
      empty={total === 0 ? t('reports.charts.noIncidents') : null}
    >
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 16, right: 16 }}>
        <defs>
          {SEVERITY.map((s) => (
            <Pattern key={s.key} id={`${uid}-${s.key}`} color={s.color} kind={s.pattern} />
          ))}
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} width={36} />
        <Legend />
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
  const summary = rows
    .map(
      (r) =>
        `${fmt.month(r.month)}: ${t('reports.charts.response')} ${fmt.percent(r.response) ?? t('reports.kpi.noData')}, ${t('reports.charts.resolution')} ${fmt.percent(r.resolution) ?? t('reports.kpi.noData')}`,
    )
    .join('; ');
  return (
    <ChartFigure
      title={t('reports.charts.slaTrend')}
      summary={summary}
      empty={decided ? null : t('reports.charts.noSla')}
    >
      <LineChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 20, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis domain={[0, 100]} width={36} />
        <Legend />
        <Line
          dataKey="response"
          name={t('reports.charts.response')}
          stroke="#1d4ed8"
          strokeWidth={2}
          dot={{ r: 4, fill: '#1d4ed8' }}
          connectNulls
          isAnimationActive={false}
        >
          <LabelList dataKey="response" position="top" fontSize={11} />
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
          <LabelList dataKey="resolution" position="bottom" fontSize={11} />
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
    .map((r) => `${fmt.month(r.period)}: ${String(r.used)} / ${String(r.included)}`)
    .join('; ');
  return (
    <ChartFigure
      title={t('reports.charts.quota')}
      summary={summary}
      empty={any ? null : t('reports.charts.noMonthlyQuota')}
    >
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 16, right: 16 }}>
        <defs>
          <Pattern id={`${uid}-over`} color="#9f1d13" kind="diagonal" />
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} width={36} />
        <Legend />
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
          <LabelList dataKey="over" position="top" fontSize={11} formatter={hideZero} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
