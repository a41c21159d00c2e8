/**
 * One quota of one account in one period, with the work orders covering its overage: the single
 * count the Quotas screens, the overage warnings and the business review all read.
 */
import { dayNumberOf } from '../calendar/dates';
import { startOfLocalDay } from '../calendar/zone';
import type { IncidentCategory } from '../domain/types';
import type { OverageCoverage, CoveringOrder, QuotaKind } from './coverage';
import { overageCoverage } from './coverage';
import type { Period } from './periods';
import { annualPeriodAt, monthPeriodAt } from './periods';
import type { QuotaAccount, QuotaUsage } from './usage';
import {
  extensionHoursUsage,
  extensionIncidentUsage,
  interfaceUsage,
  specialEventUsage,
} from './usage';

interface Live {
  accountId: string;
  deletedAt: string | null;
}

/** The records quotas count (other accounts' and deleted rows are ignored). */
export interface QuotaRecords {
  specialEvents: ReadonlyArray<Live & { start: string }>;
  incidents: ReadonlyArray<Live & { category: IncidentCategory; reportedAt: string }>;
  timeEntries: ReadonlyArray<Live & { kind: string; at: string; minutes: number }>;
  /** Absent: no work order covers anything. */
  workOrders?: readonly CoveringOrder[] | undefined;
}

export interface QuotaLine extends QuotaUsage {
  kind: QuotaKind;
  /**
   * The period counted and covered: the calendar month for extension quotas, the subscription
   * year for special events and monitored interfaces (null for interfaces before it starts).
   */
  period: Period | null;
  coverage: OverageCoverage;
  /** Part of the overage is covered by no signed or requested work order (`coverage.uncovered`). */
  needsWorkOrder: boolean;
}

/** Annual periods exist from local midnight of the subscription start. */
export function subscriptionStarted(account: QuotaAccount, at: Date): boolean {
  const first = startOfLocalDay(
    account.timeZone,
    dayNumberOf(account.subscriptionStart, 'Subscription start'),
  );
  return first <= at.getTime();
}

/**
 * The period of `kind` holding `at`, which a work order for that quota is tied to; null for an
 * annual quota before the subscription starts.
 */
export function quotaPeriodAt(kind: QuotaKind, account: QuotaAccount, at: Date): Period | null {
  if (kind === 'extension-incidents' || kind === 'extension-hours') {
    return monthPeriodAt(at, account.timeZone);
  }
  if (!subscriptionStarted(account, at)) return null;
  return annualPeriodAt(account.subscriptionStart, at, account.timeZone);
}

function usageOf(
  kind: QuotaKind,
  account: QuotaAccount,
  records: QuotaRecords,
  at: Date,
): QuotaUsage & { period: Period | null } {
  switch (kind) {
    case 'special-events':
      return specialEventUsage(records.specialEvents, account, at);
    case 'extension-incidents':
      return extensionIncidentUsage(records.incidents, account, at);
    case 'extension-hours':
      return extensionHoursUsage(records.timeEntries, account, at);
    case 'interfaces':
      return { ...interfaceUsage(account), period: quotaPeriodAt(kind, account, at) };
  }
}

/**
 * Usage of one quota in the period holding `at` (hours exact to the minute, never rounded), and
 * how work orders cover its overage. Special events before the subscription start throw a
 * RangeError: there is no annual period to count them in.
 */
export function quotaLine(
  kind: QuotaKind,
  account: QuotaAccount,
  records: QuotaRecords,
  at: Date,
): QuotaLine {
  const usage = usageOf(kind, account, records, at);
  const coverage = overageCoverage(
    kind,
    account.id,
    usage.period,
    usage.overage,
    records.workOrders ?? [],
  );
  return { ...usage, kind, coverage, needsWorkOrder: coverage.uncovered > 0 };
}
