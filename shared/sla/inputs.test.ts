import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../demo/index';
import type { Incident } from '../schemas/index';
import { sameSlaInputs, slaInputsOf } from './inputs';

const demo = generateDemoWorkspace({
  seed: 3,
  now: new Date('2026-03-04T10:00:00.000Z'),
  accounts: 2,
  incidents: 5,
});

describe('SLA inputs', () => {
  const incident = demo.incidents[0] as Incident;

  it('keeps only what the clocks need, and finds no change in the same record', () => {
    const kept = slaInputsOf(incident);
    expect(Object.keys(kept)).not.toContain('description');
    expect(sameSlaInputs(kept, { ...incident, description: 'edited' })).toBe(true);
  });

  it.each([
    ['severity', { severity: incident.severity === 1 ? 2 : 1 }],
    ['status', { status: incident.status === 'closed' ? 'new' : 'closed' }],
    ['respondedAt', { respondedAt: '2026-03-04T09:00:00.000Z' }],
    ['accountId', { accountId: 'another' }],
    ['interfaceId', { interfaceId: 'if-other' }],
    [
      'a severity change',
      {
        severityHistory: [
          ...incident.severityHistory,
          { at: '2026-03-04T09:30:00.000Z', by: 'Ana', from: 2, to: 3 },
        ],
      },
    ],
    [
      'a status change',
      {
        statusHistory: [
          ...incident.statusHistory,
          { at: '2026-03-04T09:30:00.000Z', to: 'waiting-on-client' },
        ],
      },
    ],
  ] as const)('sees a change of %s even when updatedAt stayed', (_, patch) => {
    const changed = { ...incident, ...patch } as Incident;
    expect(sameSlaInputs(slaInputsOf(incident), changed)).toBe(false);
  });
});
