/**
 * Quota usage of one account: the four allowances for the current period and their history.
 * Pure: callers pass live rows and `now`; the counting rules themselves live in shared/quota.
 */
import { dayNumberOf } from '@shared/calendar/dates';
import { startOfLocalDay } from '@shared/calendar/zone';
import type { IncidentCategory } from '@shared/domain/types';
import { entitlementsFor } from '@shared/plans/entitlements';
import type { Period, PeriodUsage, QuotaAccount, QuotaUsage } from '@shared/quota/index';
import {
  annualPeriodAt,
  extensionHoursUsage,
  extensionIncidentUsage,
  interfaceUsage,
  monthPeriodAt,
  quotaUsage,
  specialEventUsage,
} from '@shared/quota/index';

export const QUOTA_KINDS = [
  'special-events',
  'interfaces',
  'extension-incidents',
  'extension-hours',
] as const;
export type QuotaKind = (typeof QUOTA_KINDS)[number];

/** The work-order reason that matches each quota. */
export const WORK_ORDER_REASON = {
  'special-events': 'special-event',
  interfaces: 'monitored-interface',
  'extension-incidents': 'extension-incident',
  'extension-hours': 'extension-hours',
} as const satisfies Record<QuotaKind, string>;

export interface QuotaLine extends QuotaUsage {
  kind: QuotaKind;
  /** Null for monitored interfaces, which have no period. */
  period: Period | null;
}

interface Live {
  accountId: string;
  deletedAt: string | null;
}
export interface QuotaRows {
  specialEvents: ReadonlyArray<Live & { id: string; start: string }>;
  incidents: ReadonlyArray<Live & { category: IncidentCategory; reportedAt: string }>;
  timeEntries: ReadonlyArray<Live & { id: string; kind: string; at: string; minutes: number }>;
}

export interface AccountQuotaUsage {
  accountId: string;
  /** Current period, one line per quota the plan includes or the account uses anyway. */
  current: QuotaLine[];
  /** Past and current periods, newest first (interfaces have no history). */
  history: Record<Exclude<QuotaKind, 'interfaces'>, QuotaLine[]>;
  needsWorkOrder: boolean;
}

export interface UsageOptions {
  /** Months of history for the monthly quotas, current month included (default 12). */
  months?: number;
  /** Annual periods of history, current one included (default 3). */
  years?: number;
}

const line = (kind: QuotaKind, u: PeriodUsage | QuotaUsage): QuotaLine => ({
  ...u,
  kind,
  period: 'period' in u ? u.period : null,
});

/**
 * A quota line is shown when the plan includes it, or when the account used it without the
 * entitlement (recorded events, interfaces or hours: all overage). Extension incidents of
 * accounts without extension support are ordinary incidents, so they are not counted.
 */
function shown(l: QuotaLine): boolean {
  return l.included > 0 || (l.used > 0 && l.kind !== 'extension-incidents');
}

/** Annual periods exist from local midnight of the subscription start. */
function started(account: QuotaAccount, at: Date): boolean {
  const first = startOfLocalDay(
    account.timeZone,
    dayNumberOf(account.subscriptionStart, 'Subscription start'),
  );
  return first <= at.getTime();
}

function monthsBack(at: Date, timeZone: string, count: number): Date[] {
  const out: Date[] = [];
  let probe = at;
  for (let i = 0; i < count; i++) {
    const p = monthPeriodAt(probe, timeZone);
    out.push(probe);
    probe = new Date(p.start.getTime() - 1);
  }
  return out;
}

/** All four quotas of one account at `now`, with history by period. */
export function accountQuotaUsage(
  account: QuotaAccount,
  rows: QuotaRows,
  now: Date,
  options: UsageOptions = {},
): AccountQuotaUsage {
  const months = monthsBack(now, account.timeZone, options.months ?? 12);
  const hasStarted = started(account, now);
  const years: Date[] = [];
  if (hasStarted) {
    let probe = now;
    for (let i = 0; i < (options.years ?? 3); i++) {
      years.push(probe);
      const p = annualPeriodAt(account.subscriptionStart, probe, account.timeZone);
      if (p.index === 0) break;
      probe = new Date(p.start.getTime() - 1);
    }
  }
  const history = {
    'special-events': years.map((at) =>
      line('special-events', specialEventUsage(rows.specialEvents, account, at)),
    ),
    'extension-incidents': months.map((at) =>
      line('extension-incidents', extensionIncidentUsage(rows.incidents, account, at)),
    ),
    'extension-hours': months.map((at) =>
      line('extension-hours', extensionHoursUsage(rows.timeEntries, account, at)),
    ),
  };
  const candidates = [
    history['special-events'][0],
    line('interfaces', interfaceUsage(account)),
    history['extension-incidents'][0],
    history['extension-hours'][0],
  ];
  const current = candidates.filter((l): l is QuotaLine => l !== undefined && shown(l));
  return {
    accountId: account.id,
    current,
    history,
    needsWorkOrder: current.some((l) => l.needsWorkOrder),
  };
}

/** Usage of the special-event allowance if `candidate` were saved; null before the subscription. */
export function specialEventPreview(
  account: QuotaAccount,
  events: QuotaRows['specialEvents'],
  candidate: { id?: string | undefined; start: string },
): PeriodUsage | null {
  const at = new Date(candidate.start);
  if (Number.isNaN(at.getTime()) || !started(account, at)) return null;
  const others = events.filter((e) => e.id !== candidate.id);
  const before = specialEventUsage(others, account, at);
  return { ...quotaUsage(before.used + 1, before.included), period: before.period };
}

/** Usage of the monthly extension-hours allowance if `candidate` were saved. */
export function extensionHoursPreview(
  account: QuotaAccount,
  entries: QuotaRows['timeEntries'],
  candidate: { id?: string | undefined; at: string; minutes: number; kind: string },
): PeriodUsage {
  const others = entries.filter((e) => e.id !== candidate.id);
  const at = new Date(candidate.at);
  return extensionHoursUsage(
    [
      ...others,
      { ...candidate, id: candidate.id ?? 'new', accountId: account.id, deletedAt: null },
    ],
    account,
    at,
  );
}

/** Usage of the monitored-interface allowance after adding `added` interfaces. */
export function interfacePreview(account: QuotaAccount, added = 1): QuotaUsage {
  return quotaUsage(
    account.monitoredInterfaces.length + added,
    entitlementsFor(account.plan).monitoredInterfaces,
  );
}

/** One dashboard row: an account's quota for the current period. */
export interface DashboardRow {
  accountId: string;
  accountName: string;
  line: QuotaLine;
}

/** Rows of the quota dashboard: overages first, then the fullest allowances, then by name. */
export function dashboardRows(
  accounts: ReadonlyArray<QuotaAccount & { name: string }>,
  rows: QuotaRows,
  now: Date,
): DashboardRow[] {
  const out = accounts.flatMap((account) =>
    accountQuotaUsage(account, rows, now, { months: 1, years: 1 }).current.map((l) => ({
      accountId: account.id,
      accountName: account.name,
      line: l,
    })),
  );
  const fill = (l: QuotaLine) => (l.included === 0 ? Infinity : l.used / l.included);
  return out.sort(
    (a, b) =>
      Number(b.line.needsWorkOrder) - Number(a.line.needsWorkOrder) ||
      fill(b.line) - fill(a.line) ||
      a.accountName.localeCompare(b.accountName),
  );
}
