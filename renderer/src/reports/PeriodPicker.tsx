import { lastFullQuarter, parsePeriod, type ReportPeriod } from '@shared/reports/index';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/Field';

interface Props {
  period: ReportPeriod;
  timeZone: string;
  onChange: (p: ReportPeriod) => void;
}

/** Any range, or the last full quarter in one click; an invalid range is said, never applied. */
export function PeriodPicker({ period, timeZone, onChange }: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = parsePeriod(from, to);
    if (next === null) {
      setError(t('reports.period.invalid'));
      return;
    }
    setError(null);
    onChange(next);
  };
  const lastQuarter = () => {
    const q = lastFullQuarter(new Date(), timeZone);
    setFrom(q.from);
    setTo(q.to);
    setError(null);
    onChange(q);
  };
  return (
    <form className="period-picker" onSubmit={submit} aria-label={t('reports.period.legend')}>
      <TextField
        label={t('reports.period.from')}
        type="date"
        value={from}
        required
        onChange={(e) => setFrom(e.target.value)}
        error={error ?? undefined}
      />
      <TextField
        label={t('reports.period.to')}
        type="date"
        value={to}
        required
        onChange={(e) => setTo(e.target.value)}
      />
      <div className="period-picker__actions">
        <button type="submit">{t('reports.period.apply')}</button>
        <button type="button" onClick={lastQuarter}>
          {t('reports.period.lastQuarter')}
        </button>
      </div>
    </form>
  );
}
