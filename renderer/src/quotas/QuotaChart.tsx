import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Rectangle,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarShapeProps } from 'recharts';

export interface ChartDatum {
  label: string;
  used: number;
  included: number;
  over: boolean;
  /** Printed at the end of the bar: the numbers, so colour is never the only cue. */
  text: string;
}

interface Props {
  title: string;
  description: string;
  data: ChartDatum[];
}

/**
 * Used vs included as horizontal bars. The figure is an image with a name and a summary;
 * the table next to it is the full text alternative.
 */
export function QuotaChart({ title, description, data }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const height = Math.max(160, data.length * 44 + 60);
  return (
    <figure className="quota-chart">
      <figcaption id={`${id}-title`} className="quota-chart__title">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 96, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis type="number" allowDecimals={false} stroke="var(--text-muted)" />
            <YAxis
              type="category"
              dataKey="label"
              width={240}
              stroke="var(--text-muted)"
              tick={{ fontSize: 12 }}
            />
            <Legend />
            <Bar
              dataKey="included"
              name={t('quotas.chart.included')}
              fill="var(--surface-2)"
              stroke="var(--text-muted)"
              isAnimationActive={false}
            />
            <Bar
              dataKey="used"
              name={t('quotas.chart.used')}
              fill="var(--accent)"
              isAnimationActive={false}
              shape={(props: BarShapeProps) => (
                <Rectangle
                  {...props}
                  fill={(props.payload as ChartDatum).over ? 'var(--danger)' : 'var(--accent)'}
                />
              )}
            >
              <LabelList dataKey="text" position="right" className="quota-chart__label" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p id={`${id}-desc`} className="hint">
        {description}
      </p>
    </figure>
  );
}
