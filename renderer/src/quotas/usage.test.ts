import { incidentSla } from '@shared/sla/index';
import { defaultWorkspaceSettings } from '@shared/schemas/index';
import { describe, expect, it } from 'vitest';
import {
  accountQuotaUsage,
  dashboardRows,
  extensionHoursPreview,
  interfacePreview,
  specialEventPreview,
  type QuotaRows,
} from './usage';

const row = (accountId = 'a1') => ({ accountId, deletedAt: null });
const account = (over: Partial<Parameters<typeof accountQuotaUsage>[0]> = {}) => ({
  id: 'a1',
  plan: 'carefor-enterprise' as const,
  subscriptionStart: '2024-06-15',
  timeZone: 'Europe/Paris',
  monitoredInterfaces: [] as unknown[],
  ...over,
});
const none: QuotaRows = { specialEvents: [], incidents: [], timeEntries: [] };
const extIncident = (reportedAt: string) => ({
  ...row(),
  category: 'extension' as const,
  reportedAt,
});
const current = (u: ReturnType<typeof accountQuotaUsage>, kind: string) =>
  u.current.find((l) => l.kind === kind);

describe('monthly quotas follow the account’s time zone at month ends', () => {
  const now = new Date('2026-04-10T10:00:00Z');
  it('23:30 on 31 March in Paris (21:30Z, summer time) counts in March', () => {
    const u = accountQuotaUsage(
      account(),
      { ...none, incidents: [extIncident('2026-03-31T21:30:00Z')] },
      now,
    );
    expect(u.history['extension-incidents'][0]).toMatchObject({ used: 0 });
    expect(u.history['extension-incidents'][0]?.period?.label).toBe('2026-04');
    expect(u.history['extension-incidents'][1]).toMatchObject({ used: 1 });
    expect(u.history['extension-incidents'][1]?.period?.label).toBe('2026-03');
  });

  it('2026-03-31T22:30Z is 00:30 on 1 April in Paris: it counts in April', () => {
    const u = accountQuotaUsage(
      account(),
      { ...none, incidents: [extIncident('2026-03-31T22:30:00Z')] },
      now,
    );
    expect(current(u, 'extension-incidents')).toMatchObject({ used: 1, included: 4 });
    expect(u.history['extension-incidents'][1]).toMatchObject({ used: 0 });
  });

  it('the same instant is still March for an account in New York', () => {
    const ny = account({ timeZone: 'America/New_York' });
    const u = accountQuotaUsage(
      ny,
      { ...none, incidents: [extIncident('2026-03-31T22:30:00Z')] },
      now,
    );
    expect(current(u, 'extension-incidents')).toMatchObject({ used: 0 });
    expect(u.history['extension-incidents'][1]).toMatchObject({ used: 1 });
  });

  it('5 extension incidents in a month on Enterprise: 1 over, needs a work order', () => {
    const incidents = [1, 2, 3, 4, 5].map((d) => extIncident(`2026-04-0${d}T09:00:00Z`));
    const u = accountQuotaUsage(account(), { ...none, incidents }, now);
    expect(current(u, 'extension-incidents')).toMatchObject({
      used: 5,
      included: 4,
      overage: 1,
      needsWorkOrder: true,
    });
    expect(u.needsWorkOrder).toBe(true);
  });

  it('history: 12 months, newest first, each a calendar month', () => {
    const u = accountQuotaUsage(account(), none, now);
    expect(u.history['extension-hours'].map((l) => l.period?.label)).toEqual([
      '2026-04',
      '2026-03',
      '2026-02',
      '2026-01',
      '2025-12',
      '2025-11',
      '2025-10',
      '2025-09',
      '2025-08',
      '2025-07',
      '2025-06',
      '2025-05',
    ]);
  });
});

describe('special events per subscription year, from the anniversary (account time zone)', () => {
  const bp = account({ plan: 'carefor-business-plus' });
  const event = (id: string, start: string) => ({ ...row(), id, start });

  it('an event at 23:00 local on the eve of the anniversary counts in the year before', () => {
    // 14 June 2026 21:00Z = 23:00 in Paris; the new year starts at 15 June 00:00 local (22:00Z).
    const rows = { ...none, specialEvents: [event('e1', '2026-06-14T21:00:00Z')] };
    const u = accountQuotaUsage(bp, rows, new Date('2026-07-01T00:00:00Z'));
    expect(current(u, 'special-events')).toMatchObject({ used: 0, included: 1 });
    expect(current(u, 'special-events')?.period?.startDate).toBe('2026-06-15');
    expect(u.history['special-events'][1]).toMatchObject({ used: 1 });
  });

  it('an event at 00:30 local on the anniversary opens the new year', () => {
    const rows = { ...none, specialEvents: [event('e1', '2026-06-14T22:30:00Z')] };
    const u = accountQuotaUsage(bp, rows, new Date('2026-07-01T00:00:00Z'));
    expect(current(u, 'special-events')).toMatchObject({ used: 1, remaining: 0 });
  });

  it('history stops at the first subscription year', () => {
    const u = accountQuotaUsage(bp, none, new Date('2025-07-01T00:00:00Z'), { years: 5 });
    expect(u.history['special-events'].map((l) => l.period?.startDate)).toEqual([
      '2025-06-15',
      '2024-06-15',
    ]);
  });

  it('warns before a second event on Business Plus, not when editing the first', () => {
    const events = { ...none, specialEvents: [event('e1', '2026-07-10T08:00:00Z')] };
    const next = specialEventPreview(bp, events, { start: '2026-09-01T08:00:00Z' });
    expect(next).toMatchObject({ used: 2, included: 1, overage: 1, needsWorkOrder: true });
    const edit = specialEventPreview(bp, events, { id: 'e1', start: '2026-08-01T08:00:00Z' });
    expect(edit).toMatchObject({ used: 1, needsWorkOrder: false });
    // Next subscription year: allowance is fresh (no roll-over, no carry of overage either).
    expect(specialEventPreview(bp, events, { start: '2027-06-20T08:00:00Z' })).toMatchObject({
      used: 1,
      needsWorkOrder: false,
    });
    expect(specialEventPreview(bp, events, { start: '2024-01-01T08:00:00Z' })).toBeNull();
  });
});

describe('interfaces, hours and which quotas an account shows', () => {
  it('7 interfaces on Business Plus: 1 over the 6 included', () => {
    const bp = account({ plan: 'carefor-business-plus', monitoredInterfaces: [1, 2, 3, 4, 5, 6] });
    expect(interfacePreview(bp, none, new Date('2026-04-10T10:00:00Z'))).toMatchObject({
      used: 7,
      included: 6,
      needsWorkOrder: true,
    });
    const u = accountQuotaUsage(bp, none, new Date('2026-04-10T10:00:00Z'));
    expect(u.current.map((l) => l.kind)).toEqual(['special-events', 'interfaces']);
    expect(current(u, 'interfaces')).toMatchObject({
      used: 6,
      remaining: 0,
      needsWorkOrder: false,
    });
  });

  it('extension hours: minutes become hours, only enhancement entries count', () => {
    const entries = [
      {
        ...row(),
        id: 't1',
        kind: 'extension-enhancement',
        at: '2026-04-02T10:00:00Z',
        minutes: 900,
      },
      { ...row(), id: 't2', kind: 'other', at: '2026-04-02T10:00:00Z', minutes: 600 },
    ];
    const p = extensionHoursPreview(
      account(),
      { ...none, timeEntries: entries },
      {
        at: '2026-04-03T10:00:00Z',
        minutes: 90,
        kind: 'extension-enhancement',
      },
    );
    expect(p).toMatchObject({ used: 16.5, included: 16, overage: 0.5, needsWorkOrder: true });
  });

  it('Essential shows nothing; recorded use without the entitlement is overage', () => {
    const ess = account({ plan: 'essential' });
    expect(accountQuotaUsage(ess, none, new Date('2026-04-10T10:00:00Z')).current).toEqual([]);
    const withEvent = accountQuotaUsage(
      ess,
      { ...none, specialEvents: [{ ...row(), start: '2026-04-02T10:00:00Z' }] },
      new Date('2026-04-10T10:00:00Z'),
    );
    expect(withEvent.current).toMatchObject([{ kind: 'special-events', used: 1, overage: 1 }]);
  });

  it('the dashboard lists overages first', () => {
    const accounts = [
      { ...account({ id: 'ok', plan: 'carefor-business-plus' }), name: 'Alpha' },
      {
        ...account({
          id: 'over',
          plan: 'carefor-business-plus',
          monitoredInterfaces: [1, 2, 3, 4, 5, 6, 7],
        }),
        name: 'Zeta',
      },
    ];
    const rows = dashboardRows(accounts, none, new Date('2026-04-10T10:00:00Z'));
    expect(rows[0]).toMatchObject({
      accountName: 'Zeta',
      line: { kind: 'interfaces', overage: 1 },
    });
    expect(rows.map((r) => r.accountName)).toEqual(['Zeta', 'Alpha', 'Alpha', 'Zeta']);
  });
});

describe('a special event makes an off-hours incident’s due time 24x7 (shared incidentSla)', () => {
  // The incident page shows sla.explanation.reasonText; asserted here on the shared rule.
  const settings = defaultWorkspaceSettings('2026-01-01T00:00:00Z');
  const acc = {
    id: 'a1',
    plan: 'carefor-business-plus' as const,
    businessCalendar: {
      timeZone: 'Europe/Paris',
      hours: { mon: [{ start: '09:00', end: '18:00' }], tue: [{ start: '09:00', end: '18:00' }] },
    },
    monitoredInterfaceIds: [],
  };
  const incident = {
    severity: 3 as const,
    severityHistory: [],
    category: 'application' as const,
    interfaceId: null,
    status: 'new' as const,
    statusHistory: [],
    reportedAt: '2026-03-07T20:00:00Z', // Saturday 21:00 in Paris: off hours
    respondedAt: null,
    resolvedAt: null,
    workaroundAt: null,
  };
  const goLive = {
    id: 'ev-1',
    accountId: 'a1',
    start: '2026-03-07T17:00:00Z',
    end: '2026-03-08T17:00:00Z',
    deletedAt: null,
  };
  const now = new Date('2026-03-07T20:30:00Z');

  it('inside the event window the clock runs 24x7 and the explanation names the event', () => {
    const sla = incidentSla(incident, acc, settings, [goLive], now);
    expect(sla.explanation.coverage).toBe('24x7');
    expect(sla.explanation.reason).toBe('special-event');
    expect(sla.explanation.specialEventId).toBe('ev-1');
    expect(sla.explanation.reasonText.en).toMatch(/special event/i);
    expect(sla.explanation.reasonText.fr).toMatch(/événement spécial/i);
    const target = sla.response.targetMs;
    expect(sla.response.dueAt.getTime()).toBe(Date.parse(incident.reportedAt) + target);
  });

  it('without the event (or once it is deleted) the business-hours clock waits for Monday', () => {
    for (const events of [[], [{ ...goLive, deletedAt: '2026-03-07T18:00:00Z' }]]) {
      const sla = incidentSla(incident, acc, settings, events, now);
      expect(sla.explanation.reason).toBe('business-hours');
      expect(sla.response.dueAt.getTime()).toBeGreaterThan(Date.parse('2026-03-09T08:00:00Z'));
    }
  });
});
