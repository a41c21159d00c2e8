import type { TFunction } from 'i18next';
import { WEEKDAYS, type Weekday } from '@shared/calendar/index';
import { dateTimeFormat } from '@shared/intl';

/*
 * An account's fields in the words of its form: the account form's error summary and the sync
 * notices ("Contact 2: email") both name a stored path this way, so it sits below both.
 */

/**
 * Where a schema error is shown: most paths are a field of the form; a few are folded into
 * the control that edits them (the calendar's time zone is the account's).
 */
export function errorTarget(path: string): string {
  if (path === 'businessCalendar.timeZone') return 'timeZone';
  if (/^businessCalendar\.hours(\.\w+)?$/.test(path)) return 'businessCalendar.hours';
  // Holiday names are edited beside their dates.
  if (path.startsWith('businessCalendar.holiday')) return 'businessCalendar.holidays';
  if (path.startsWith('managedServices')) return 'managedServices';
  const item = /^(contacts|monitoredInterfaces|extensions)\.(\d+)\.id$/.exec(path);
  if (item) return `${item[1] ?? ''}.${item[2] ?? ''}.name`;
  return path;
}

/** A weekday's name in the UI language ('Monday', 'lun.'). */
export function weekdayName(day: Weekday, lang: string, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return dateTimeFormat(lang, { weekday: width, timeZone: 'UTC' }).format(date);
}

/** A field's name for the error summary, e.g. "Monday, span 2: end". */
export function fieldLabel(target: string, t: TFunction, lang: string): string {
  const span = /^businessCalendar\.hours\.(\w+)\.(\d+)\.(start|end)$/.exec(target);
  if (span) {
    return t('accounts.form.spanField', {
      day: weekdayName(span[1] as Weekday, lang),
      n: Number(span[2]) + 1,
      part: t(`accounts.form.${span[3] as 'start' | 'end'}`),
    });
  }
  const item = /^(contacts|monitoredInterfaces|extensions)\.(\d+)\.(\w+)$/.exec(target);
  if (item) {
    return t('accounts.form.itemField', {
      item: t(`accounts.form.item.${item[1] as 'contacts'}`, { n: Number(item[2]) + 1 }),
      field: t(`accounts.form.${item[3] as 'name'}` as never),
    });
  }
  const simple: Record<string, string> = {
    name: 'accounts.form.name',
    plan: 'accounts.form.plan',
    annualSaasAmount: 'accounts.form.amount',
    subscriptionStart: 'accounts.form.subscriptionStart',
    timeZone: 'accounts.form.timeZone',
    'businessCalendar.hours': 'accounts.form.hours',
    'businessCalendar.holidays': 'accounts.form.holidays',
    csmName: 'accounts.form.csm',
    sdmName: 'accounts.form.sdm',
    managedServices: 'accounts.form.managedServices',
  };
  const key = simple[target];
  return key === undefined ? target : t(key as never);
}
