import type { Lang, PlanId } from '../domain/types';
import { PLAN_NAMES } from '../domain/types';
import { numberFormat } from '../intl';

/**
 * The cumulative ladder, lowest first: each plan adds to the one before. Essential is not on
 * it: a separate support track with its own coverage (DOMAIN.md).
 */
export const PLAN_LADDER: readonly PlanId[] = [
  'premium',
  'carefor-business',
  'carefor-business-plus',
  'carefor-enterprise',
];

/** Annual SaaS amounts from which each CareFor tier applies (a workspace setting). */
export interface TierThresholds {
  business: number;
  businessPlus: number;
  enterprise: number;
}

export const DEFAULT_TIER_THRESHOLDS: TierThresholds = {
  business: 250_000,
  businessPlus: 750_000,
  enterprise: 2_000_000,
};

function checkAmount(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be a number ≥ 0 (got ${value}).`);
  }
}

const TIERS: ReadonlyArray<[keyof TierThresholds, PlanId]> = [
  ['enterprise', 'carefor-enterprise'],
  ['businessPlus', 'carefor-business-plus'],
  ['business', 'carefor-business'],
];

/** Highest CareFor tier whose threshold ≤ amount, else null. */
export function suggestCareForTier(
  annualSaasAmount: number,
  thresholds: TierThresholds,
): PlanId | null {
  checkAmount(annualSaasAmount, 'The annual SaaS amount');
  for (const [key] of TIERS) checkAmount(thresholds[key], `The ${key} threshold`);
  for (const [key, plan] of TIERS) if (thresholds[key] <= annualSaasAmount) return plan;
  return null;
}

/** The suggestion in words, e.g. for a tooltip next to the plan field. */
export function explainCareForTier(
  annualSaasAmount: number,
  thresholds: TierThresholds,
  lang: Lang,
): string {
  const plan = suggestCareForTier(annualSaasAmount, thresholds);
  const n = numberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 0 });
  const amount = n.format(annualSaasAmount);
  if (plan === null) {
    const min = n.format(thresholds.business);
    return lang === 'fr'
      ? `Montant annuel ${amount} : sous le seuil CareFor Business (${min}), aucun niveau CareFor suggéré.`
      : `Annual amount ${amount} is below the CareFor Business threshold (${min}): no CareFor tier suggested.`;
  }
  const key = TIERS.find(([, p]) => p === plan)?.[0] ?? 'business';
  const at = n.format(thresholds[key]);
  return lang === 'fr'
    ? `Montant annuel ${amount} ≥ seuil ${PLAN_NAMES[plan]} (${at}) : ${PLAN_NAMES[plan]} suggéré.`
    : `Annual amount ${amount} reaches the ${PLAN_NAMES[plan]} threshold (${at}): ${PLAN_NAMES[plan]} suggested.`;
}
