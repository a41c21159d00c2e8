import { describe, expect, it } from 'vitest';
import type { Incident } from '../schemas/incident';
import { defaultWorkspaceSettings } from '../schemas/settings';
import {
  activityReport,
  adoptionFactor,
  businessReview,
  engagementFactor,
  healthScore,
  incidentKpis,
  incidentsBySeverityPerMonth,
  incidentsFactor,
  lastFullQuarter,
  monthsOf,
  parsePeriod,
  quotaConsumption,
  quotaFactor,
  rankedOpenIncidents,
  slaComplianceFactor,
  slaComplianceTrend,
} from './index';
import { testAccount, testIncident } from './test-records';

const TZ = 'Europe/Paris';
const settings = defaultWorkspaceSettings('2026-01-01T00:00:00.000Z');
const account = testAccount({
  timeZone: TZ,
  subscriptionStart: '2025-03-01',
  extensions: [{ id: 'ext-1', name: 'Payroll bridge' }],
});

/** Closed and reported 10 January unless told otherwise. */
const incident = (patch: Partial<Incident>): Incident =>
  testIncident({ status: 'closed', reportedAt: '2026-01-10T09:00:00.000Z', ...patch });

const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const ctx = {
  account,
  settings,
  specialEvents: [],
  period: Q1,
  now: new Date('2026-04-15T10:00:00Z'),
};
const H = 3_600_000;

describe('periods', () => {
  it('last full quarter is the quarter before today, across years', () => {
    expect(lastFullQuarter(new Date('2026-04-15T10:00:00Z'), TZ)).toEqual(Q1);
    expect(lastFullQuarter(new Date('2026-02-01T10:00:00Z'), TZ)).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    });
    // 31 March 23:30 UTC is already 1 April in Paris: Q1 is then complete.
    expect(lastFullQuarter(new Date('2026-03-31T23:30:00Z'), TZ)).toEqual(Q1);
  });

  it('months of a period and period parsing', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-02' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(parsePeriod('2026-03-01', '2026-02-01')).toBeNull();
    expect(parsePeriod('2026-02-30', '2026-03-01')).toBeNull();
    expect(parsePeriod('2026-01-01', '2026-01-01')).toEqual({
      from: '2026-01-01',
      to: '2026-01-01',
    });
  });
});

describe('incident KPIs', () => {
  // Severity 3 on 24x7: response 8 h, resolution 40 h.
  const met = incident({
    reportedAt: '2026-01-10T09:00:00.000Z',
    respondedAt: '2026-01-10T10:00:00.000Z',
    resolvedAt: '2026-01-11T09:00:00.000Z',
  });
  const lateResponse = incident({
    reportedAt: '2026-02-10T09:00:00.000Z',
    respondedAt: '2026-02-10T19:00:00.000Z',
    resolvedAt: '2026-02-11T09:00:00.000Z',
  });
  const sev1 = incident({
    severity: 1,
    reportedAt: '2026-03-05T09:00:00.000Z',
    respondedAt: '2026-03-05T09:30:00.000Z',
    resolvedAt: '2026-03-05T20:00:00.000Z',
  });
  const before = incident({ reportedAt: '2025-12-31T22:30:00.000Z' }); // 31 Dec in Paris
  const otherAccount = incident({ accountId: 'other', reportedAt: '2026-01-10T09:00:00.000Z' });
  const deleted = incident({ deletedAt: '2026-01-12T00:00:00.000Z' });
  const all = [met, lateResponse, sev1, before, otherAccount, deleted];

  it('counts, compliance, medians and breaches', () => {
    const k = incidentKpis(all, ctx);
    expect(k.opened).toBe(3);
    expect(k.resolved).toBe(3);
    expect(k.responseCompliance).toBeCloseTo(66.7, 1);
    // sev1 resolution target 4 h, took 11 h: breached.
    expect(k.resolutionCompliance).toBeCloseTo(66.7, 1);
    expect(k.responseBreaches).toBe(1);
    expect(k.resolutionBreaches).toBe(1);
    expect(k.breaches).toBe(2);
    expect(k.medianResponseMs).toBe(1 * H); // 1 h, 10 h, 0.5 h
    expect(k.medianResolutionMs).toBe(24 * H); // 24 h, 24 h, 11 h
  });

  it('no incidents: compliance and medians say "no data" (null), counts are zero', () => {
    const k = incidentKpis([], ctx);
    expect(k).toMatchObject({ opened: 0, responseCompliance: null, medianResponseMs: null });
  });

  it('by severity per month and SLA trend cover every month, empty ones too', () => {
    expect(incidentsBySeverityPerMonth(all, ctx)).toEqual([
      { month: '2026-01', sev1: 0, sev2: 0, sev3: 1, sev4: 0 },
      { month: '2026-02', sev1: 0, sev2: 0, sev3: 1, sev4: 0 },
      { month: '2026-03', sev1: 1, sev2: 0, sev3: 0, sev4: 0 },
    ]);
    const trend = slaComplianceTrend(all, ctx);
    expect(trend.map((m) => [m.month, m.response, m.resolution])).toEqual([
      ['2026-01', 100, 100],
      ['2026-02', 0, 100],
      ['2026-03', 100, 0],
    ]);
  });

  it('open incidents in the client order: severity, then ranked, then unranked by age', () => {
    const a = incident({ status: 'new', severity: 2, rankKey: 'a1' });
    const b = incident({ status: 'in-progress', severity: 2, rankKey: 'a0' });
    const c = incident({ status: 'new', severity: 2, reportedAt: '2026-01-01T00:00:00.000Z' });
    const d = incident({ status: 'waiting-on-client', severity: 1, rankKey: 'a5' });
    const closed = incident({ status: 'closed', severity: 1 });
    expect(rankedOpenIncidents([a, b, c, d, closed], account.id).map((i) => i.id)).toEqual([
      d.id,
      b.id,
      a.id,
      c.id,
    ]);
  });
});

describe('quota consumption', () => {
  it('monthly extension incidents over the allowance show an overage', () => {
    const ext = (day: string) =>
      incident({ category: 'extension', extensionId: 'ext-1', reportedAt: `${day}T10:00:00.000Z` });
    const rows = quotaConsumption(account, Q1, {
      incidents: ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map(ext),
      timeEntries: [],
      specialEvents: [
        {
          id: 'ev',
          updatedAt: '2026-01-01T00:00:00.000Z',
          deletedAt: null,
          accountId: account.id,
          title: 'Go-live',
          kind: 'go-live',
          start: '2026-03-14T08:00:00.000Z',
          end: '2026-03-14T20:00:00.000Z',
          workOrderId: null,
          notes: '',
        },
      ],
    });
    const march = rows.find((r) => r.metric === 'extension-incidents' && r.period === '2026-03');
    expect(march).toMatchObject({ used: 5, included: 4, overage: 1 });
    // Q1 spans two annual periods (anniversary 1 March); the event counts in the second.
    const events = rows.filter((r) => r.metric === 'special-events');
    expect(events.map((e) => [e.period, e.used, e.included])).toEqual([
      ['2025-03-01 – 2026-02-28', 0, 2],
      ['2026-03-01 – 2027-02-28', 1, 2],
    ]);
    expect(quotaFactor(rows)).toBe(75);
    // A signed work order covering the overage clears the penalty.
    const covered = rows.map((r) =>
      r === march ? { ...r, coverage: 'covered' as const, uncovered: 0 } : r,
    );
    expect(quotaFactor(covered)).toBe(100);
  });
});

describe('health factors (each 0–100, plainly defined)', () => {
  it('adoption: mean of webinar attendance and plan-item completion', () => {
    expect(
      adoptionFactor({
        webinarsAttended: 1,
        releaseAssessments: 2,
        planItemsDone: 3,
        planItemsOpen: 1,
      }),
    ).toBe(63); // (50 + 75) / 2 = 62.5 → 63
    expect(
      adoptionFactor({
        webinarsAttended: 0,
        releaseAssessments: 0,
        planItemsDone: 0,
        planItemsOpen: 0,
      }),
    ).toBeNull();
  });

  it('incidents: 100 minus the monthly severity penalty, floored at 0', () => {
    expect(incidentsFactor({ 1: 0, 2: 0, 3: 0, 4: 0 }, 3)).toBe(100);
    expect(incidentsFactor({ 1: 1, 2: 1, 3: 3, 4: 0 }, 3)).toBe(70); // (40+20+30)/3 = 30
    expect(incidentsFactor({ 1: 9, 2: 0, 3: 0, 4: 0 }, 3)).toBe(0);
  });

  it('SLA compliance and engagement', () => {
    expect(slaComplianceFactor(90, 70)).toBe(80);
    expect(slaComplianceFactor(null, 70)).toBe(70);
    expect(slaComplianceFactor(null, null)).toBeNull();
    expect(engagementFactor({ meetingsHeld: 3, months: 3, actionsDue: 0, actionsDone: 0 })).toBe(
      100,
    );
    expect(engagementFactor({ meetingsHeld: 1, months: 3, actionsDue: 4, actionsDone: 1 })).toBe(
      30,
    );
  });

  it('score is the weighted mean of factors with a value; weights come from settings', () => {
    const h = healthScore(
      { adoption: null, incidents: 100, slaCompliance: 50, quota: 100, engagement: 0 },
      { adoption: 3, incidents: 2, slaCompliance: 2, quota: 1, engagement: 2 },
    );
    // (200 + 100 + 100 + 0) / 7
    expect(h.score).toBe(57);
    expect(h.factors.find((f) => f.key === 'adoption')).toMatchObject({ value: null, share: 0 });
    expect(h.factors.reduce((s, f) => s + f.share, 0)).toBeCloseTo(1);
    expect(
      healthScore(
        { adoption: 10, incidents: 10, slaCompliance: 10, quota: 10, engagement: 10 },
        { adoption: 0, incidents: 0, slaCompliance: 0, quota: 0, engagement: 0 },
      ).score,
    ).toBeNull();
  });
});

describe('business review and activity report', () => {
  it('assemble from one account’s data and ignore other accounts', () => {
    const data = {
      incidents: [incident({ reportedAt: '2026-02-01T10:00:00.000Z', status: 'new' })],
      meetings: [],
      actionItems: [],
      releases: [],
      releaseAssessments: [],
      specialEvents: [],
      timeEntries: [
        {
          id: 't1',
          updatedAt: '2026-01-01T00:00:00.000Z',
          deletedAt: null,
          accountId: account.id,
          at: '2026-02-03T10:00:00.000Z',
          minutes: 90,
          kind: 'extension-enhancement' as const,
          by: 'Eve',
          description: '',
          incidentId: null,
          workOrderId: null,
        },
      ],
      workOrders: [],
      readinessAssessments: [],
    };
    const input = { account, settings, period: Q1, now: ctx.now, data };
    const review = businessReview(input);
    expect(review.kpis.opened).toBe(1);
    expect(review.rankedOpen).toHaveLength(1);
    expect(review.health.score).not.toBeNull();
    const activity = activityReport(input);
    expect(activity.hoursTotal).toBe(1.5);
    expect(activity.meetingsHeld).toBe(0);
  });
});
