import type { TFunction } from 'i18next';
import { errorTarget } from '../../ui/account-fields';
import { tooLongText } from '../../ui/limits';

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
