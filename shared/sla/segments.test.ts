import { describe, expect, it } from 'vitest';
import { weeklyCalendar } from '../calendar/presets';
import type { Severity } from '../domain/types';
import { defaultSlaTargets } from '../plans/targets';
import type { SlaAccount, SlaIncident } from './incident-sla';
import { incidentSla } from './incident-sla';
import { severitySegments } from './segments';

const H = 3_600_000;
const d = (iso: string) => new Date(iso);
const settings = { slaTargets: defaultSlaTargets(), atRiskFraction: 0.25 };
const paris = weeklyCalendar(
  'Europe/Paris',
  ['mon', 'tue', 'wed', 'thu', 'fri'],
  [{ start: '09:00', end: '18:00' }],
);
const account: SlaAccount = {
  id: 'a1',
  plan: 'carefor-business-plus',
  businessCalendar: paris,
  monitoredInterfaceIds: ['if1', 'if2'],
};
const change = (at: string, from: Severity, to: Severity) => ({ at, from, to });
const base: SlaIncident = {
  severity: 1,
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

describe('severity segments', () => {
  it('lowering a breached severity 1 keeps its breaches; the new clocks start at the change', () => {
    const incident = {
      ...base,
      severity: 3 as const,
      severityHistory: [change('2026-01-19T10:00:00Z', 1, 3)],
    };
    const sla = incidentSla(incident, account, settings, [], d('2026-01-19T11:00:00Z'));
    expect(sla.segments.map((s) => [s.severity, s.from, s.to])).toEqual([
      [1, d('2026-01-19T08:00:00Z'), d('2026-01-19T10:00:00Z')],
      [3, d('2026-01-19T10:00:00Z'), null],
    ]);
    const [first, second] = sla.segments;
    // Sev1: 1 h response due 09:00 UTC, breached at the change; 4 h resolution superseded.
    expect(first?.response).toMatchObject({
      state: 'breached',
      breachedSince: d('2026-01-19T09:00:00Z'),
    });
    expect(first?.response.stoppedAt).toEqual(d('2026-01-19T10:00:00Z'));
    expect(first?.resolution).toMatchObject({
      state: 'superseded',
      breachedSince: null,
      timeLeftMs: 2 * H,
    });
    // Sev3 on business hours from 11:00 Paris: 8 h response.
    expect(second?.response).toMatchObject({ state: 'ok', dueAt: d('2026-01-20T09:00:00Z') });
    expect(sla.response).toBe(second?.response);
    expect(sla.breaches).toEqual([
      { clock: 'response', severity: 1, at: d('2026-01-19T09:00:00Z') },
    ]);
  });

  it('raising 3 → 1 is never breached since before the change', () => {
    const incident = {
      ...base,
      severity: 1 as const,
      severityHistory: [change('2026-01-19T10:00:00Z', 3, 1)],
    };
    const sla = incidentSla(incident, account, settings, [], d('2026-01-19T12:30:00Z'));
    expect(sla.response.dueAt).toEqual(d('2026-01-19T11:00:00Z'));
    expect(sla.response.breachedSince).toEqual(d('2026-01-19T11:00:00Z'));
    expect(sla.segments[0]?.response.state).toBe('superseded');
    expect(sla.breaches).toEqual([
      { clock: 'response', severity: 1, at: d('2026-01-19T11:00:00Z') },
    ]);
  });

  it('a change exactly at a due time finds that clock breached', () => {
    const incident = {
      ...base,
      severity: 3 as const,
      severityHistory: [change('2026-01-19T09:00:00Z', 1, 3)],
    };
    const sla = incidentSla(incident, account, settings, [], d('2026-01-19T09:30:00Z'));
    expect(sla.segments[0]?.response).toMatchObject({ state: 'breached', timeLeftMs: 0 });
  });

  it('a response given before the change is carried as that same clock', () => {
    const incident = {
      ...base,
      severity: 3 as const,
      respondedAt: '2026-01-19T08:30:00Z',
      severityHistory: [change('2026-01-19T10:00:00Z', 1, 3)],
    };
    const sla = incidentSla(incident, account, settings, [], d('2026-01-19T11:00:00Z'));
    expect(sla.response).toBe(sla.segments[0]?.response);
    expect(sla.response).toMatchObject({ state: 'met', stoppedAt: d('2026-01-19T08:30:00Z') });
    expect(sla.breaches).toEqual([]);
  });

  it('lower then raise again starts fresh severity-1 clocks', () => {
    const incident = {
      ...base,
      severityHistory: [change('2026-01-19T08:30:00Z', 1, 3), change('2026-01-19T12:00:00Z', 3, 1)],
    };
    const sla = incidentSla(incident, account, settings, [], d('2026-01-19T12:30:00Z'));
    expect(sla.segments.map((s) => s.severity)).toEqual([1, 3, 1]);
    expect(sla.response.dueAt).toEqual(d('2026-01-19T13:00:00Z'));
    expect(sla.segments.map((s) => s.resolution.state)).toEqual(['superseded', 'superseded', 'ok']);
  });

  it('a change at or after the resolution stop starts no new clocks', () => {
    const incident = {
      ...base,
      severity: 4 as const,
      status: 'resolved' as const,
      resolvedAt: '2026-01-19T09:00:00Z',
      severityHistory: [change('2026-01-19T09:00:00Z', 1, 4)],
    };
    const sla = incidentSla(incident, account, settings, [], d('2026-01-19T12:00:00Z'));
    expect(sla.segments).toHaveLength(1);
    expect(sla.segments[0]?.severity).toBe(1);
    expect(sla.resolution.state).toBe('met');
  });

  it('history hygiene: sorted, clamped to the report, after now ignored, the stored severity wins', () => {
    const incident = {
      ...base,
      severity: 2 as const,
      severityHistory: [
        change('2026-01-19T10:00:00Z', 3, 4),
        change('2026-01-18T10:00:00Z', 1, 3), // before the report: counts as at the report
        change('2026-01-19T09:00:00Z', 3, 3), // no change
        change('2026-01-19T10:00:00Z', 4, 1), // same instant: the last one stays
        change('2026-01-19T20:00:00Z', 1, 4), // after now at first
      ],
    };
    const at = (now: string) =>
      severitySegments(incident, Date.parse(now), null).map((s) => [s.severity, new Date(s.from)]);
    expect(at('2026-01-19T12:00:00Z')).toEqual([
      [3, d('2026-01-19T08:00:00Z')],
      [1, d('2026-01-19T10:00:00Z')],
    ]);
    // Once the last change is past, the stored severity (2) wins over the chain's last `to` (4).
    expect(at('2026-01-19T21:00:00Z').at(-1)).toEqual([2, d('2026-01-19T20:00:00Z')]);
    expect(
      severitySegments({ ...base, severityHistory: [] }, Date.parse('2026-01-19T12:00:00Z'), null),
    ).toEqual([{ severity: 1, from: Date.parse(base.reportedAt), to: null }]);
  });
});

describe('coverage instant by instant', () => {
  const sev3 = { ...base, severity: 3 as const };
  const weekend = {
    id: 'ev1',
    accountId: 'a1',
    start: '2026-01-24T07:00:00Z', // Saturday 08:00 Paris
    end: '2026-01-25T19:00:00Z', // Sunday 20:00 Paris
    deletedAt: null,
  };

  it('opened Friday 17:00 before a Saturday window: one business hour, then 24x7 inside it', () => {
    const incident = { ...sev3, reportedAt: '2026-01-23T16:00:00Z' };
    const sla = incidentSla(incident, account, settings, [weekend], d('2026-01-23T16:30:00Z'));
    // 8 h response: Fri 17–18 (1 h), then Saturday 08:00 + 7 h = 15:00 Paris.
    expect(sla.response.dueAt).toEqual(d('2026-01-24T14:00:00Z'));
    expect(sla.explanation.clocks.response).toMatchObject({
      coverage: 'business-hours',
      changesAt: d('2026-01-24T07:00:00Z'),
    });
    expect(sla.segments[0]?.coverage.response.map((s) => [s.coverage, s.from, s.to])).toEqual([
      ['business-hours', d('2026-01-23T16:00:00Z'), d('2026-01-24T07:00:00Z')],
      ['24x7', d('2026-01-24T07:00:00Z'), d('2026-01-25T19:00:00Z')],
      ['business-hours', d('2026-01-25T19:00:00Z'), null],
    ]);
  });

  it('opened inside the window near its end continues on business hours after it', () => {
    const incident = { ...sev3, reportedAt: '2026-01-25T18:00:00Z' }; // Sunday 19:00 Paris
    const sla = incidentSla(incident, account, settings, [weekend], d('2026-01-25T18:30:00Z'));
    // 1 h inside the window, then 7 business hours from Monday 09:00 → 16:00 Paris.
    expect(sla.response.dueAt).toEqual(d('2026-01-26T15:00:00Z'));
    expect(sla.explanation).toMatchObject({
      coverage: '24x7',
      reason: 'special-event',
      specialEventId: 'ev1',
    });
  });

  it('a monitored interface has its response (triage) clock on 24x7, its resolution on business hours', () => {
    const incident = {
      ...sev3,
      category: 'interface' as const,
      interfaceId: 'if1',
      reportedAt: '2026-01-23T20:00:00Z',
    };
    const sla = incidentSla(incident, account, settings, [], d('2026-01-23T21:00:00Z'));
    expect(sla.response.dueAt).toEqual(d('2026-01-24T04:00:00Z'));
    expect(sla.explanation.clocks.response).toMatchObject({
      coverage: '24x7',
      reason: 'monitored-interface',
    });
    expect(sla.explanation.clocks.resolution.coverage).toBe('business-hours');
    const unmonitored = incidentSla(
      { ...incident, interfaceId: 'if9' },
      account,
      settings,
      [],
      d('2026-01-23T21:00:00Z'),
    );
    expect(unmonitored.explanation.clocks.response.coverage).toBe('business-hours');
    const premium = incidentSla(
      incident,
      { ...account, plan: 'carefor-business' },
      settings,
      [],
      d('2026-01-23T21:00:00Z'),
    );
    expect(premium.explanation.clocks.response.coverage).toBe('business-hours');
  });
});
