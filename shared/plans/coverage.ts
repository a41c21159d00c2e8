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
  /** The instant the coverage is decided for (e.g. when the incident was reported). */
  reportedAt?: Date;
  specialEvents?: readonly CoverageWindow[];
  /** Which clock: the response (notification/triage) clock of a monitored interface runs 24x7. */
  clock?: 'response' | 'resolution';
  /** The incident's interface is one of the account's monitored interfaces. */
  monitoredInterface?: boolean;
}

export type CoverageReason =
  | 'sev1-critical'
  | 'system-down'
  | 'sev2-enterprise'
  | 'monitored-interface'
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

/** A stretch of time [from, to) on one coverage; `to` null runs on for ever. */
export interface CoverageSpan extends CoverageDecision {
  from: Date;
  to: Date | null;
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

// Asked for every clock of every incident: one entitlements object per plan.
const entitlementsByPlan = new Map<PlanId, ReturnType<typeof entitlementsFor>>();
function entitlementsOf(plan: PlanId) {
  let e = entitlementsByPlan.get(plan);
  if (e === undefined) {
    e = entitlementsFor(plan);
    entitlementsByPlan.set(plan, e);
  }
  return e;
}

function full(tz: string, reason: CoverageReason, specialEventId: string | null = null) {
  return { calendar: preset('24x7', tz), coverage: '24x7' as const, reason, specialEventId };
}

/**
 * The usual rule, outside any special event. First match wins: severity 1 on Premium and up →
 * 24x7; system down on any plan → 24x7 (Essential has it); severity 2 on Enterprise → 24x7; the
 * response clock of an interface incident on a monitored interface, on a plan that includes
 * interface monitoring → 24x7 (notification and triage); Essential → 24x5 (its own track, not
 * the base of the ladder); otherwise the account's business hours. 24x5/24x7 run in the
 * account's time zone.
 */
export function usualCoverage(input: CoverageInput): CoverageDecision {
  const { businessCalendar, plan, severity, category } = input;
  const tz = businessCalendar.timeZone;
  const e = entitlementsOf(plan);
  if (severity === 1 && e.sev1Coverage247) return full(tz, 'sev1-critical');
  if (category === 'system-down') return full(tz, 'system-down');
  if (severity === 2 && e.sev2Coverage247) return full(tz, 'sev2-enterprise');
  if (
    input.clock === 'response' &&
    category === 'interface' &&
    input.monitoredInterface === true &&
    e.monitoredInterfaces > 0
  ) {
    return full(tz, 'monitored-interface');
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

/**
 * Coverage at one instant (`reportedAt`): inside a special-event window — half-open
 * [start, end) — 24x7 whatever the plan (a recorded event may have been bought with a work
 * order); outside, the usual rule.
 */
export function coverageFor(input: CoverageInput): CoverageDecision {
  const usual = usualCoverage(input);
  const at = input.reportedAt?.getTime();
  if (usual.coverage === '24x7' || at === undefined) return usual;
  const event = input.specialEvents?.find((w) => w.start.getTime() <= at && at < w.end.getTime());
  if (event === undefined) return usual;
  return full(input.businessCalendar.timeZone, 'special-event', event.id ?? null);
}

/**
 * Coverage decided instant by instant from `from` on, as consecutive spans: the usual rule,
 * switched to 24x7 inside each special-event window (overlapping windows merge; the first
 * window of a merged run names the event). The last span has `to: null`.
 */
export function coverageTimeline(input: CoverageInput, from: Date): CoverageSpan[] {
  const usual = usualCoverage(input);
  const start = from.getTime();
  if (usual.coverage === '24x7' || input.specialEvents === undefined) {
    return [{ ...usual, from, to: null }];
  }
  if (input.specialEvents.length === 0) return [{ ...usual, from, to: null }];
  const windows = input.specialEvents
    .map((w) => ({ id: w.id ?? null, s: w.start.getTime(), e: w.end.getTime() }))
    .filter((w) => w.e > start && w.e > w.s)
    .sort((a, b) => a.s - b.s || a.e - b.e);
  const spans: CoverageSpan[] = [];
  let t = start;
  const tz = input.businessCalendar.timeZone;
  for (let i = 0; i < windows.length; i++) {
    const first = windows[i];
    if (first === undefined) break;
    let end = first.e;
    while (i + 1 < windows.length && (windows[i + 1]?.s ?? Infinity) <= end) {
      end = Math.max(end, windows[i + 1]?.e ?? end);
      i++;
    }
    const s = Math.max(first.s, t);
    if (s > t) spans.push({ ...usual, from: new Date(t), to: new Date(s) });
    spans.push({ ...full(tz, 'special-event', first.id), from: new Date(s), to: new Date(end) });
    t = end;
  }
  spans.push({ ...usual, from: new Date(t), to: null });
  return spans;
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
  'monitored-interface': {
    en: (p) => `Monitored critical interface on ${p}: notification and triage 24x7`,
    fr: (p) => `Interface critique surveillée avec ${p} : notification et tri 24h/24 et 7j/7`,
  },
  'special-event': {
    en: () => 'During a special event: handled 24x7 inside its window',
    fr: () => 'Pendant un événement spécial : traité 24h/24 et 7j/7 dans sa fenêtre',
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
