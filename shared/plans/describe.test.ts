import { describe, expect, it } from 'vitest';
import { PLAN_IDS } from '../domain/types';
import { comparePlans, describeEntitlements, entitlementLines } from './describe';
import { PLAN_LADDER } from './tiers';

const ESSENTIAL_24X5 = {
  en: '24x5 support for application problems',
  fr: 'Support 24h/24 et 5j/7 pour les problèmes d’application',
};
const ESSENTIAL_DOWN = {
  en: '24x7 support when the system is down',
  fr: 'Support 24h/24 et 7j/7 en cas de panne du système',
};

describe('Essential is a separate track', () => {
  it('no Premium or CareFor plan lists Essential’s coverage, included or not', () => {
    for (const plan of PLAN_IDS.filter((p) => p !== 'essential')) {
      for (const lang of ['en', 'fr'] as const) {
        const { included, notIncluded } = describeEntitlements(plan, lang);
        for (const line of [ESSENTIAL_24X5[lang], ESSENTIAL_DOWN[lang]]) {
          expect(included).not.toContain(line);
          expect(notIncluded).not.toContain(line);
        }
      }
      expect(entitlementLines(plan).map((l) => l.key)).not.toContain('coverage.application245');
    }
  });

  it('the Essential page describes its own coverage: 24x7 system down, 24x5 application', () => {
    expect(describeEntitlements('essential', 'en').included).toEqual([
      ESSENTIAL_DOWN.en,
      ESSENTIAL_24X5.en,
    ]);
    expect(describeEntitlements('essential', 'fr').included).toEqual([
      ESSENTIAL_DOWN.fr,
      ESSENTIAL_24X5.fr,
    ]);
  });
});

describe('comparePlans', () => {
  it('runs Premium → Business → Business Plus → Enterprise, Essential apart', () => {
    const { essential, ladder } = comparePlans('en');
    expect(PLAN_LADDER).toEqual([
      'premium',
      'carefor-business',
      'carefor-business-plus',
      'carefor-enterprise',
    ]);
    expect(ladder.map((r) => r.plan)).toEqual(PLAN_LADDER);
    expect(essential).toEqual([ESSENTIAL_DOWN.en, ESSENTIAL_24X5.en]);
    const everyLine = ladder.flatMap((r) => r.adds);
    expect(everyLine).not.toContain(ESSENTIAL_24X5.en);
    expect(everyLine).not.toContain(ESSENTIAL_DOWN.en);
  });

  it('each rung lists what it adds; together they make the Enterprise page', () => {
    const { ladder } = comparePlans('en');
    const [premium, business, plus, enterprise] = ladder;
    expect(premium?.adds).toEqual(describeEntitlements('premium', 'en').included);
    expect(business?.adds).toContain('A designated Service Delivery Manager');
    expect(business?.adds).not.toContain('Unlimited incidents');
    expect(plus?.adds).toContain('1 special event per annual subscription period');
    expect(enterprise?.adds).toContain('2 special events per annual subscription period');
    expect(enterprise?.adds).toContain('Major (severity 2) incidents handled 24x7');
    expect(enterprise?.adds).not.toContain('A designated Service Delivery Manager');
    // Every Enterprise line was added on some rung.
    const added = new Set(ladder.flatMap((r) => r.adds));
    for (const line of describeEntitlements('carefor-enterprise', 'en').included)
      expect(added.has(line)).toBe(true);
  });

  it('speaks French too', () => {
    const { ladder } = comparePlans('fr');
    expect(ladder[1]?.adds).toContain('Un responsable des prestations de services désigné');
  });
});
