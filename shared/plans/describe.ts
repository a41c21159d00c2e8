import type { Lang, PlanId } from '../domain/types';
import type { Entitlements } from './entitlements';
import { entitlementsFor } from './entitlements';
import { PLAN_LADDER } from './tiers';

/** One plain-words entitlement line; `key` is stable for i18n, en/fr are ready to show. */
export interface EntitlementLine {
  key: string;
  en: string;
  fr: string;
}

/**
 * 'essential': a line of the Essential track only. Essential is a separate support track, not
 * the base of the ladder (DOMAIN.md): its lines are never shown for Premium or CareFor plans,
 * neither as included nor as "not included".
 */
type Track = 'essential' | 'ladder';

interface LineDef {
  key: string;
  track?: Track;
  has: (e: Entitlements) => boolean;
  en: (e: Entitlements) => string;
  fr: (e: Entitlements) => string;
}

const s = (n: number) => (n > 1 ? 's' : '');

const LINES: LineDef[] = [
  {
    key: 'coverage.systemDown247',
    track: 'essential',
    has: (e) => e.systemDownCoverage247,
    en: () => '24x7 support when the system is down',
    fr: () => 'Support 24h/24 et 7j/7 en cas de panne du système',
  },
  {
    key: 'coverage.application245',
    track: 'essential',
    has: (e) => e.applicationCoverage245,
    en: () => '24x5 support for application problems',
    fr: () => 'Support 24h/24 et 5j/7 pour les problèmes d’application',
  },
  {
    key: 'incident.definedResponse',
    has: (e) => e.definedIncidentResponse,
    en: () => 'Defined response times by severity',
    fr: () => 'Délais de réponse définis selon la gravité',
  },
  {
    key: 'incident.unlimited',
    has: (e) => e.unlimitedIncidents,
    en: () => 'Unlimited incidents',
    fr: () => 'Nombre d’incidents illimité',
  },
  {
    key: 'portal.online247',
    has: (e) => e.onlinePortal247,
    en: () => 'Online support portal and knowledge base, 24x7',
    fr: () => 'Portail de support et base de connaissances 24h/24 et 7j/7',
  },
  {
    key: 'phone.businessHours',
    has: (e) => e.phoneSupportBusinessHours,
    en: () => 'Phone support during business hours',
    fr: () => 'Support téléphonique pendant les heures ouvrables',
  },
  {
    key: 'incident.priorityQueue',
    has: (e) => e.priorityQueue,
    en: () => 'Incidents queued by severity and plan',
    fr: () => 'Incidents traités par ordre de priorité (gravité et plan)',
  },
  {
    key: 'communities',
    has: (e) => e.communities,
    en: () => 'Online communities',
    fr: () => 'Communautés en ligne',
  },
  {
    key: 'briefings.interactive',
    has: (e) => e.interactiveBriefings,
    en: () => 'Interactive briefings, topics on request',
    fr: () => 'Briefings interactifs, sujets à la demande',
  },
  {
    key: 'coverage.sev1247',
    has: (e) => e.sev1Coverage247,
    en: () => 'Critical (severity 1) incidents handled 24x7 until resolved or worked around',
    fr: () =>
      'Incidents critiques (gravité 1) pris en charge 24h/24 et 7j/7 jusqu’à résolution ou contournement',
  },
  {
    key: 'sdm.designated',
    has: (e) => e.designatedSdm,
    en: () => 'A designated Service Delivery Manager',
    fr: () => 'Un responsable des prestations de services désigné',
  },
  {
    key: 'experts.senior',
    has: (e) => e.seniorExperts,
    en: () => 'Senior experts through the Service Delivery Manager',
    fr: () => 'Accès aux experts par le responsable des prestations de services',
  },
  {
    key: 'executive.access',
    has: (e) => e.executiveAccess,
    en: () => 'Access to the vendor’s executives',
    fr: () => 'Accès à la direction',
  },
  {
    key: 'reports.activity',
    has: (e) => e.activityReports,
    en: () => 'Periodic activity reports',
    fr: () => 'Rapports d’activité périodiques',
  },
  {
    key: 'planning.steering',
    has: (e) => e.activityPlanning,
    en: () => 'Steering committees and planning sessions',
    fr: () => 'Comités de pilotage et sessions de planification',
  },
  {
    key: 'assessment.sustainability',
    has: (e) => e.sustainabilityAssessment,
    en: () => 'Sustainability readiness assessment',
    fr: () => 'Évaluation de la préparation au développement durable',
  },
  {
    key: 'incident.ranking',
    has: (e) => e.incidentRanking,
    en: () => 'Incidents worked in the order of your business ranking',
    fr: () => 'Incidents traités selon votre classement par importance',
  },
  {
    key: 'support.keyUsers',
    has: (e) => e.keyUserSupport,
    en: () => 'Business-application support for key users',
    fr: () => 'Support des applications métier pour les utilisateurs clés',
  },
  {
    key: 'release.webinar',
    has: (e) => e.releaseReadinessWebinar,
    en: () => 'Next-release readiness webinar each month',
    fr: () => 'Webinaire mensuel de préparation à la prochaine version',
  },
  {
    key: 'specialEvents',
    has: (e) => e.specialEventsPerYear > 0,
    en: (e) =>
      e.specialEventsPerYear > 0
        ? `${e.specialEventsPerYear} special event${s(e.specialEventsPerYear)} per annual subscription period`
        : 'Special-event support (off-hours support for planned events)',
    fr: (e) =>
      e.specialEventsPerYear > 0
        ? `${e.specialEventsPerYear} événement${s(e.specialEventsPerYear)} spécia${e.specialEventsPerYear > 1 ? 'ux' : 'l'} par période d’abonnement annuel`
        : 'Support lié à des événements spéciaux (hors heures ouvrables)',
  },
  {
    key: 'incident.liveAssessment',
    has: (e) => e.liveIncidentAssessment,
    en: () => 'Live incident assessment by phone or screen share',
    fr: () => 'Évaluation en direct des incidents par téléphone ou partage d’écran',
  },
  {
    key: 'release.impact',
    has: (e) => e.releaseImpactAssessment,
    en: () => 'Release impact assessment before each monthly update',
    fr: () => 'Évaluation de l’impact de chaque mise à jour mensuelle',
  },
  {
    key: 'interfaces.monitored',
    has: (e) => e.monitoredInterfaces > 0,
    en: (e) =>
      e.monitoredInterfaces > 0
        ? `24x7 monitoring of ${e.monitoredInterfaces} critical interfaces`
        : '24x7 monitoring of critical interfaces',
    fr: (e) =>
      e.monitoredInterfaces > 0
        ? `Suivi 24h/24 et 7j/7 de ${e.monitoredInterfaces} interfaces critiques`
        : 'Suivi 24h/24 et 7j/7 des interfaces critiques',
  },
  {
    key: 'coverage.sev2247',
    has: (e) => e.sev2Coverage247,
    en: () => 'Major (severity 2) incidents handled 24x7',
    fr: () => 'Incidents majeurs (gravité 2) pris en charge 24h/24 et 7j/7',
  },
  {
    key: 'extensions.incidents',
    has: (e) => e.extensionIncidentsPerMonth > 0,
    en: (e) =>
      e.extensionIncidentsPerMonth > 0
        ? `Extension support: ${e.extensionIncidentsPerMonth} incidents per month`
        : 'Extension support',
    fr: (e) =>
      e.extensionIncidentsPerMonth > 0
        ? `Support des extensions : ${e.extensionIncidentsPerMonth} incidents par mois`
        : 'Support concernant les extensions',
  },
  {
    key: 'extensions.hours',
    has: (e) => e.extensionHoursPerMonth > 0,
    en: (e) =>
      e.extensionHoursPerMonth > 0
        ? `Extension upgrades and enhancements: ${e.extensionHoursPerMonth} hours per month`
        : 'Extension upgrades and enhancements',
    fr: (e) =>
      e.extensionHoursPerMonth > 0
        ? `Mise à niveau ou amélioration des extensions : ${e.extensionHoursPerMonth} heures par mois`
        : 'Mise à niveau ou amélioration des extensions',
  },
];

const BEYOND: EntitlementLine = {
  key: 'beyondLimits.workOrder',
  en: 'Anything beyond these limits needs a professional-services work order',
  fr: 'Au-delà de ces limites, un ordre de travail de services professionnels est nécessaire',
};

const trackOf = (plan: PlanId): Track => (plan === 'essential' ? 'essential' : 'ladder');

/**
 * Every line that speaks of the plan's track, tagged with whether the plan includes it: the
 * Essential track's own coverage lines appear for Essential only.
 */
export function entitlementLines(plan: PlanId): Array<EntitlementLine & { included: boolean }> {
  const e = entitlementsFor(plan);
  const track = trackOf(plan);
  return LINES.filter((l) => (l.track ?? 'ladder') === 'ladder' || track === 'essential').map(
    (l) => ({ key: l.key, en: l.en(e), fr: l.fr(e), included: l.has(e) }),
  );
}

/** What the client gets and what it does not, in plain words. */
export function describeEntitlements(
  plan: PlanId,
  lang: Lang,
): { included: string[]; notIncluded: string[] } {
  const lines = entitlementLines(plan);
  const included = lines.filter((l) => l.included).map((l) => l[lang]);
  if (planAtLeastBusinessPlus(plan)) included.push(BEYOND[lang]);
  return { included, notIncluded: lines.filter((l) => !l.included).map((l) => l[lang]) };
}

/** One rung of the ladder: the plan and what it adds to the rung below (Premium: all of it). */
export interface LadderRung {
  plan: PlanId;
  adds: string[];
}

/**
 * How the plans compare: the ladder Premium → Business → Business Plus → Enterprise, each rung
 * with what it adds, and Essential described on its own as a separate track.
 */
export function comparePlans(lang: Lang): { essential: string[]; ladder: LadderRung[] } {
  const ladder: LadderRung[] = [];
  let below = new Map<string, string>();
  for (const plan of PLAN_LADDER) {
    const mine = new Map(
      entitlementLines(plan)
        .filter((l) => l.included)
        .map((l) => [l.key, l[lang]]),
    );
    if (planAtLeastBusinessPlus(plan)) mine.set(BEYOND.key, BEYOND[lang]);
    // A line whose wording changed (2 special events instead of 1) is something added too.
    const adds = [...mine].filter(([key, text]) => below.get(key) !== text).map(([, t]) => t);
    ladder.push({ plan, adds });
    below = mine;
  }
  return { essential: describeEntitlements('essential', lang).included, ladder };
}

function planAtLeastBusinessPlus(plan: PlanId): boolean {
  return plan === 'carefor-business-plus' || plan === 'carefor-enterprise';
}
