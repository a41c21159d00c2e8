import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Copy, Plus, X } from 'lucide-react';
import { WEEKDAYS, type TimeSpan, type Weekday } from '@shared/calendar/index';
import { DEFAULT_SPAN, type CalendarDraft } from './draft';
import { weekdayName } from '../../ui/account-fields';
import { fieldId, translateMessage } from './errors';
import { HolidaysEditor } from './HolidaysEditor';

interface Props {
  value: CalendarDraft;
  timeZone: string;
  /** Messages keyed by error target (see errors.ts). */
  errors: Record<string, string>;
  onChange: (value: CalendarDraft) => void;
}

/**
 * Per weekday: off, or one or more spans (split shifts); plus whole-day holidays. Memoised:
 * typing elsewhere in the account form does not re-render the week and the holidays.
 */
export const CalendarEditor = memo(function CalendarEditor({
  value,
  timeZone,
  errors,
  onChange,
}: Props) {
  const { t, i18n } = useTranslation();
  const setDay = (day: Weekday, spans: TimeSpan[]) =>
    onChange({ ...value, hours: { ...value.hours, [day]: spans } });
  const copyMonday = () => {
    const hours = { ...value.hours };
    for (const day of WEEKDAYS.slice(1, 5)) hours[day] = value.hours.mon.map((s) => ({ ...s }));
    onChange({ ...value, hours });
  };
  const hoursError = errors['businessCalendar.hours'];
  return (
    <fieldset className="calendar-editor" aria-describedby="calendar-hint">
      <legend>{t('accounts.form.hours')}</legend>
      <p id="calendar-hint" className="hint">
        {t('accounts.form.hoursHint', { timeZone: timeZone || '—' })}
      </p>
      {hoursError ? (
        <p className="field__error" id={`${fieldId('businessCalendar.hours')}-error`}>
          {translateMessage(hoursError, t)}
        </p>
      ) : null}
      <div className="calendar-editor__days">
        {WEEKDAYS.map((day) => (
          <DayRow
            key={day}
            day={day}
            name={weekdayName(day, i18n.language)}
            spans={value.hours[day]}
            errors={errors}
            onChange={(spans) => setDay(day, spans)}
          />
        ))}
      </div>
      <button type="button" onClick={copyMonday} disabled={value.hours.mon.length === 0}>
        <Copy size={16} aria-hidden="true" /> {t('accounts.form.copyMonday')}
      </button>
      <HolidaysEditor
        holidays={value.holidays}
        names={value.holidayNames}
        error={errors['businessCalendar.holidays']}
        onChange={(holidays, holidayNames) => onChange({ ...value, holidays, holidayNames })}
      />
    </fieldset>
  );
});

interface DayProps {
  day: Weekday;
  name: string;
  spans: TimeSpan[];
  errors: Record<string, string>;
  onChange: (spans: TimeSpan[]) => void;
}

function DayRow({ day, name, spans, errors, onChange }: DayProps) {
  const { t } = useTranslation();
  const working = spans.length > 0;
  const firstId =
    day === 'mon'
      ? fieldId('businessCalendar.hours')
      : `${fieldId(`businessCalendar.hours.${day}`)}-on`;
  const setSpan = (index: number, patch: Partial<TimeSpan>) =>
    onChange(spans.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  // A new split-shift span starts an hour after the last one ends, when it can.
  const addSpan = () => {
    const last = spans[spans.length - 1];
    const next = last ? laterSpan(last) : { ...DEFAULT_SPAN };
    onChange([...spans, next]);
  };
  return (
    <div className="calendar-editor__day" role="group" aria-label={name}>
      <label className="calendar-editor__toggle">
        <input
          id={firstId}
          type="checkbox"
          checked={working}
          aria-label={t('accounts.form.working', { day: name })}
          onChange={(e) => onChange(e.target.checked ? [{ ...DEFAULT_SPAN }] : [])}
        />
        <span aria-hidden="true">{name}</span>
      </label>
      <div className="calendar-editor__spans">
        {working ? null : <span className="hint">{t('accounts.form.off')}</span>}
        {spans.map((span, index) => {
          const base = `businessCalendar.hours.${day}.${String(index)}`;
          const n = index + 1;
          const startError = errors[`${base}.start`];
          const endError = errors[`${base}.end`];
          const errorId = `${fieldId(base)}-error`;
          return (
            <div key={index} className="calendar-editor__span">
              <div className="calendar-editor__span-inputs">
                <input
                  id={fieldId(`${base}.start`)}
                  type="time"
                  value={span.start}
                  aria-label={t('accounts.form.spanStart', { day: name, n })}
                  aria-invalid={startError ? true : undefined}
                  aria-describedby={startError ? errorId : undefined}
                  onChange={(e) => setSpan(index, { start: e.target.value })}
                />
                <span aria-hidden="true">{t('accounts.form.to')}</span>
                <input
                  id={fieldId(`${base}.end`)}
                  type="time"
                  value={span.end}
                  aria-label={t('accounts.form.spanEnd', { day: name, n })}
                  aria-invalid={endError ? true : undefined}
                  aria-describedby={endError ? errorId : undefined}
                  onChange={(e) => setSpan(index, { end: e.target.value })}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('accounts.form.removeSpan', { n, day: name })}
                  title={t('accounts.form.removeSpan', { n, day: name })}
                  onClick={() => onChange(spans.filter((_, i) => i !== index))}
                >
                  <X size={16} aria-hidden="true" />
                </button>
              </div>
              {startError || endError ? (
                <p className="field__error" id={errorId}>
                  {translateMessage(endError ?? startError ?? '', t)}
                </p>
              ) : null}
            </div>
          );
        })}
        <button
          type="button"
          className="calendar-editor__add"
          aria-label={t('accounts.form.addSpan', { day: name })}
          title={t('accounts.form.addSpan', { day: name })}
          onClick={addSpan}
        >
          <Plus size={16} aria-hidden="true" />
          <span aria-hidden="true">{t('accounts.form.addSpanShort')}</span>
        </button>
      </div>
    </div>
  );
}

function laterSpan(last: TimeSpan): TimeSpan {
  const [h = 0, m = 0] = last.end.split(':').map(Number);
  const start = h + 1;
  if (!Number.isFinite(start) || start >= 23) return { ...DEFAULT_SPAN };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${pad(start)}:${pad(m)}`, end: `${pad(Math.min(start + 4, 23))}:${pad(m)}` };
}
