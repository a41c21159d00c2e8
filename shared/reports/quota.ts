import { dayFromYmd } from '../calendar/dates';
import { startOfLocalDay } from '../calendar/zone';
import type { CoverageStatus } from '../quota/coverage';
import type { QuotaLine } from '../quota/lines';
import { quotaLine, subscriptionStarted } from '../quota/lines';
import type { Account } from '../schemas/account';
import type { Incident } from '../schemas/incident';
import type { SpecialEvent, TimeEntry, WorkOrder } from '../schemas/quota-records';
import type { ReportPeriod } from './period';
import { monthsOf, periodBounds } from './period';

export type QuotaMetric = 'extension-incidents' | 'extension-hours' | 'special-events';

export interface QuotaRow {
  metric: QuotaMetric;
  /** 'YYYY-MM' for monthly quotas, 'YYYY-MM-DD – YYYY-MM-DD' for annual ones. */
  period: string;
  /** Hours are exact (minutes / 60), as on the Quotas screen: never rounded here. */
  used: number;
  included: number;
  /** Use beyond the allowance, whether or not a work order covers it. */
  overage: number;
  /** How work orders cover the overage (see shared/quota/coverage). */
  coverage: CoverageStatus;
  /** The part of the overage no signed or requested work order covers. */
  uncovered: number;
  /** The signed, then requested, work orders tied to this quota and period. */
  orders: Array<Pick<WorkOrder, 'id' | 'reference' | 'status' | 'quantity'>>;
}

function monthStart(month: string, timeZone: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(startOfLocalDay(timeZone, dayFromYmd(y ?? 1970, m ?? 1, 1)));
}

function row(metric: QuotaMetric, period: string, line: QuotaLine): QuotaRow {
  const { coverage } = line;
  return {
    metric,
    period,
    used: line.used,
    included: line.included,
    overage: line.overage,
    coverage: coverage.status,
    uncovered: coverage.uncovered,
    orders: coverage.orders.map((o) => ({
      id: o.id,
      reference: o.reference,
      status: o.status,
      quantity: o.quantity,
    })),
  };
}

/**
 * Quota consumption against the plan's allowance for each period the report touches: extension
 * incidents and hours per calendar month, special events per paid annual period. Counted by the
 * same `quotaLine` as the Quotas screen, with the work orders covering each overage.
 */
export function quotaConsumption(
  account: Account,
  period: ReportPeriod,
  data: {
    incidents: readonly Incident[];
    timeEntries: readonly TimeEntry[];
    specialEvents: readonly SpecialEvent[];
    workOrders?: readonly WorkOrder[];
  },
): QuotaRow[] {
  const rows: QuotaRow[] = [];
  for (const month of monthsOf(period)) {
    const at = monthStart(month, account.timeZone);
    rows.push(
      row('extension-incidents', month, quotaLine('extension-incidents', account, data, at)),
    );
    rows.push(row('extension-hours', month, quotaLine('extension-hours', account, data, at)));
  }
  const bounds = periodBounds(period, account.timeZone);
  const seen = new Set<string>();
  // Every annual period overlapping the report (sampled at its start and end).
  for (const at of [bounds.start, new Date(bounds.end.getTime() - 1)]) {
    if (!subscriptionStarted(account, at)) continue;
    const line = quotaLine('special-events', account, data, at);
    const label = line.period?.label ?? '';
    if (seen.has(label)) continue;
    seen.add(label);
    rows.push(row('special-events', label, line));
  }
  return rows;
}

/** Periods with part of an overage that no signed or requested work order covers. */
export function overagePeriods(rows: readonly QuotaRow[]): QuotaRow[] {
  return rows.filter((r) => r.uncovered > 0);
}
