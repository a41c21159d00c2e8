import { describe, expect, it } from 'vitest';
import { defaultWorkspaceSettings, type Account, type Incident } from '@shared/schemas/index';
import { buildQueue, ClockCache, clockSummary, filterQueue, NO_FILTERS } from './queue-model';

const H = 3_600_000;
const NOW = new Date('2026-03-04T12:00:00.000Z'); // a Wednesday
const settings = defaultWorkspaceSettings('2026-01-01T00:00:00.000Z');
const cal = (timeZone: string) => ({
  timeZone,
  hours: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '00:00', end: '24:00' }]]),
  ),
});

const account = (id: string, plan: Account['plan'], over: Partial<Account> = {}): Account => ({
  id,
  name: `Account ${id}`,
  plan,
  annualSaasAmount: 1,
  subscriptionStart: '2024-01-01',
  timeZone: 'UTC',
  businessCalendar: cal('UTC'),
  csmName: 'C',
  sdmName: 'Sam',
  contacts: [],
  monitoredInterfaces: [],
  extensions: [],
  managedServices: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  ...over,
});

const incident = (id: string, accountId: string, over: Partial<Incident> = {}): Incident => ({
  id,
  accountId,
  title: `Incident ${id}`,
  description: '',
  severity: 3,
  severityHistory: [],
  status: 'new',
  statusHistory: [],
  category: 'application',
  interfaceId: null,
  extensionId: null,
  reportedAt: new Date(NOW.getTime() - H).toISOString(),
  respondedAt: null,
  resolvedAt: null,
  workaroundAt: null,
  liveAssessment: null,
  rankKey: null,
  owner: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  ...over,
});

const ent = account('ent', 'carefor-enterprise', { name: 'Nordhavn', sdmName: 'Tom' });
const prem = account('prem', 'premium', { name: 'Réseau Ouest', sdmName: null });
const input = (incidents: Incident[]) => ({
  incidents,
  accounts: [ent, prem],
  specialEvents: [],
  settings,
});

describe('clockSummary', () => {
  it('uses the nearer running clock, and none once both stopped', () => {
    const fresh = clockSummary(incident('a', 'ent', { severity: 1 }), ent, settings, [], NOW);
    expect(fresh.clock).toBe('response');
    const responded = incident('b', 'ent', {
      severity: 1,
      respondedAt: new Date(NOW.getTime() - 30 * 60_000).toISOString(),
    });
    expect(clockSummary(responded, ent, settings, [], NOW).clock).toBe('resolution');
    const done = { ...responded, workaroundAt: NOW.toISOString() };
    expect(clockSummary(done, ent, settings, [], NOW)).toMatchObject({
      clock: null,
      timeLeftMs: null,
      state: 'none',
    });
  });

  it('reports a breach with the time it started', () => {
    const late = incident('c', 'ent', {
      severity: 1,
      reportedAt: new Date(NOW.getTime() - 30 * H).toISOString(),
    });
    const c = clockSummary(late, ent, settings, [], NOW);
    expect(c.state).toBe('breached');
    expect(c.timeLeftMs).toBeLessThan(0);
    expect(c.breachedSince?.getTime()).toBeLessThan(NOW.getTime());
  });
});

describe('buildQueue', () => {
  it('orders by severity, then plan, and skips incidents of deleted accounts', () => {
    const rows = buildQueue(
      input([
        incident('p3', 'prem'),
        incident('e3', 'ent'),
        incident('p1', 'prem', { severity: 1 }),
        incident('orphan', 'gone', { severity: 1 }),
      ]),
      NOW,
    );
    expect(rows.map((r) => r.incident.id)).toEqual(['p1', 'e3', 'p3']);
  });

  it('a client-promoted incident is ordered by the deadline it inherits but shows its own clock', () => {
    const rows = buildQueue(
      input([
        incident('payroll', 'ent', {
          rankKey: 'a0',
          reportedAt: new Date(NOW.getTime() - 10 * 60_000).toISOString(),
        }),
        incident('layout', 'ent', {
          rankKey: 'a1',
          reportedAt: new Date(NOW.getTime() - 5 * H).toISOString(),
        }),
      ]),
      NOW,
    );
    expect(rows.map((r) => r.incident.id)).toEqual(['payroll', 'layout']);
    const [top, second] = rows;
    expect(top?.inheritedFromTitle).toBe('Incident layout');
    // Ordered by the inherited (tighter) deadline…
    expect(top?.p.effectiveTimeLeftMs).toBe(second?.shown.timeLeftMs);
    // …but the row shows the incident's own clock, with more time left than the one below.
    expect(top?.shown.timeLeftMs).toBe(top?.p.item.timeLeftMs);
    expect(top?.shown.timeLeftMs).toBeGreaterThan(second?.shown.timeLeftMs ?? Infinity);
    expect(top?.p.clientRank).toBe(0);
  });

  it('recomputes only changed incidents within one tick', () => {
    const cache = new ClockCache();
    const a = incident('a', 'ent');
    const first = buildQueue(input([a, incident('b', 'ent')]), NOW, cache);
    const again = buildQueue(
      input([a, incident('b', 'ent', { updatedAt: '2026-02-01T00:00:00.000Z' })]),
      NOW,
      cache,
    );
    const shownOf = (rows: typeof first, id: string) =>
      rows.find((r) => r.incident.id === id)?.shown;
    expect(shownOf(again, 'a')).toBe(shownOf(first, 'a'));
    expect(shownOf(again, 'b')).not.toBe(shownOf(first, 'b'));
  });
});

describe('ClockCache', () => {
  const waiting = incident('w', 'ent', {
    status: 'waiting-on-client',
    statusHistory: [
      {
        at: new Date(NOW.getTime() - 30 * 60_000).toISOString(),
        by: 'Sam',
        from: 'new',
        to: 'waiting-on-client',
      },
    ],
  });
  const data = input([incident('a', 'ent', { severity: 1 }), incident('b', 'prem'), waiting]);

  it('advances clocks at a tick; an incident waiting on the client is computed again', () => {
    const cache = new ClockCache();
    buildQueue(data, NOW, cache);
    expect(cache.stats).toEqual({ computed: 3, advanced: 0 });
    const later = new Date(NOW.getTime() + 20 * H);
    const rows = buildQueue(data, later, cache);
    expect(cache.stats).toEqual({ computed: 4, advanced: 2 });
    expect(rows).toEqual(buildQueue(data, later));
    expect(rows[0]?.shown.state).toBe('breached');
  });

  it('forgets incidents that left the queue', () => {
    const cache = new ClockCache();
    buildQueue(data, NOW, cache);
    buildQueue(input([incident('a', 'ent', { severity: 1 })]), NOW, cache);
    buildQueue(data, NOW, cache);
    expect(cache.stats.computed).toBe(5);
  });
});

describe('filterQueue', () => {
  const rows = buildQueue(
    input([
      incident('late', 'ent', {
        severity: 1,
        title: 'Payroll export',
        reportedAt: new Date(NOW.getTime() - 30 * H).toISOString(),
      }),
      incident('ok', 'prem', { severity: 4, title: 'Question on reports' }),
      incident('mid', 'ent', { severity: 3, title: 'Layout broken' }),
    ]),
    NOW,
  );
  const ids = (f: Partial<typeof NO_FILTERS>) =>
    filterQueue(rows, { ...NO_FILTERS, ...f }).map((r) => r.incident.id);

  it('keeps the queue order and narrows by each filter', () => {
    expect(ids({})).toEqual(['late', 'mid', 'ok']);
    expect(ids({ accountId: 'prem' })).toEqual(['ok']);
    expect(ids({ severity: 3 })).toEqual(['mid']);
    expect(ids({ plan: 'carefor-enterprise' })).toEqual(['late', 'mid']);
    expect(ids({ sdm: 'Tom' })).toEqual(['late', 'mid']);
    expect(ids({ breached: true })).toEqual(['late']);
  });

  it('searches titles and account names, ignoring case and accents', () => {
    expect(ids({ text: 'PAYROLL' })).toEqual(['late']);
    expect(ids({ text: 'reseau' })).toEqual(['ok']);
    expect(ids({ text: 'nothing like this' })).toEqual([]);
  });
});
