import type { PlanId, Severity } from '../domain/types';
import { PLAN_IDS } from '../domain/types';

/** Working time on the incident's coverage calendar, in minutes. */
export interface SlaTarget {
  responseMinutes: number;
  resolutionMinutes: number;
}

export type SeverityKey = '1' | '2' | '3' | '4';
export type SlaTargets = Record<PlanId, Record<SeverityKey, SlaTarget>>;

/**
 * Defaults; the seeds give no numbers. "Business days" are counted as 8 working
 * hours each on the coverage calendar (Sev4 response: 2 business days = 16 h).
 */
const DEFAULT_BY_SEVERITY: Record<SeverityKey, SlaTarget> = {
  '1': { responseMinutes: 60, resolutionMinutes: 4 * 60 },
  '2': { responseMinutes: 2 * 60, resolutionMinutes: 16 * 60 },
  '3': { responseMinutes: 8 * 60, resolutionMinutes: 40 * 60 },
  '4': { responseMinutes: 16 * 60, resolutionMinutes: 80 * 60 },
};

export function defaultSlaTargets(): SlaTargets {
  const out = {} as SlaTargets;
  for (const plan of PLAN_IDS) {
    out[plan] = {
      '1': { ...DEFAULT_BY_SEVERITY['1'] },
      '2': { ...DEFAULT_BY_SEVERITY['2'] },
      '3': { ...DEFAULT_BY_SEVERITY['3'] },
      '4': { ...DEFAULT_BY_SEVERITY['4'] },
    };
  }
  return out;
}

export function slaTargetFor(targets: SlaTargets, plan: PlanId, severity: Severity): SlaTarget {
  return targets[plan][String(severity) as SeverityKey];
}
