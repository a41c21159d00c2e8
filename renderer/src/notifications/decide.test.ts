import { describe, expect, it } from 'vitest';
import type { SlaClock, SlaState } from '@shared/sla/index';
import { alertKey, alertStateOf, decideSlaAlerts, type WatchedIncident } from './decide';

const clock = (state: SlaState, due = '2026-03-10T10:00:00Z'): SlaClock => ({
  targetMs: 3_600_000,
  dueAt: new Date(due),
  stoppedAt: null,
  timeLeftMs: 0,
  state,
  breachedSince: state === 'breached' ? new Date(due) : null,
});

const incident = (
  id: string,
  response: SlaState,
  resolution: SlaState,
  owner: string | null = 'Claire Martin',
): WatchedIncident => ({
  id,
  title: `Incident ${id}`,
  owner,
  accountName: 'Acme',
  sla: { response: clock(response), resolution: clock(resolution, '2026-03-11T10:00:00Z') },
});

describe('alertStateOf', () => {
  it('picks the worse clock, breached over at risk', () => {
    expect(alertStateOf(incident('a', 'ok', 'ok').sla)).toBeNull();
    expect(alertStateOf(incident('a', 'met', 'ok').sla)).toBeNull();
    expect(alertStateOf(incident('a', 'ok', 'at-risk').sla)).toMatchObject({
      state: 'at-risk',
      clock: 'resolution',
    });
    expect(alertStateOf(incident('a', 'at-risk', 'breached').sla)).toMatchObject({
      state: 'breached',
      clock: 'resolution',
    });
    expect(alertStateOf(incident('a', 'breached', 'at-risk').sla)).toMatchObject({
      state: 'breached',
      clock: 'response',
    });
  });
});

describe('decideSlaAlerts', () => {
  it('alerts the owner once per incident and state', () => {
    const first = decideSlaAlerts([incident('a', 'at-risk', 'ok')], new Set(), 'Claire Martin');
    expect(first.alerts.map((a) => [a.incidentId, a.state])).toEqual([['a', 'at-risk']]);
    expect(first.markKeys).toEqual([alertKey('a', 'at-risk')]);

    const again = decideSlaAlerts(
      [incident('a', 'at-risk', 'ok')],
      new Set(first.markKeys),
      'Claire Martin',
    );
    expect(again).toEqual({ alerts: [], markKeys: [] });

    const worse = decideSlaAlerts(
      [incident('a', 'breached', 'ok')],
      new Set(first.markKeys),
      'Claire Martin',
    );
    expect(worse.alerts.map((a) => a.state)).toEqual(['breached']);
    expect(worse.markKeys).toEqual([alertKey('a', 'breached')]);
  });

  it('marks at risk as sent when an incident jumps straight to breached', () => {
    const d = decideSlaAlerts([incident('a', 'breached', 'ok')], new Set(), null);
    expect(d.alerts).toHaveLength(1);
    expect(d.markKeys).toEqual([alertKey('a', 'breached'), alertKey('a', 'at-risk')]);
  });

  it('only alerts incidents owned by this device’s user (case and spaces ignored)', () => {
    const list = [
      incident('mine', 'at-risk', 'ok', ' claire martin '),
      incident('theirs', 'at-risk', 'ok', 'Paul Durand'),
      incident('nobody', 'at-risk', 'ok', null),
    ];
    expect(
      decideSlaAlerts(list, new Set(), 'Claire Martin').alerts.map((a) => a.incidentId),
    ).toEqual(['mine']);
    // No name set on this device: everything is this person's.
    expect(decideSlaAlerts(list, new Set(), null).alerts).toHaveLength(3);
  });

  it('ignores healthy and met clocks and puts breaches first', () => {
    const d = decideSlaAlerts(
      [
        incident('ok', 'ok', 'ok'),
        incident('met', 'met', 'ok'),
        incident('risk', 'ok', 'at-risk'),
        incident('late', 'breached', 'ok'),
      ],
      new Set(),
      null,
    );
    expect(d.alerts.map((a) => a.incidentId)).toEqual(['late', 'risk']);
  });
});
