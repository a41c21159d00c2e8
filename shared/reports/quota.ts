import { dayFromYmd } from '../calendar/dates';
import { entitlementsFor } from '../plans/entitlements';
import { annualPeriodAt, isWithin, monthPeriodAt } from '../quota/periods';
import { quotaUsage } from '../quota/usage';
import type { Account } from '../schemas/account';
import type { Incident } from '../schemas/incident';
import type { SpecialEvent, TimeEntry } from '../schemas/quota-records';
import { startOfLocalDay } from '../calendar/zone';
import type { ReportPeriod } from './period';
import { monthsOf, periodBounds } from './period';

export type QuotaMetric = 'extension-incidents' | 'extension-hours' | 'special-events';

export interface QuotaRow {
  metric: QuotaMetric;
  /** 'YYYY-MM' for monthly quotas, 'YYYY-MM-DD – YYYY-MM-DD' for annual ones. */
  period: string;
  used: number;
  included: number;
  overage: number;
}

const live = <T extends { deletedAt: string | null; accountId: string }>(
  rows: readonly T[],
  accountId: string,
) => rows.filter((r) => r.deletedAt === null && r.accountId === accountId);

function monthStart(month: string, timeZone: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(startOfLocalDay(timeZone, dayFromYmd(y ?? 1970, m ?? 1, 1)));
}

/**
 * Quota consumption against the plan's allowance for each period the report touches: extension
 * incidents and hours per calendar month, special events per paid annual period.
 */
export function quotaConsumption(
  account: Account,
  period: ReportPeriod,
  data: {
    incidents: readonly Incident[];
    timeEntries: readonly TimeEntry[];
    specialEvents: readonly SpecialEvent[];
  },
): QuotaRow[] {
  const ent = entitlementsFor(account.plan);
  const rows: QuotaRow[] = [];
  const incidents = live(data.incidents, account.id);
  const entries = live(data.timeEntries, account.id);
  for (const month of monthsOf(period)) {
    const p = monthPeriodAt(monthStart(month, account.timeZone), account.timeZone);
    const extIncidents = incidents.filter(
      (i) => i.category === 'extension' && isWithin(p, i.reportedAt),
    ).length;
    const minutes = entries
      .filter((e) => e.kind === 'extension-enhancement' && isWithin(p, e.at))
      .reduce((sum, e) => sum + e.minutes, 0);
    const inc = quotaUsage(extIncidents, ent.extensionIncidentsPerMonth);
    const hours = quotaUsage(Math.round((minutes / 60) * 10) / 10, ent.extensionHoursPerMonth);
    rows.push({ metric: 'extension-incidents', period: month, ...pick(inc) });
    rows.push({ metric: 'extension-hours', period: month, ...pick(hours) });
  }
  const bounds = periodBounds(period, account.timeZone);
  const seen = new Set<string>();
  // Every annual period overlapping the report (sampled at its start and end).
  for (const at of [bounds.start, new Date(bounds.end.getTime() - 1)]) {
    if (at.toISOString().slice(0, 10) < account.subscriptionStart) continue;
    let annual;
    try {
      annual = annualPeriodAt(account.subscriptionStart, at, account.timeZone);
    } catch {
      continue;
    }
    if (seen.has(annual.label)) continue;
    seen.add(annual.label);
    const used = live(data.specialEvents, account.id).filter((e) =>
      isWithin(annual, e.start),
    ).length;
    rows.push({
      metric: 'special-events',
      period: annual.label,
      ...pick(quotaUsage(used, ent.specialEventsPerYear)),
    });
  }
  return rows;
}

function pick(u: { used: number; included: number; overage: number }) {
  return { used: u.used, included: u.included, overage: u.overage };
}

/** Periods with an overage: each needs a professional-services work order. */
export function overagePeriods(rows: readonly QuotaRow[]): QuotaRow[] {
  return rows.filter((r) => r.overage > 0);
}
