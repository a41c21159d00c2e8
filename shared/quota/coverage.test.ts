import { describe, expect, it } from 'vitest';
import { workOrderSchema, type WorkOrder } from '../schemas/quota-records';
import type { CoveringOrder } from './coverage';
import { overageCoverage } from './coverage';
import { quotaLine, quotaPeriodAt } from './lines';
import { monthPeriodAt } from './periods';
import type { QuotaAccount } from './usage';

const acc: QuotaAccount = {
  id: 'a1',
  plan: 'carefor-enterprise',
  subscriptionStart: '2025-06-01',
  timeZone: 'Europe/Paris',
  monitoredInterfaces: Array.from({ length: 10 }, (_, i) => i),
};
const MARCH = monthPeriodAt(new Date('2026-03-15T12:00:00Z'), 'Europe/Paris');
let n = 0;
const order = (over: Partial<CoveringOrder> = {}): CoveringOrder => ({
  id: `wo-${String(++n)}`,
  accountId: 'a1',
  deletedAt: null,
  reason: 'extension-incident',
  status: 'signed',
  quantity: 2,
  periodStart: '2026-03-01',
  reference: 'PS-1',
  ...over,
});
const cover = (orders: CoveringOrder[], overage = 2) =>
  overageCoverage('extension-incidents', 'a1', MARCH, overage, orders);

describe('work orders covering a quota period’s overage', () => {
  it('no work order: the whole overage needs one', () => {
    expect(cover([])).toMatchObject({
      status: 'needs-work-order',
      signed: 0,
      requested: 0,
      uncovered: 2,
    });
  });

  it('no overage: nothing to cover, whatever the orders', () => {
    expect(cover([order()], 0)).toMatchObject({ status: 'none', uncovered: 0 });
    expect(cover([], 0)).toMatchObject({ status: 'none', uncovered: 0 });
  });

  it('a signed order for the quota and period covers it', () => {
    const signed = order({ reference: 'PS-2026-0101' });
    const c = cover([signed]);
    expect(c).toMatchObject({ status: 'covered', signed: 2, uncovered: 0 });
    expect(c.orders).toEqual([signed]);
  });

  it('a requested order proposes no second one, but does not cover yet', () => {
    expect(cover([order({ status: 'requested' })])).toMatchObject({
      status: 'requested',
      signed: 0,
      requested: 2,
      uncovered: 0,
    });
  });

  it('draft and cancelled orders count for nothing', () => {
    for (const status of ['draft', 'cancelled'] as const) {
      const c = cover([order({ status })]);
      expect(c, status).toMatchObject({ status: 'needs-work-order', uncovered: 2 });
      expect(c.orders, status).toEqual([]);
    }
  });

  it('partial coverage: the remainder needs another order', () => {
    const c = cover([order({ quantity: 1 })], 3);
    expect(c).toMatchObject({ status: 'needs-work-order', signed: 1, uncovered: 2 });
    const both = cover([order({ quantity: 1 }), order({ quantity: 2, status: 'requested' })], 3);
    expect(both).toMatchObject({ status: 'requested', signed: 1, requested: 2, uncovered: 0 });
    expect(both.orders.map((o) => o.status)).toEqual(['signed', 'requested']);
  });

  it('an order for another period, quota or account, deleted or untied covers nothing', () => {
    const elsewhere = [
      order({ periodStart: '2026-02-01' }),
      order({ periodStart: '2026-04-01' }),
      order({ reason: 'extension-hours' }),
      order({ reason: 'other' }),
      order({ accountId: 'a2' }),
      order({ deletedAt: '2026-03-20T00:00:00.000Z' }),
      order({ periodStart: null }),
    ];
    expect(cover(elsewhere)).toMatchObject({ status: 'needs-work-order', uncovered: 2 });
    // Any local date inside the month ties the order to it.
    expect(cover([order({ periodStart: '2026-03-31' })])).toMatchObject({ status: 'covered' });
  });

  it('hours are compared to the minute: 20 minutes over, an order of 1/3 h covers it', () => {
    const hours = (quantity: number) =>
      overageCoverage('extension-hours', 'a1', MARCH, 20 / 60, [
        order({ reason: 'extension-hours', quantity }),
      ]);
    expect(hours(1 / 3)).toMatchObject({ status: 'covered', uncovered: 0 });
    expect(hours(0.25)).toMatchObject({ status: 'needs-work-order', uncovered: 5 / 60 });
  });

  it('rejects a negative or non-numeric overage', () => {
    expect(() => cover([], -1)).toThrow(RangeError);
    expect(() => cover([], Number.NaN)).toThrow(RangeError);
  });
});

describe('quotaLine: usage and coverage of one quota in one period', () => {
  const row = { accountId: 'a1', deletedAt: null };
  const entry = (at: string, minutes: number) => ({
    ...row,
    kind: 'extension-enhancement',
    at,
    minutes,
  });
  const at = new Date('2026-03-20T12:00:00Z');

  it('16 h 20 min is 16 h 20 min: the overage is exactly 20 minutes, not rounded', () => {
    const records = {
      specialEvents: [],
      incidents: [],
      timeEntries: [entry('2026-03-03T10:00:00Z', 600), entry('2026-03-04T10:00:00Z', 380)],
    };
    const line = quotaLine('extension-hours', acc, records, at);
    expect(line.used * 60).toBeCloseTo(980, 9);
    expect(line.overage * 60).toBeCloseTo(20, 9);
    expect(line).toMatchObject({ needsWorkOrder: true, kind: 'extension-hours' });
    const signed = order({ reason: 'extension-hours', quantity: 20 / 60 });
    const covered = quotaLine('extension-hours', acc, { ...records, workOrders: [signed] }, at);
    expect(covered).toMatchObject({ needsWorkOrder: false, coverage: { status: 'covered' } });
  });

  it('interfaces: a signed order covers the subscription year it is tied to, not the next', () => {
    const none = { specialEvents: [], incidents: [], timeEntries: [] };
    const year = quotaPeriodAt('interfaces', acc, at);
    expect(year?.startDate).toBe('2025-06-01');
    const wo = order({ reason: 'monitored-interface', quantity: 2, periodStart: '2025-06-01' });
    const line = quotaLine('interfaces', acc, { ...none, workOrders: [wo] }, at);
    expect(line).toMatchObject({ used: 10, included: 8, overage: 2, needsWorkOrder: false });
    const nextYear = quotaLine(
      'interfaces',
      acc,
      { ...none, workOrders: [wo] },
      new Date('2026-06-02T12:00:00Z'),
    );
    expect(nextYear).toMatchObject({ needsWorkOrder: true, coverage: { uncovered: 2 } });
  });

  it('an annual quota has no period before the subscription starts', () => {
    expect(quotaPeriodAt('special-events', acc, new Date('2025-05-31T12:00:00Z'))).toBeNull();
    expect(quotaPeriodAt('extension-hours', acc, new Date('2025-05-31T12:00:00Z'))?.label).toBe(
      '2025-05',
    );
  });
});

describe('work orders stored before periods existed', () => {
  it('still parse, tied to no period', () => {
    const old: Omit<WorkOrder, 'periodStart'> = {
      id: 'wo-old',
      updatedAt: '2026-01-05T10:00:00.000Z',
      deletedAt: null,
      accountId: 'a1',
      title: 'Extension support beyond allowance',
      reason: 'extension-incident',
      quantity: 1,
      status: 'signed',
      reference: null,
      notes: '',
    };
    const parsed = workOrderSchema.parse(old);
    expect(parsed.periodStart).toBeNull();
    expect(cover([parsed], 1)).toMatchObject({ status: 'needs-work-order', uncovered: 1 });
    expect(() => workOrderSchema.parse({ ...old, periodStart: '03/2026' })).toThrow(/Period start/);
  });
});
