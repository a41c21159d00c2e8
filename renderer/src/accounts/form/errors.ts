import type { TFunction } from 'i18next';
import { WEEKDAYS, type Weekday } from '@shared/calendar/index';
import { dateTimeFormat } from '@shared/intl';
import { tooLongText } from '../../ui/limits';

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

/** The DOM id of the control that shows the error at `target` (see errorTarget). */
export function fieldId(target: string): string {
  return `account-${target.replace(/\./g, '-')}`;
}

/** Messages keyed by target; the first message for a target wins. */
export function errorsByTarget(byField: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(byField)) out[errorTarget(path)] ??= message;
  return out;
}

/** Known schema messages (shared/schemas, English) → translated keys in accounts.validation. */
const KNOWN: Record<string, string> = {
  'Account name is required': 'nameRequired',
  'Annual SaaS amount must be a number': 'amountNumber',
  'Annual SaaS amount cannot be negative': 'amountNegative',
  'Subscription start must be a date such as 2026-03-01': 'startDate',
  'Time zone must be an IANA name such as Europe/Paris': 'timeZone',
  'The business calendar must use the account’s time zone': 'timeZone',
  'A working span must end after it starts': 'spanOrder',
  'Start time must be a time such as 09:00 (00:00 to 24:00)': 'time',
  'End time must be a time such as 09:00 (00:00 to 24:00)': 'time',
  'The calendar has no working time at all: add working hours to a day.': 'noWorkingTime',
  'Holiday must be a date such as 2026-03-01': 'holiday',
  'Holiday name must be 80 characters at most': 'holidayNameLong',
  'Contact name is required': 'contactName',
  'Contact email must be a valid address': 'email',
  'Interface name is required': 'interfaceName',
  'Extension name is required': 'extensionName',
};

/** The schema's message in the UI language; unknown messages pass through in English. */
export function translateMessage(message: string, t: TFunction): string {
  const tooLong = tooLongText(message, t);
  if (tooLong !== null) return tooLong;
  const key = KNOWN[message];
  return key === undefined ? message : t(`accounts.validation.${key}` as never);
}

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
