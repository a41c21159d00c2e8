/** Base vocabulary shared by every part of the domain core. */

export const PLAN_IDS = [
  'essential',
  'premium',
  'carefor-business',
  'carefor-business-plus',
  'carefor-enterprise',
] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export const SEVERITIES = [1, 2, 3, 4] as const;
export type Severity = (typeof SEVERITIES)[number];

export const INCIDENT_CATEGORIES = [
  'system-down',
  'application',
  'interface',
  'extension',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const INCIDENT_STATUSES = [
  'new',
  'in-progress',
  'waiting-on-client',
  'resolved',
  'closed',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export type Coverage = '24x7' | '24x5' | 'business-hours';

/** Plans are cumulative: a higher level includes everything below it. */
export function planLevel(plan: PlanId): number {
  return PLAN_IDS.indexOf(plan);
}

export function planAtLeast(plan: PlanId, min: PlanId): boolean {
  return planLevel(plan) >= planLevel(min);
}

export const PLAN_NAMES: Record<PlanId, string> = {
  essential: 'Essential',
  premium: 'Premium',
  'carefor-business': 'CareFor Business',
  'carefor-business-plus': 'CareFor Business Plus',
  'carefor-enterprise': 'CareFor Enterprise',
};
