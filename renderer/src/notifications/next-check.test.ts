import { weeklyCalendar } from '@shared/calendar/index';
import type { IncidentStatus } from '@shared/domain/types';
import { defaultSlaTargets } from '@shared/plans/index';
import { incidentSla, type SlaIncident } from '@shared/sla/index';
import { describe, expect, it } from 'vitest';
import { nextAlertChangeAt } from './next-check';

const settings = { slaTargets: defaultSlaTargets(), atRiskFraction: 0.25 };
// Business hours only: Paris, Monday to Friday 09:00–18:00.
const account = {
  id: 'acc',
  plan: 'premium' as const,
  businessCalendar: weeklyCalendar(
    'Europe/Paris',
    ['mon', 'tue', 'wed', 'thu', 'fri'],
    [{ start: '09:00', end: '18:00' }],
  ),
  monitoredInterfaceIds: [],
};
const FRIDAY_17H = '2026-03-13T16:00:00.000Z';
const step = (at: string, to: IncidentStatus) => ({ at, to });

/** Severity 3 on Premium: 8 business hours to respond, at risk for the last 2. */
const incident = (over: Partial<SlaIncident> = {}): SlaIncident => ({
  severity: 3,
  severityHistory: [],
  category: 'application',
  interfaceId: null,
  status: 'new',
  statusHistory: [step(FRIDAY_17H, 'new')],
  reportedAt: FRIDAY_17H,
  respondedAt: null,
  resolvedAt: null,
  workaroundAt: null,
  ...over,
});

const next = (i: SlaIncident, now: string) => {
  const sla = incidentSla(i, account, settings, [], new Date(now));
  return nextAlertChangeAt(sla, i, new Date(now), settings.atRiskFraction);
};

describe('nextAlertChangeAt', () => {
  it('looks again where a special-event window changes the clock’s pace', () => {
    const window = {
      id: 'ev',
      accountId: 'acc',
      start: '2026-03-14T07:00:00.000Z', // Saturday 08:00 Paris
      end: '2026-03-15T19:00:00.000Z',
      deletedAt: null,
    };
    const now = new Date('2026-03-13T16:30:00.000Z');
    const sla = incidentSla(incident(), account, settings, [window], now);
    expect(new Date(nextAlertChangeAt(sla, incident(), now, 0.25)).toISOString()).toBe(
      window.start,
    );
  });

  it('looks again at a severity change dated ahead of now', () => {
    const ahead = '2026-03-14T10:00:00.000Z';
    const i = incident({ severity: 1, severityHistory: [{ at: ahead, from: 3, to: 1 }] });
    expect(new Date(next(i, '2026-03-14T09:00:00.000Z')).toISOString()).toBe(ahead);
  });

  it('skips the weekend: at risk after 6 business hours, Monday 14:00 in Paris', () => {
    expect(new Date(next(incident(), '2026-03-14T12:00:00.000Z')).toISOString()).toBe(
      '2026-03-16T13:00:00.000Z',
    );
  });

  it('looks only at the due time once at risk, and never again once breached', () => {
    // Reported Thursday 11:00 in Paris: due Friday 10:00, at risk from Thursday 16:00.
    const thursday = '2026-03-12T10:00:00.000Z';
    const atRisk = incident({ reportedAt: thursday, statusHistory: [step(thursday, 'new')] });
    expect(new Date(next(atRisk, '2026-03-12T16:30:00.000Z')).toISOString()).toBe(
      '2026-03-13T09:00:00.000Z',
    );
    expect(next(atRisk, '2026-03-13T09:00:00.000Z')).toBe(Number.POSITIVE_INFINITY);
  });

  it('waits for a status change while the client is waited on', () => {
    const waiting = incident({
      status: 'waiting-on-client',
      statusHistory: [
        step(FRIDAY_17H, 'new'),
        step('2026-03-13T16:30:00.000Z', 'waiting-on-client'),
      ],
    });
    expect(next(waiting, '2026-03-16T12:00:00.000Z')).toBe(Number.POSITIVE_INFINITY);
    // A change dated after now (another device's clock ahead): look again then.
    const later = [...waiting.statusHistory, step('2026-03-16T12:05:00.000Z', 'in-progress')];
    expect(next({ ...waiting, statusHistory: later }, '2026-03-16T12:00:00.000Z')).toBe(
      Date.parse('2026-03-16T12:05:00.000Z'),
    );
  });

  it('has nothing to wait for once both clocks have stopped in time', () => {
    const done = incident({
      respondedAt: '2026-03-13T16:10:00.000Z',
      workaroundAt: '2026-03-13T16:20:00.000Z',
    });
    expect(next(done, '2026-03-20T12:00:00.000Z')).toBe(Number.POSITIVE_INFINITY);
  });
});
