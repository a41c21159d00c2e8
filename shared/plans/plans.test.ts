import { describe, expect, it } from 'vitest';
import { weeklyCalendar } from '../calendar/presets';
import type { PlanId } from '../domain/types';
import { PLAN_IDS } from '../domain/types';
import { coverageFor, describeCoverageReason } from './coverage';
import { describeEntitlements, entitlementLines } from './describe';
import { entitlementsFor } from './entitlements';
import { defaultSlaTargets, slaTargetFor } from './targets';
import { explainCareForTier, suggestCareForTier } from './tiers';

describe('entitlementsFor (cumulative, from the seed)', () => {
  it('quantities per plan', () => {
    const q = (p: PlanId) => {
      const e = entitlementsFor(p);
      return [
        e.specialEventsPerYear,
        e.monitoredInterfaces,
        e.extensionIncidentsPerMonth,
        e.extensionHoursPerMonth,
      ];
    };
    expect(q('essential')).toEqual([0, 0, 0, 0]);
    expect(q('premium')).toEqual([0, 0, 0, 0]);
    expect(q('carefor-business')).toEqual([0, 0, 0, 0]);
    expect(q('carefor-business-plus')).toEqual([1, 6, 0, 0]);
    expect(q('carefor-enterprise')).toEqual([2, 8, 4, 16]);
  });

  it('booleans per plan', () => {
    const b = (p: PlanId) => {
      const e = entitlementsFor(p);
      return [
        e.designatedSdm,
        e.incidentRanking,
        e.activityReports,
        e.releaseImpactAssessment,
        e.liveIncidentAssessment,
        e.sev2Coverage247,
      ];
    };
    expect(b('essential')).toEqual([false, false, false, false, false, false]);
    expect(b('premium')).toEqual([false, false, false, false, false, false]);
    expect(b('carefor-business')).toEqual([true, true, true, false, false, false]);
    expect(b('carefor-business-plus')).toEqual([true, true, true, true, true, false]);
    expect(b('carefor-enterprise')).toEqual([true, true, true, true, true, true]);
  });

  it('every higher plan includes everything the lower one has', () => {
    for (let i = 1; i < PLAN_IDS.length; i++) {
      const lower = entitlementsFor(PLAN_IDS[i - 1] ?? 'essential');
      const higher = entitlementsFor(PLAN_IDS[i] ?? 'essential');
      for (const [k, v] of Object.entries(lower)) {
        if (k === 'plan' || k === 'applicationCoverage245') continue;
        const hv = higher[k as keyof typeof higher];
        if (typeof v === 'number') expect(hv).toBeGreaterThanOrEqual(v);
        if (v === true) expect(hv).toBe(true);
      }
    }
  });
});

describe('describeEntitlements', () => {
  it('Enterprise in English lists quantities and nothing missing', () => {
    const { included, notIncluded } = describeEntitlements('carefor-enterprise', 'en');
    expect(included).toContain('2 special events per annual subscription period');
    expect(included).toContain('24x7 monitoring of 8 critical interfaces');
    expect(included).toContain('Extension support: 4 incidents per month');
    expect(included.some((l) => l.includes('work order'))).toBe(true);
    expect(notIncluded).toEqual([]);
  });

  it('Premium in French says what it does not get', () => {
    const { included, notIncluded } = describeEntitlements('premium', 'fr');
    expect(included).toContain('Nombre d’incidents illimité');
    expect(notIncluded).toContain('Un responsable des prestations de services désigné');
    expect(notIncluded).toContain('Support lié à des événements spéciaux (hors heures ouvrables)');
  });

  it('Business Plus: one special event, singular', () => {
    expect(describeEntitlements('carefor-business-plus', 'fr').included).toContain(
      '1 événement spécial par période d’abonnement annuel',
    );
  });

  it('lines have stable keys and both languages', () => {
    const lines = entitlementLines('essential');
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
    for (const l of lines) expect(l.en.length * l.fr.length).toBeGreaterThan(0);
  });
});

describe('coverageFor', () => {
  const business = weeklyCalendar(
    'Europe/Paris',
    ['mon', 'tue', 'wed', 'thu', 'fri'],
    [{ start: '09:00', end: '18:00' }],
  );
  const pick = (plan: PlanId, severity: 1 | 2 | 3 | 4, category = 'application' as const) =>
    coverageFor({ businessCalendar: business, plan, severity, category });

  it('Essential: 24x7 when the system is down, 24x5 for application problems', () => {
    expect(
      coverageFor({
        businessCalendar: business,
        plan: 'essential',
        severity: 1,
        category: 'system-down',
      }).coverage,
    ).toBe('24x7');
    const app = pick('essential', 1);
    expect([app.coverage, app.reason]).toEqual(['24x5', 'essential-application']);
    expect(app.calendar.timeZone).toBe('Europe/Paris');
  });

  it('Premium and up: severity 1 is 24x7, other severities business hours', () => {
    for (const plan of PLAN_IDS.slice(1)) {
      expect(pick(plan, 1).coverage).toBe('24x7');
      expect(pick(plan, 3)).toMatchObject({ coverage: 'business-hours', calendar: business });
    }
  });

  it('Enterprise only: severity 2 is 24x7', () => {
    expect(pick('carefor-enterprise', 2).reason).toBe('sev2-enterprise');
    expect(pick('carefor-business-plus', 2).coverage).toBe('business-hours');
  });

  it('a special event gives 24x7 when reported inside its window', () => {
    const ev = {
      id: 'ev1',
      start: new Date('2026-03-07T08:00:00Z'),
      end: new Date('2026-03-08T20:00:00Z'),
    };
    const base = {
      businessCalendar: business,
      plan: 'carefor-business-plus' as const,
      severity: 3 as const,
      category: 'application' as const,
      specialEvents: [ev],
    };
    expect(coverageFor({ ...base, reportedAt: new Date('2026-03-07T22:00:00Z') })).toMatchObject({
      coverage: '24x7',
      reason: 'special-event',
      specialEventId: 'ev1',
    });
    // The window is half-open: reported at its end is outside.
    expect(coverageFor({ ...base, reportedAt: ev.end }).coverage).toBe('business-hours');
  });

  it('reasons read well in both languages', () => {
    expect(describeCoverageReason('sev2-enterprise', 'carefor-enterprise', 'en')).toBe(
      'Severity 2 on CareFor Enterprise: handled 24x7',
    );
    expect(describeCoverageReason('business-hours', 'premium', 'fr')).toBe(
      'Premium : traité pendant les heures ouvrables du compte',
    );
  });
});

describe('suggestCareForTier', () => {
  const t = { business: 100, businessPlus: 500, enterprise: 1000 };

  it('returns the highest tier whose threshold ≤ amount', () => {
    expect(suggestCareForTier(99.99, t)).toBeNull();
    expect(suggestCareForTier(100, t)).toBe('carefor-business');
    expect(suggestCareForTier(999, t)).toBe('carefor-business-plus');
    expect(suggestCareForTier(1000, t)).toBe('carefor-enterprise');
    expect(suggestCareForTier(0, { business: 0, businessPlus: 5, enterprise: 9 })).toBe(
      'carefor-business',
    );
  });

  it('throws RangeError on negative or NaN', () => {
    expect(() => suggestCareForTier(-1, t)).toThrow(RangeError);
    expect(() => suggestCareForTier(Number.NaN, t)).toThrow(/annual SaaS amount/);
    expect(() => suggestCareForTier(1, { ...t, enterprise: -5 })).toThrow(RangeError);
  });

  it('explains itself', () => {
    expect(explainCareForTier(600, t, 'en')).toBe(
      'Annual amount 600 reaches the CareFor Business Plus threshold (500): CareFor Business Plus suggested.',
    );
    expect(explainCareForTier(50, t, 'fr')).toContain('aucun niveau CareFor suggéré');
  });
});

describe('SLA target defaults', () => {
  it('Sev1 1 h, Sev2 2 h, Sev3 8 h, Sev4 16 h (2 business days) response', () => {
    const targets = defaultSlaTargets();
    expect(
      ([1, 2, 3, 4] as const).map((s) => slaTargetFor(targets, 'premium', s).responseMinutes),
    ).toEqual([60, 120, 480, 960]);
  });
});
