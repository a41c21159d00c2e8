import type { PlanId } from '../domain/types';
import { planAtLeast } from '../domain/types';

/** What a plan includes, cumulative as in the support-plans seed. */
export interface Entitlements {
  plan: PlanId;
  // Essential
  systemDownCoverage247: boolean;
  applicationCoverage245: boolean;
  // Premium
  definedIncidentResponse: boolean;
  unlimitedIncidents: boolean;
  onlinePortal247: boolean;
  phoneSupportBusinessHours: boolean;
  priorityQueue: boolean;
  communities: boolean;
  interactiveBriefings: boolean;
  /** Severity 1 handled 24x7 until operational, workaround in place or severity lowered. */
  sev1Coverage247: boolean;
  // CareFor Business
  designatedSdm: boolean;
  seniorExperts: boolean;
  executiveAccess: boolean;
  activityReports: boolean;
  activityPlanning: boolean;
  sustainabilityAssessment: boolean;
  incidentRanking: boolean;
  keyUserSupport: boolean;
  releaseReadinessWebinar: boolean;
  // CareFor Business Plus
  specialEventsPerYear: number;
  liveIncidentAssessment: boolean;
  releaseImpactAssessment: boolean;
  monitoredInterfaces: number;
  // CareFor Enterprise
  sev2Coverage247: boolean;
  extensionIncidentsPerMonth: number;
  extensionHoursPerMonth: number;
}

export function entitlementsFor(plan: PlanId): Entitlements {
  const premium = planAtLeast(plan, 'premium');
  const business = planAtLeast(plan, 'carefor-business');
  const businessPlus = planAtLeast(plan, 'carefor-business-plus');
  const enterprise = plan === 'carefor-enterprise';
  return {
    plan,
    systemDownCoverage247: true,
    applicationCoverage245: plan === 'essential',
    definedIncidentResponse: premium,
    unlimitedIncidents: premium,
    onlinePortal247: premium,
    phoneSupportBusinessHours: premium,
    priorityQueue: premium,
    communities: premium,
    interactiveBriefings: premium,
    sev1Coverage247: premium,
    designatedSdm: business,
    seniorExperts: business,
    executiveAccess: business,
    activityReports: business,
    activityPlanning: business,
    sustainabilityAssessment: business,
    incidentRanking: business,
    keyUserSupport: business,
    releaseReadinessWebinar: business,
    specialEventsPerYear: enterprise ? 2 : businessPlus ? 1 : 0,
    liveIncidentAssessment: businessPlus,
    releaseImpactAssessment: businessPlus,
    monitoredInterfaces: enterprise ? 8 : businessPlus ? 6 : 0,
    sev2Coverage247: enterprise,
    extensionIncidentsPerMonth: enterprise ? 4 : 0,
    extensionHoursPerMonth: enterprise ? 16 : 0,
  };
}
