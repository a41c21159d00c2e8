import { WEEKDAYS, type TimeSpan, type Weekday } from '@shared/calendar/index';
import type { PlanId } from '@shared/domain/types';
import type { Account } from '@shared/schemas/index';

/** What the form edits: strings as typed, converted to a record only on save. */
export interface CalendarDraft {
  hours: Record<Weekday, TimeSpan[]>;
  holidays: string[];
  /** Holiday names by date, as typed; blank names are dropped on save. */
  holidayNames: Record<string, string>;
}

export interface ContactDraft {
  id: string;
  name: string;
  email: string;
  role: string;
  keyUser: boolean;
}

export interface AccountDraft {
  id: string;
  name: string;
  plan: PlanId;
  annualSaasAmount: string;
  subscriptionStart: string;
  timeZone: string;
  calendar: CalendarDraft;
  csmName: string;
  sdmName: string;
  contacts: ContactDraft[];
  monitoredInterfaces: Array<{ id: string; name: string; critical: boolean }>;
  extensions: Array<{ id: string; name: string }>;
  managedServices: string[];
}

export const DEFAULT_SPAN: TimeSpan = { start: '09:00', end: '18:00' };

function emptyWeek(): Record<Weekday, TimeSpan[]> {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A new account: Mon–Fri 09:00–18:00 in this device's time zone. */
export function newAccountDraft(id: string, csmName = ''): AccountDraft {
  const hours = emptyWeek();
  for (const day of WEEKDAYS.slice(0, 5)) hours[day] = [{ ...DEFAULT_SPAN }];
  return {
    id,
    name: '',
    plan: 'premium',
    annualSaasAmount: '',
    subscriptionStart: today(),
    timeZone: localTimeZone(),
    calendar: { hours, holidays: [], holidayNames: {} },
    csmName,
    sdmName: '',
    contacts: [],
    monitoredInterfaces: [],
    extensions: [],
    managedServices: [],
  };
}

export function draftOf(account: Account): AccountDraft {
  const hours = emptyWeek();
  for (const day of WEEKDAYS)
    hours[day] = (account.businessCalendar.hours[day] ?? []).map((s) => ({ ...s }));
  return {
    id: account.id,
    name: account.name,
    plan: account.plan,
    annualSaasAmount: String(account.annualSaasAmount),
    subscriptionStart: account.subscriptionStart,
    timeZone: account.timeZone,
    calendar: {
      hours,
      holidays: [...(account.businessCalendar.holidays ?? [])],
      holidayNames: { ...account.businessCalendar.holidayNames },
    },
    csmName: account.csmName,
    sdmName: account.sdmName ?? '',
    contacts: account.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email ?? '',
      role: c.role ?? '',
      keyUser: c.keyUser,
    })),
    monitoredInterfaces: account.monitoredInterfaces.map((i) => ({
      id: i.id,
      name: i.name,
      critical: i.critical ?? false,
    })),
    extensions: account.extensions.map((e) => ({ ...e })),
    managedServices: [...account.managedServices],
  };
}

/** Holidays, and their names when any: a name only for a listed date, trimmed, never blank. */
function holidaysOf(
  calendar: CalendarDraft,
): Pick<Account['businessCalendar'], 'holidays' | 'holidayNames'> {
  const holidays = [...calendar.holidays];
  const named = holidays.flatMap((d) => {
    const name = calendar.holidayNames[d]?.trim() ?? '';
    return name === '' ? [] : [[d, name] as const];
  });
  return named.length === 0 ? { holidays } : { holidays, holidayNames: Object.fromEntries(named) };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The record to validate and save. The calendar always takes the account's time zone. */
export function recordOf(draft: AccountDraft): Omit<Account, 'updatedAt' | 'deletedAt'> {
  const hours: Partial<Record<Weekday, TimeSpan[]>> = {};
  for (const day of WEEKDAYS) {
    const spans = draft.calendar.hours[day];
    if (spans.length > 0) hours[day] = spans.map((s) => ({ start: s.start, end: s.end }));
  }
  const amount = draft.annualSaasAmount.trim();
  const timeZone = draft.timeZone.trim();
  return {
    id: draft.id,
    name: draft.name,
    plan: draft.plan,
    // An empty or malformed amount becomes NaN, which the schema refuses with a clear message.
    annualSaasAmount: amount === '' ? Number.NaN : Number(amount),
    subscriptionStart: draft.subscriptionStart,
    timeZone,
    businessCalendar: { timeZone, hours, ...holidaysOf(draft.calendar) },
    csmName: draft.csmName.trim(),
    sdmName: optional(draft.sdmName) ?? null,
    contacts: draft.contacts.map((c) => {
      const email = optional(c.email);
      const role = optional(c.role);
      return {
        id: c.id,
        name: c.name,
        keyUser: c.keyUser,
        ...(email === undefined ? {} : { email }),
        ...(role === undefined ? {} : { role }),
      };
    }),
    monitoredInterfaces: draft.monitoredInterfaces.map((i) => ({ ...i })),
    extensions: draft.extensions.map((e) => ({ ...e })),
    managedServices: [...draft.managedServices],
  };
}
