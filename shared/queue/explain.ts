import { formatDuration } from '../domain/format';
import { PLAN_NAMES } from '../domain/types';
import type { PrioritizedIncident } from './priority';

/**
 * Why an incident sits where it does. Each reason carries a stable `code` and
 * `params` (for i18n keys `queue.reason.<code>`) plus ready English and French.
 */
export type PriorityReasonCode =
  'severity' | 'plan' | 'breached' | 'time-left' | 'no-clock' | 'inherited' | 'age';

export interface PriorityReason {
  code: PriorityReasonCode;
  params: Record<string, string | number>;
  en: string;
  fr: string;
}

const SEVERITY_WORDS = {
  1: { en: 'critical', fr: 'critique' },
  2: { en: 'major impact', fr: 'impact majeur' },
  3: { en: 'moderate', fr: 'modéré' },
  4: { en: 'low', fr: 'faible' },
} as const;

export function explainPriority(p: PrioritizedIncident, now: Date | number): PriorityReason[] {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const { item } = p;
  const sev = SEVERITY_WORDS[item.severity];
  const plan = PLAN_NAMES[item.plan];
  const reasons: PriorityReason[] = [
    {
      code: 'severity',
      params: { severity: item.severity },
      en: `Severity ${item.severity} (${sev.en}): severity comes first`,
      fr: `Gravité ${item.severity} (${sev.fr}) : la gravité passe en premier`,
    },
    {
      code: 'plan',
      params: { plan: item.plan },
      en: `${plan} plan: among equal severity, higher plans come first`,
      fr: `Plan ${plan} : à gravité égale, les plans supérieurs passent d’abord`,
    },
  ];
  const tl = p.effectiveTimeLeftMs;
  if (!Number.isFinite(tl)) {
    reasons.push({
      code: 'no-clock',
      params: {},
      en: 'No SLA clock running',
      fr: 'Aucun délai SLA en cours',
    });
  } else if (tl < 0 || (tl === 0 && item.timeLeftMs !== null)) {
    reasons.push({
      code: 'breached',
      params: { overdueMs: -tl },
      en: `SLA breached, ${formatDuration(tl, 'en')} of working time overdue`,
      fr: `SLA dépassé de ${formatDuration(tl, 'fr')} de temps ouvré`,
    });
  } else {
    reasons.push({
      code: 'time-left',
      params: { timeLeftMs: tl },
      en: `${formatDuration(tl, 'en')} of working time left on the SLA`,
      fr: `${formatDuration(tl, 'fr')} de temps ouvré restant sur le SLA`,
    });
  }
  if (p.inheritedFromId !== null) {
    const id = p.inheritedFromId;
    reasons.push({
      code: 'inherited',
      params: { fromId: id },
      en: `The client ranked it above ${id}, so it takes that incident’s deadline`,
      fr: `Le client l’a classé avant ${id} : il en reprend l’échéance`,
    });
  }
  const reported =
    typeof item.reportedAt === 'number' ? item.reportedAt : item.reportedAt.getTime();
  reasons.push({
    code: 'age',
    params: { ageMs: nowMs - reported },
    en: `Reported ${formatDuration(nowMs - reported, 'en')} ago`,
    fr: `Signalé il y a ${formatDuration(nowMs - reported, 'fr')}`,
  });
  return reasons;
}
