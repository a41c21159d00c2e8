import { generateDemoWorkspace } from '@shared/demo/index';
import { quotaConsumption, type QuotaRow } from '@shared/reports/index';
import type { Account, TimeEntry, WorkOrder } from '@shared/schemas/index';
import { describe, expect, it } from 'vitest';
import { coveringOrderId, proposedOrder } from './overage';
import {
  accountQuotaUsage,
  dashboardRows,
  extensionHoursPreview,
  specialEventPreview,
  type QuotaLine,
} from './usage';

/** The figures a client sees for one quota and period, wherever they are shown. */
const figures = (l: QuotaLine | QuotaRow) => ({
  used: l.used,
  included: l.included,
  overage: l.overage,
  uncovered: 'coverage' in l && typeof l.coverage === 'object' ? l.coverage.uncovered : l.uncovered,
  status: typeof l.coverage === 'object' ? l.coverage.status : l.coverage,
});

/** The Quotas screen's monthly line for 'YYYY-MM', looked up in the account's history. */
function screenLine(
  usage: ReturnType<typeof accountQuotaUsage>,
  kind: 'extension-hours' | 'extension-incidents',
  month: string,
): QuotaLine | undefined {
  return usage.history[kind].find((l) => l.period?.label === month);
}

describe('the business review and the Quotas screen count quotas alike', () => {
  const now = new Date('2026-04-20T10:00:00Z');
  const account = {
    id: 'acc-1',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    name: 'Acme',
    plan: 'carefor-enterprise',
    annualSaasAmount: 500_000,
    subscriptionStart: '2025-03-01',
    timeZone: 'Europe/Paris',
    businessCalendar: {
      timeZone: 'Europe/Paris',
      hours: { mon: [{ start: '09:00', end: '17:00' }] },
    },
    csmName: null,
    sdmName: null,
    contacts: [],
    monitoredInterfaces: [],
    extensions: [],
    managedServices: [],
  } as unknown as Account;
  const entry = (id: string, at: string, minutes: number): TimeEntry => ({
    id,
    updatedAt: at,
    deletedAt: null,
    accountId: 'acc-1',
    at,
    minutes,
    kind: 'extension-enhancement',
    by: 'Sam',
    description: '',
    incidentId: null,
    workOrderId: null,
  });
  // 16 h 20 min in March: 10 h + 6 h 20 min.
  const timeEntries = [
    entry('t1', '2026-03-03T10:00:00.000Z', 600),
    entry('t2', '2026-03-10T10:00:00.000Z', 380),
  ];
  const data = { incidents: [], specialEvents: [], timeEntries, workOrders: [] as WorkOrder[] };

  it('16 h 20 min reads 16 h 20 min in both (not 16.3 in one of them)', () => {
    const review = quotaConsumption(account, { from: '2026-01-01', to: '2026-03-31' }, data);
    const march = review.find((r) => r.metric === 'extension-hours' && r.period === '2026-03');
    const screen = screenLine(accountQuotaUsage(account, data, now), 'extension-hours', '2026-03');
    expect(march).toBeDefined();
    expect(screen).toBeDefined();
    if (march === undefined || screen === undefined) return;
    expect(figures(march)).toEqual(figures(screen));
    // The recorded minutes, exactly: (600 + 380) / 60 hours, 20 minutes over the 16 h.
    expect(march.used).toBe((600 + 380) / 60);
    expect(Math.round(march.overage * 60)).toBe(20);
    expect(march.used).not.toBe(16.3);
  });

  it('a signed work order for the month clears the overage in both', () => {
    const signed: WorkOrder = {
      id: 'wo-1',
      updatedAt: '2026-03-31T10:00:00.000Z',
      deletedAt: null,
      accountId: 'acc-1',
      title: 'Extension hours beyond allowance',
      reason: 'extension-hours',
      quantity: 20 / 60,
      status: 'signed',
      reference: 'PS-2026-0101',
      notes: '',
      periodStart: '2026-03-01',
    };
    const withOrder = { ...data, workOrders: [signed] };
    const review = quotaConsumption(account, { from: '2026-03-01', to: '2026-03-31' }, withOrder);
    const march = review.find((r) => r.metric === 'extension-hours');
    const screen = screenLine(
      accountQuotaUsage(account, withOrder, now),
      'extension-hours',
      '2026-03',
    );
    expect(march).toMatchObject({ coverage: 'covered', uncovered: 0 });
    expect(march?.orders).toEqual([
      { id: 'wo-1', reference: 'PS-2026-0101', status: 'signed', quantity: 20 / 60 },
    ]);
    if (march === undefined || screen === undefined) throw new Error('no March line');
    expect(figures(march)).toEqual(figures(screen));
    expect(screen.needsWorkOrder).toBe(false);
  });

  it('the demo workspace: every monthly figure of the review matches the Quotas screen', () => {
    const demoNow = new Date('2026-11-18T09:30:00.000Z');
    const ws = generateDemoWorkspace({ seed: 11, now: demoNow, accounts: 40, incidents: 1500 });
    const period = { from: '2026-05-01', to: '2026-10-31' };
    let compared = 0;
    let covered = 0;
    for (const acc of ws.accounts.filter((a) => a.plan === 'carefor-enterprise')) {
      const review = quotaConsumption(acc, period, ws);
      const screen = accountQuotaUsage(acc, ws, demoNow);
      for (const r of review) {
        if (r.metric === 'special-events') continue;
        const line = screenLine(screen, r.metric, r.period);
        expect(line, `${acc.id} ${r.metric} ${r.period}`).toBeDefined();
        if (line === undefined) continue;
        expect(figures(r), `${acc.id} ${r.metric} ${r.period}`).toEqual(figures(line));
        compared++;
        if (r.coverage === 'covered') covered++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    // The demo's signed orders for extra hours carry their month: some overages are covered.
    expect(covered).toBeGreaterThan(0);
  });
});

describe('the overage warning proposes no second order for an overage already ordered', () => {
  const bp = {
    id: 'a1',
    plan: 'carefor-business-plus' as const,
    subscriptionStart: '2024-06-15',
    timeZone: 'Europe/Paris',
    monitoredInterfaces: [] as unknown[],
  };
  const live = { accountId: 'a1', deletedAt: null };
  const order = (over: Partial<WorkOrder>): WorkOrder => ({
    ...live,
    id: 'wo-1',
    updatedAt: '2026-07-01T00:00:00.000Z',
    title: 'Second go-live',
    reason: 'special-event',
    quantity: 1,
    status: 'requested',
    reference: null,
    notes: '',
    periodStart: '2026-06-15',
    ...over,
  });
  const rows = (workOrders: WorkOrder[]) => ({
    specialEvents: [{ ...live, id: 'e1', start: '2026-07-10T08:00:00Z' }],
    incidents: [],
    timeEntries: [],
    workOrders,
  });
  const second = { start: '2026-09-01T08:00:00Z' };

  it('without an order: warn, and propose one for the year of the event', () => {
    const p = specialEventPreview(bp, rows([]), second);
    expect(p).toMatchObject({ needsWorkOrder: true, overage: 1 });
    if (p === null) throw new Error('no preview');
    expect(proposedOrder(p)).toEqual({ quantity: 1, periodStart: '2026-06-15' });
    expect(coveringOrderId(p)).toBeNull();
  });

  it('a requested or signed order for that year: no warning; the event goes under it', () => {
    for (const status of ['requested', 'signed'] as const) {
      const p = specialEventPreview(bp, rows([order({ status })]), second);
      expect(p, status).toMatchObject({ needsWorkOrder: false, overage: 1 });
      expect(coveringOrderId(p), status).toBe('wo-1');
    }
  });

  it('a draft, cancelled or other-year order: the warning stays', () => {
    for (const o of [
      order({ status: 'draft' }),
      order({ status: 'cancelled' }),
      order({ status: 'signed', periodStart: '2025-06-15' }),
    ]) {
      expect(specialEventPreview(bp, rows([o]), second)?.needsWorkOrder).toBe(true);
    }
  });

  it('hours beyond a signed order: the new order covers the remainder only', () => {
    const ent = { ...bp, plan: 'carefor-enterprise' as const };
    const signed = order({
      reason: 'extension-hours',
      status: 'signed',
      quantity: 1,
      periodStart: '2026-09-01',
    });
    const base = {
      ...rows([signed]),
      specialEvents: [],
      timeEntries: [
        {
          ...live,
          id: 't1',
          kind: 'extension-enhancement',
          at: '2026-09-02T10:00:00Z',
          minutes: 960,
        },
      ],
    };
    const within = extensionHoursPreview(ent, base, {
      at: '2026-09-03T10:00:00Z',
      minutes: 45,
      kind: 'extension-enhancement',
    });
    expect(within).toMatchObject({ needsWorkOrder: false, coverage: { status: 'covered' } });
    const beyond = extensionHoursPreview(ent, base, {
      at: '2026-09-03T10:00:00Z',
      minutes: 90,
      kind: 'extension-enhancement',
    });
    expect(beyond.needsWorkOrder).toBe(true);
    // 16 h + 1 h 30 against 16 h included and 1 h signed: 30 minutes left to order.
    expect(proposedOrder(beyond)).toEqual({ quantity: 30 / 60, periodStart: '2026-09-01' });
  });

  it('the dashboard no longer lists a covered overage as needing a work order', () => {
    const over = { ...bp, monitoredInterfaces: [1, 2, 3, 4, 5, 6, 7], name: 'Zeta' };
    const signed = order({ reason: 'monitored-interface', status: 'signed' });
    const now = new Date('2026-08-01T10:00:00Z');
    const before = dashboardRows([over], rows([]), now);
    expect(before.find((r) => r.line.kind === 'interfaces')?.line.needsWorkOrder).toBe(true);
    const after = dashboardRows([over], rows([signed]), now);
    expect(after.find((r) => r.line.kind === 'interfaces')?.line).toMatchObject({
      overage: 1,
      needsWorkOrder: false,
      coverage: { status: 'covered' },
    });
  });
});
