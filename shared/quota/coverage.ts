/**
 * Which work orders cover a quota period's overage. A work order covers the quota its reason
 * names, in the period holding its `periodStart`, up to its `quantity`:
 * - `signed` covers;
 * - `requested` does not cover yet, but the overage it is for needs no second order;
 * - `draft` and `cancelled` count for nothing;
 * - whatever is left beyond signed and requested orders needs another order, for that remainder.
 */
import type { WorkOrder } from '../schemas/quota-records';
import type { Period } from './periods';

export const QUOTA_KINDS = [
  'special-events',
  'interfaces',
  'extension-incidents',
  'extension-hours',
] as const;
export type QuotaKind = (typeof QUOTA_KINDS)[number];

/** The work-order reason that names each quota (reason 'other' names none). */
export const WORK_ORDER_REASON = {
  'special-events': 'special-event',
  interfaces: 'monitored-interface',
  'extension-incidents': 'extension-incident',
  'extension-hours': 'extension-hours',
} as const satisfies Record<QuotaKind, WorkOrder['reason']>;

export function quotaKindOf(reason: WorkOrder['reason']): QuotaKind | null {
  return QUOTA_KINDS.find((k) => WORK_ORDER_REASON[k] === reason) ?? null;
}

/** The work-order fields coverage reads. */
export type CoveringOrder = Pick<
  WorkOrder,
  'id' | 'accountId' | 'deletedAt' | 'reason' | 'status' | 'quantity' | 'periodStart' | 'reference'
>;

/**
 * - `none`: no overage;
 * - `covered`: signed orders cover all of it;
 * - `requested`: signed and requested orders cover it, some only requested so far;
 * - `needs-work-order`: `uncovered` is beyond every signed or requested order.
 */
export type CoverageStatus = 'none' | 'covered' | 'requested' | 'needs-work-order';

export interface OverageCoverage<O extends CoveringOrder = CoveringOrder> {
  status: CoverageStatus;
  /** Quantity of the signed orders for this quota and period. */
  signed: number;
  /** Quantity of the requested (not yet signed) orders for this quota and period. */
  requested: number;
  /** The overage left beyond signed and requested orders: it needs another work order. */
  uncovered: number;
  /** The signed, then requested, orders for this quota and period. */
  orders: O[];
}

/**
 * Hours are compared to the minute (the unit time is recorded in), so 0.33 h signed for an
 * overage of 20 minutes neither leaves a sliver uncovered nor rounds differently elsewhere.
 */
const unitsOf = (kind: QuotaKind, n: number) =>
  kind === 'extension-hours' ? Math.round(n * 60) : n;
const fromUnits = (kind: QuotaKind, n: number) => (kind === 'extension-hours' ? n / 60 : n);

/** Whether an order is tied to this quota and this period of the account. */
export function orderCovers(
  order: CoveringOrder,
  kind: QuotaKind,
  accountId: string,
  period: Period | null,
): boolean {
  return (
    order.deletedAt === null &&
    order.accountId === accountId &&
    quotaKindOf(order.reason) === kind &&
    period !== null &&
    order.periodStart !== null &&
    period.startDate <= order.periodStart &&
    order.periodStart < period.endDate
  );
}

/** How the work orders of `orders` cover `overage` of one quota in one period. */
export function overageCoverage<O extends CoveringOrder>(
  kind: QuotaKind,
  accountId: string,
  period: Period | null,
  overage: number,
  orders: readonly O[],
): OverageCoverage<O> {
  if (!Number.isFinite(overage) || overage < 0) {
    throw new RangeError(`Overage must be a number ≥ 0 (got ${overage}).`);
  }
  const tied = orders.filter((o) => orderCovers(o, kind, accountId, period));
  const signedOrders = tied.filter((o) => o.status === 'signed');
  const requestedOrders = tied.filter((o) => o.status === 'requested');
  const sum = (list: readonly O[]) => list.reduce((s, o) => s + unitsOf(kind, o.quantity), 0);
  const signed = sum(signedOrders);
  const requested = sum(requestedOrders);
  const over = unitsOf(kind, overage);
  const uncovered = Math.max(0, over - signed - requested);
  const status: CoverageStatus =
    over === 0
      ? 'none'
      : uncovered > 0
        ? 'needs-work-order'
        : signed >= over
          ? 'covered'
          : 'requested';
  return {
    status,
    signed: fromUnits(kind, signed),
    requested: fromUnits(kind, requested),
    uncovered: fromUnits(kind, uncovered),
    orders: [...signedOrders, ...requestedOrders],
  };
}
