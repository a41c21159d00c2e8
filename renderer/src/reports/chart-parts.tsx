import type { ReactNode } from 'react';
import type { Props as LabelProps } from 'recharts/types/component/Label';

export const WIDTH = 660;
export const HEIGHT = 230;

/** Severity colours double as hatch patterns, so the charts read in black and white too. */
export const SEVERITY = [
  { key: 'sev1', n: 1, color: '#9f1d13', pattern: 'solid' },
  { key: 'sev2', n: 2, color: '#b45309', pattern: 'diagonal' },
  { key: 'sev3', n: 3, color: '#1d4ed8', pattern: 'dots' },
  { key: 'sev4', n: 4, color: '#4b5563', pattern: 'cross' },
] as const;

export function Pattern({ id, color, kind }: { id: string; color: string; kind: string }) {
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

/** One legend entry: a swatch drawn like the series (fill and outline, or a line) and its name. */
export interface LegendItem {
  name: string;
  fill?: string;
  stroke: string;
  dashed?: boolean;
  line?: boolean;
}

/**
 * The legend as HTML under the plot, each swatch outlined like its bars (a white "Allowance"
 * bar shows as an outlined box, never as nothing). Patterns are referenced by id from the
 * chart's own <defs>.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="report-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.name}>
          <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
            {item.line ? (
              <>
                <line
                  x1="1"
                  y1="6"
                  x2="21"
                  y2="6"
                  stroke={item.stroke}
                  strokeWidth="2"
                  strokeDasharray={item.dashed ? '5 3' : undefined}
                />
                <circle cx="11" cy="6" r="3" fill={item.fill ?? item.stroke} stroke={item.stroke} />
              </>
            ) : (
              <rect
                x="4"
                y="0.5"
                width="14"
                height="11"
                fill={item.fill ?? '#ffffff'}
                stroke={item.stroke}
              />
            )}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}

interface FigureProps {
  title: string;
  summary: string;
  empty: string | null;
  legend: readonly LegendItem[];
  children: ReactNode;
}

/** A chart with its caption and legend; an empty chart says why instead of vanishing. */
export function ChartFigure({ title, summary, empty, legend, children }: FigureProps) {
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
          <ChartLegend items={legend} />
        </div>
      ) : (
        <p className="report-empty">{empty}</p>
      )}
    </figure>
  );
}

/**
 * A point label that never sits on the other line's label: of the two values of a month, the
 * higher one is labelled above its point and the lower one below (equal values: response above,
 * resolution below). The axes' padding leaves room for both at 0 and at 100.
 */
export function pointLabel(
  series: 'response' | 'resolution',
  rows: ReadonlyArray<{ response: number | null; resolution: number | null }>,
  format: (v: number) => string,
) {
  return function PointLabel(props: LabelProps) {
    const { x, y, index, value } = props;
    const row = index === undefined ? undefined : rows[index];
    if (typeof value !== 'number' || row === undefined) return null;
    const other = series === 'response' ? row.resolution : row.response;
    const above = other === null || (series === 'response' ? value >= other : value > other);
    return (
      <text
        x={Number(x)}
        y={Number(y) + (above ? -9 : 17)}
        textAnchor="middle"
        fontSize={11}
        fill="#1b1f24"
        className="report-point-label"
      >
        {format(value)}
      </text>
    );
  };
}
