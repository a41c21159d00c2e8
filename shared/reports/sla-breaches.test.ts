/** SLA compliance in a review counts every breach, whatever the severity became later. */
import { describe, expect, it } from 'vitest';
import type { Incident } from '../schemas/incident';
import { defaultWorkspaceSettings } from '../schemas/settings';
import { incidentSla } from '../sla/incident-sla';
import { slaAccountOf } from '../sla/inputs';
import { businessReview, incidentKpis, slaComplianceTrend } from './index';
import { TEST_STAMP, testAccount, testAccountData, testIncident as incident } from './test-records';

const settings = defaultWorkspaceSettings(TEST_STAMP);
const account = testAccount();
const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const NOW = new Date('2026-04-15T10:00:00Z');
const ctx = { account, settings, specialEvents: [], period: Q1, now: NOW };

/** Reported, lowered, answered and resolved: a closed incident with its histories. */
function lowered(input: {
  reported: string;
  from: 1 | 3;
  to: 3 | 4;
  changed: string;
  responded: string;
  resolved: string;
}): Incident {
  return incident({
    severity: input.to,
    severityHistory: [{ at: input.changed, by: 'Sam', from: input.from, to: input.to }],
    status: 'closed',
    statusHistory: [
      { at: input.reported, by: 'Ann', from: null, to: 'new' },
      { at: input.responded, by: 'Eve', from: 'new', to: 'in-progress' },
      { at: input.resolved, by: 'Eve', from: 'in-progress', to: 'closed' },
    ],
    reportedAt: input.reported,
    respondedAt: input.responded,
    resolvedAt: input.resolved,
  });
}

// Severity 1 (response due in 1 h) with no answer for 2 h, then lowered to 3 and answered at
// once: the severity-1 response clock breached at 10:00; the severity-3 clocks were met.
const breachedThenLowered = lowered({
  reported: '2026-02-10T09:00:00.000Z',
  from: 1,
  to: 3,
  changed: '2026-02-10T11:00:00.000Z',
  responded: '2026-02-10T11:30:00.000Z',
  resolved: '2026-02-10T20:00:00.000Z',
});

// Severity 3 lowered to 4 an hour in, well before its 8 h response target: superseded, no breach.
const supersededInTime = lowered({
  reported: '2026-02-11T09:00:00.000Z',
  from: 3,
  to: 4,
  changed: '2026-02-11T10:00:00.000Z',
  responded: '2026-02-11T12:00:00.000Z',
  resolved: '2026-02-12T09:00:00.000Z',
});

describe('SLA compliance counts every breach', () => {
  it('an incident that breached under severity 1, then lowered to 3, counts as breached', () => {
    // The current (severity-3) clock alone says met: the review must not go by it.
    const sla = incidentSla(breachedThenLowered, slaAccountOf(account), settings, [], NOW);
    expect(sla.response.state).toBe('met');
    expect(sla.breaches.map((b) => [b.clock, b.severity])).toEqual([['response', 1]]);

    const k = incidentKpis([breachedThenLowered], ctx);
    expect(k.responseBreaches).toBe(1);
    expect(k.breaches).toBe(1);
    expect(k.responseCompliance).toBe(0);
    expect(k.resolutionCompliance).toBe(100);
    const feb = slaComplianceTrend([breachedThenLowered], ctx).find((m) => m.month === '2026-02');
    expect(feb).toMatchObject({ response: 0, resolution: 100 });
    const review = businessReview({
      account,
      settings,
      period: Q1,
      now: NOW,
      data: testAccountData({ incidents: [breachedThenLowered] }),
    });
    expect(review.kpis.responseBreaches).toBe(1);
  });

  it('a clock superseded by a severity change in time is no breach', () => {
    const k = incidentKpis([supersededInTime], ctx);
    expect(k.breaches).toBe(0);
    expect(k.responseCompliance).toBe(100);
    expect(k.resolutionCompliance).toBe(100);
  });

  it('a breach after the period’s end is not the period’s', () => {
    // Severity 1 reported 30 minutes before the period ends, never answered: due after it.
    const late = incident({ severity: 1, reportedAt: '2026-03-31T23:30:00.000Z' });
    const k = incidentKpis([late], ctx);
    expect(k.opened).toBe(1);
    expect(k.responseBreaches).toBe(0);
    expect(k.responseCompliance).toBeNull();
    // The next quarter's review, as of today, sees it breached.
    const q2 = { ...ctx, period: { from: '2026-03-31', to: '2026-06-30' } };
    expect(incidentKpis([late], q2).responseBreaches).toBe(1);
  });
});
