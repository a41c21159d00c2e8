import type { ReportPeriod } from '@shared/reports/index';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from './format';

interface Props {
  title: string;
  period: ReportPeriod;
  now: Date;
  fmt: ReportFormat;
  headingLevel: 'h1' | 'none';
}

export function ReportHeader({ title, period, now, fmt, headingLevel }: Props) {
  const { t } = useTranslation();
  const periodText = t('reports.period.label', {
    from: fmt.day(period.from),
    to: fmt.day(period.to),
  });
  return (
    <header className="report-header">
      {headingLevel === 'h1' ? <h1 className="report-title">{title}</h1> : null}
      <p className="report-period" data-testid="report-period">
        {periodText}
      </p>
      <p className="hint">
        {t('reports.preparedOn', { date: fmt.day(now.toISOString().slice(0, 10)) })}
      </p>
    </header>
  );
}
