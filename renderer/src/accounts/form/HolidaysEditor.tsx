import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, X } from 'lucide-react';
import { dateTimeFormat } from '@shared/intl';
import { fieldId, translateMessage } from './errors';

interface Props {
  holidays: string[];
  /** Names by date, as typed; empty means unnamed. */
  names: Record<string, string>;
  error: string | undefined;
  onChange: (holidays: string[], names: Record<string, string>) => void;
}

/** Whole-day holidays, each with an optional name ("Christmas Day"), in date order. */
export function HolidaysEditor({ holidays, names, error, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const id = fieldId('businessCalendar.holidays');
  const format = (iso: string) =>
    dateTimeFormat(i18n.language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  const add = () => {
    if (date === '' || holidays.includes(date)) return;
    const next = name.trim() === '' ? names : { ...names, [date]: name };
    onChange([...holidays, date].sort(), next);
    setDate('');
    setName('');
  };
  const remove = (h: string) => {
    const rest = Object.fromEntries(Object.entries(names).filter(([d]) => d !== h));
    onChange(
      holidays.filter((x) => x !== h),
      rest,
    );
  };
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  return (
    <div className="calendar-editor__holidays">
      <h2>{t('accounts.form.holidays')}</h2>
      <div className="inline-add">
        <label htmlFor={id}>{t('accounts.form.holidayDate')}</label>
        <input
          id={id}
          type="date"
          value={date}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setDate(e.target.value)}
          onKeyDown={onEnter}
        />
        <label htmlFor={`${id}-name`}>{t('accounts.form.holidayName')}</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={80}
          value={name}
          placeholder={t('accounts.form.holidayNamePlaceholder')}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={onEnter}
        />
        <button type="button" onClick={add} disabled={date === ''}>
          <Plus size={16} aria-hidden="true" /> {t('accounts.form.addHoliday')}
        </button>
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {translateMessage(error, t)}
        </p>
      ) : null}
      {holidays.length === 0 ? (
        <p className="hint">{t('accounts.form.noHolidays')}</p>
      ) : (
        <ul className="holiday-list">
          {holidays.map((h) => (
            <li key={h} className="holiday-list__row">
              <time dateTime={h}>{format(h)}</time>
              <input
                type="text"
                maxLength={80}
                value={names[h] ?? ''}
                aria-label={t('accounts.form.holidayNameOf', { date: format(h) })}
                placeholder={t('accounts.form.holidayNamePlaceholder')}
                onChange={(e) => onChange(holidays, { ...names, [h]: e.target.value })}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('accounts.form.removeHoliday', { date: format(h) })}
                title={t('accounts.form.removeHoliday', { date: format(h) })}
                onClick={() => remove(h)}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
