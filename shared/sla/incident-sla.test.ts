import { describe, expect, it } from 'vitest';
import { weeklyCalendar } from '../calendar/presets';
import { defaultSlaTargets } from '../plans/targets';
import type { SlaAccount, SlaIncident } from './incident-sla';
import { incidentSla } from './incident-sla';
import { waitingOnClientPauses } from './pauses';

const H = 3_600_000;
const d = (iso: string) => new Date(iso);
const account: SlaAccount = {
  id: 'a1',
  plan: 'premium',
  businessCalendar: weeklyCalendar(
    'Europe/Paris',
    ['mon', 'tue', 'wed', 'thu', 'fri'],
    [{ start: '09:00', end: '18:00' }],
  ),
  monitoredInterfaceIds: [],
};
const settings = { slaTargets: defaultSlaTargets(), atRiskFraction: 0.25 };
const base: SlaIncident = {
  severity: 3,
  severityHistory: [],
  category: 'application',
  interfaceId: null,
  status: 'in-progress',
  statusHistory: [],
  reportedAt: '2026-01-19T08:00:00Z', // Monday 09:00 Paris
  respondedAt: null,
  resolvedAt: null,
  workaroundAt: null,
};
const waiting = [
  { at: '2026-01-19T09:00:00Z', to: 'waiting-on-client' as const },
  { at: '2026-01-19T11:00:00Z', to: 'in-progress' as const },
];

describe('waitingOnClientPauses', () => {
  it('derives spans from the status history, open-ended ones up to now', () => {
    const history = [...waiting, { at: '2026-01-19T14:00:00Z', to: 'waiting-on-client' as const }];
    expect(waitingOnClientPauses(history, d('2026-01-19T15:00:00Z'))).toEqual([
      { from: d('2026-01-19T09:00:00Z'), to: d('2026-01-19T11:00:00Z') },
      { from: d('2026-01-19T14:00:00Z'), to: d('2026-01-19T15:00:00Z') },
    ]);
  });
});

describe('incidentSla', () => {
  it('severity 3 on business hours, 2 h waiting on the client', () => {
    const sla = incidentSla(
      { ...base, statusHistory: waiting },
      account,
      settings,
      [],
      d('2026-01-19T15:00:00Z'),
    );
    // 8 h response: 09–10 (1 h), paused 10–12, 12–18 (6 h), Tuesday 09–10 (1 h).
    expect(sla.response.dueAt).toEqual(d('2026-01-20T09:00:00Z'));
    expect(sla.response.timeLeftMs).toBe(3 * H);
    expect(sla.response.state).toBe('ok');
    expect(sla.explanation).toMatchObject({
      coverage: 'business-hours',
      timeZone: 'Europe/Paris',
      pausedMs: 2 * H,
      specialEventId: null,
    });
    expect(sla.explanation.reasonText.en).toBe(
      'Premium: handled during the account’s business hours',
    );
  });

  it('at risk once time left ≤ 25 % of the target', () => {
    const sla = incidentSla(base, account, settings, [], d('2026-01-19T14:00:00Z'));
    expect(sla.response.timeLeftMs).toBe(2 * H);
    expect(sla.response.state).toBe('at-risk');
  });

  it('severity 1 runs 24x7 and breaches on the weekend', () => {
    const inc = { ...base, severity: 1 as const, reportedAt: '2026-01-17T10:00:00Z' };
    const sla = incidentSla(inc, account, settings, [], d('2026-01-17T11:30:00Z'));
    expect(sla.explanation.coverage).toBe('24x7');
    expect(sla.response).toMatchObject({
      dueAt: d('2026-01-17T11:00:00Z'),
      state: 'breached',
      breachedSince: d('2026-01-17T11:00:00Z'),
      timeLeftMs: -0.5 * H,
    });
    const met = incidentSla(
      { ...inc, respondedAt: '2026-01-17T10:45:00Z' },
      account,
      settings,
      [],
      d('2026-01-17T11:30:00Z'),
    );
    expect(met.response).toMatchObject({ state: 'met', timeLeftMs: 0.25 * H, breachedSince: null });
  });

  it('a workaround stops the resolution clock; a late stop stays breached', () => {
    const inc = { ...base, severity: 1 as const, reportedAt: '2026-01-17T10:00:00Z' };
    const sla = incidentSla(
      { ...inc, workaroundAt: '2026-01-17T13:00:00Z' },
      account,
      settings,
      [],
      d('2026-01-18T00:00:00Z'),
    );
    expect(sla.resolution).toMatchObject({ state: 'met', stoppedAt: d('2026-01-17T13:00:00Z') });
    const late = incidentSla(
      { ...inc, resolvedAt: '2026-01-17T15:00:00Z' },
      account,
      settings,
      [],
      d('2026-01-18T00:00:00Z'),
    );
    expect(late.resolution).toMatchObject({
      state: 'breached',
      breachedSince: d('2026-01-17T14:00:00Z'),
    });
  });

  it('a special event gives 24x7 coverage when reported inside it', () => {
    const ev = {
      id: 'ev1',
      accountId: 'a1',
      start: '2026-01-17T00:00:00Z',
      end: '2026-01-18T00:00:00Z',
      deletedAt: null,
    };
    const inc = { ...base, reportedAt: '2026-01-17T10:00:00Z' };
    const sla = incidentSla(
      inc,
      { ...account, plan: 'carefor-business-plus' },
      settings,
      [ev],
      d('2026-01-17T11:00:00Z'),
    );
    expect(sla.explanation).toMatchObject({ coverage: '24x7', specialEventId: 'ev1' });
    expect(sla.response.dueAt).toEqual(d('2026-01-17T18:00:00Z'));
    const deleted = incidentSla(
      inc,
      account,
      settings,
      [{ ...ev, deletedAt: 'x' }],
      d('2026-01-17T11:00:00Z'),
    );
    expect(deleted.explanation.coverage).toBe('business-hours');
  });
});
