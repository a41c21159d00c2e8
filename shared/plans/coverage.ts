import { calendar24x5, calendar24x7 } from '../calendar/presets';
import type { WorkingCalendar } from '../calendar/types';
import type { Coverage, IncidentCategory, Lang, PlanId, Severity } from '../domain/types';
import { PLAN_NAMES } from '../domain/types';
import { entitlementsFor } from './entitlements';

/** A window of extended (24x7) coverage, e.g. a special event. */
export interface CoverageWindow {
  id?: string;
  start: Date;
  end: Date;
}

export interface CoverageInput {
  businessCalendar: WorkingCalendar;
  plan: PlanId;
  severity: Severity;
  category: IncidentCategory;
  /** When the incident was reported; needed for special-event windows. */
  reportedAt?: Date;
  specialEvents?: readonly CoverageWindow[];
}

export type CoverageReason =
  | 'sev1-critical'
  | 'system-down'
  | 'sev2-enterprise'
  | 'special-event'
  | 'essential-application'
  | 'business-hours';

export interface CoverageDecision {
  calendar: WorkingCalendar;
  coverage: Coverage;
  reason: CoverageReason;
  /** Id of the special event that gave 24x7 coverage, when that is the reason. */
  specialEventId: string | null;
}

// One preset object per zone, so the compiled-calendar cache is reused.
const presets = new Map<string, WorkingCalendar>();
function preset(kind: '24x7' | '24x5', timeZone: string): WorkingCalendar {
  const key = `${kind} ${timeZone}`;
  let cal = presets.get(key);
  if (cal === undefined) {
    cal = kind === '24x7' ? calendar24x7(timeZone) : calendar24x5(timeZone);
    presets.set(key, cal);
  }
  return cal;
}

/**
 * Which clock an incident's targets run on. Rules, first match wins:
 * severity 1 on Premium and up → 24x7; system down on any plan → 24x7 (Essential
 * has it, and plans are cumulative); severity 2 on Enterprise → 24x7; reported
 * inside a special-event window → 24x7 for the whole incident (kept simple: the
 * report time decides, the window's end does not switch clocks mid-way);
 * Essential → 24x5; otherwise the account's business hours. 24x5/24x7 run in
 * the account's time zone.
 */
export function coverageFor(input: CoverageInput): CoverageDecision {
  const { businessCalendar, plan, severity, category } = input;
  const tz = businessCalendar.timeZone;
  const e = entitlementsFor(plan);
  const full = (reason: CoverageReason, specialEventId: string | null = null) => ({
    calendar: preset('24x7', tz),
    coverage: '24x7' as const,
    reason,
    specialEventId,
  });
  if (severity === 1 && e.sev1Coverage247) return full('sev1-critical');
  if (category === 'system-down') return full('system-down');
  if (severity === 2 && e.sev2Coverage247) return full('sev2-enterprise');
  const at = input.reportedAt?.getTime();
  if (at !== undefined) {
    const event = input.specialEvents?.find((w) => w.start.getTime() <= at && at < w.end.getTime());
    if (event !== undefined) return full('special-event', event.id ?? null);
  }
  if (e.applicationCoverage245) {
    return {
      calendar: preset('24x5', tz),
      coverage: '24x5',
      reason: 'essential-application',
      specialEventId: null,
    };
  }
  return {
    calendar: businessCalendar,
    coverage: 'business-hours',
    reason: 'business-hours',
    specialEventId: null,
  };
}

const REASONS: Record<CoverageReason, Record<Lang, (plan: string) => string>> = {
  'sev1-critical': {
    en: (p) => `Severity 1 on ${p}: handled 24x7 until resolved, worked around or downgraded`,
    fr: (p) =>
      `Gravité 1 avec ${p} : traité 24h/24 et 7j/7 jusqu’à résolution, contournement ou baisse de gravité`,
  },
  'system-down': {
    en: () => 'System down: handled 24x7 on every plan',
    fr: () => 'Système en panne : traité 24h/24 et 7j/7 quel que soit le plan',
  },
  'sev2-enterprise': {
    en: () => 'Severity 2 on CareFor Enterprise: handled 24x7',
    fr: () => 'Gravité 2 avec CareFor Enterprise : traité 24h/24 et 7j/7',
  },
  'special-event': {
    en: () => 'Reported during a special event: handled 24x7',
    fr: () => 'Signalé pendant un événement spécial : traité 24h/24 et 7j/7',
  },
  'essential-application': {
    en: () => 'Application problem on Essential: handled 24x5',
    fr: () => 'Problème d’application avec Essential : traité 24h/24 et 5j/7',
  },
  'business-hours': {
    en: (p) => `${p}: handled during the account’s business hours`,
    fr: (p) => `${p} : traité pendant les heures ouvrables du compte`,
  },
};

export function describeCoverageReason(reason: CoverageReason, plan: PlanId, lang: Lang): string {
  return REASONS[reason][lang](PLAN_NAMES[plan]);
}
