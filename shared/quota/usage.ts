import type { IncidentCategory, PlanId } from '../domain/types';
import { entitlementsFor } from '../plans/entitlements';
import type { Period } from './periods';
import { annualPeriodAt, isWithin, monthPeriodAt } from './periods';

export interface QuotaUsage {
  used: number;
  included: number;
  remaining: number;
  overage: number;
  /**
   * Over the allowance, before any work order is considered. A quota line (`quotaLine`) says
   * instead whether work orders leave part of the overage uncovered.
   */
  needsWorkOrder: boolean;
}

export function quotaUsage(used: number, included: number): QuotaUsage {
  for (const [v, what] of [
    [used, 'Used'],
    [included, 'Included'],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`${what} must be a number ≥ 0 (got ${v}).`);
    }
  }
  const overage = Math.max(0, used - included);
  return {
    used,
    included,
    remaining: Math.max(0, included - used),
    overage,
    needsWorkOrder: overage > 0,
  };
}

/** The account fields quota counting needs. */
export interface QuotaAccount {
  id: string;
  plan: PlanId;
  subscriptionStart: string;
  timeZone: string;
  monitoredInterfaces: readonly unknown[];
}
interface Live {
  accountId: string;
  deletedAt: string | null;
}
export type PeriodUsage = QuotaUsage & { period: Period };

const live = <T extends Live>(rows: readonly T[], accountId: string) =>
  rows.filter((r) => r.deletedAt === null && r.accountId === accountId);

/** Special events counted by their start, per paid annual period. */
export function specialEventUsage(
  events: ReadonlyArray<Live & { start: string }>,
  account: QuotaAccount,
  at: Date,
): PeriodUsage {
  const period = annualPeriodAt(account.subscriptionStart, at, account.timeZone);
  const used = live(events, account.id).filter((e) => isWithin(period, e.start)).length;
  return { ...quotaUsage(used, entitlementsFor(account.plan).specialEventsPerYear), period };
}

/** Extension incidents counted by report time, per calendar month. */
export function extensionIncidentUsage(
  incidents: ReadonlyArray<Live & { category: IncidentCategory; reportedAt: string }>,
  account: QuotaAccount,
  at: Date,
): PeriodUsage {
  const period = monthPeriodAt(at, account.timeZone);
  const used = live(incidents, account.id).filter(
    (i) => i.category === 'extension' && isWithin(period, i.reportedAt),
  ).length;
  return { ...quotaUsage(used, entitlementsFor(account.plan).extensionIncidentsPerMonth), period };
}

/** Extension upgrade/enhancement hours per calendar month (time entries of that kind). */
export function extensionHoursUsage(
  entries: ReadonlyArray<Live & { kind: string; at: string; minutes: number }>,
  account: QuotaAccount,
  at: Date,
): PeriodUsage {
  const period = monthPeriodAt(at, account.timeZone);
  const minutes = live(entries, account.id)
    .filter((e) => e.kind === 'extension-enhancement' && isWithin(period, e.at))
    .reduce((sum, e) => sum + e.minutes, 0);
  return {
    ...quotaUsage(minutes / 60, entitlementsFor(account.plan).extensionHoursPerMonth),
    period,
  };
}

/** Monitored interfaces against the plan's allowance (no period). */
export function interfaceUsage(account: QuotaAccount): QuotaUsage {
  return quotaUsage(
    account.monitoredInterfaces.length,
    entitlementsFor(account.plan).monitoredInterfaces,
  );
}
