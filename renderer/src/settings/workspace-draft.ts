import { PLAN_IDS, type PlanId } from '@shared/domain/types';
import type { SeverityKey } from '@shared/plans/index';
import type { WorkspaceSettings } from '@shared/schemas/index';

export const SEVERITY_KEYS: readonly SeverityKey[] = ['1', '2', '3', '4'];

/** The editable part of the workspace settings, as typed: hours and percent, not minutes and fractions. */
export interface WorkspaceDraft {
  business: string;
  businessPlus: string;
  enterprise: string;
  atRiskPercent: string;
  targets: Record<PlanId, Record<SeverityKey, { response: string; resolution: string }>>;
  paperSize: WorkspaceSettings['paperSize'];
}

const text = (n: number) => String(Math.round(n * 100) / 100);
const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

export function workspaceDraftOf(settings: WorkspaceSettings): WorkspaceDraft {
  const targets = {} as WorkspaceDraft['targets'];
  for (const plan of PLAN_IDS) {
    const row = {} as WorkspaceDraft['targets'][PlanId];
    for (const sev of SEVERITY_KEYS) {
      const target = settings.slaTargets[plan][sev];
      row[sev] = {
        response: text(target.responseMinutes / 60),
        resolution: text(target.resolutionMinutes / 60),
      };
    }
    targets[plan] = row;
  }
  return {
    business: String(settings.tierThresholds.business),
    businessPlus: String(settings.tierThresholds.businessPlus),
    enterprise: String(settings.tierThresholds.enterprise),
    atRiskPercent: text(settings.atRiskFraction * 100),
    targets,
    paperSize: settings.paperSize,
  };
}

/** The settings change to save; bad numbers become NaN so the schema refuses them. */
export function workspacePatchOf(
  draft: WorkspaceDraft,
): Pick<WorkspaceSettings, 'tierThresholds' | 'slaTargets' | 'atRiskFraction' | 'paperSize'> {
  const slaTargets = {} as WorkspaceSettings['slaTargets'];
  for (const plan of PLAN_IDS) {
    const row = {} as WorkspaceSettings['slaTargets'][PlanId];
    for (const sev of SEVERITY_KEYS) {
      const cell = draft.targets[plan][sev];
      row[sev] = {
        responseMinutes: Math.round(num(cell.response) * 60),
        resolutionMinutes: Math.round(num(cell.resolution) * 60),
      };
    }
    slaTargets[plan] = row;
  }
  return {
    tierThresholds: {
      business: num(draft.business),
      businessPlus: num(draft.businessPlus),
      enterprise: num(draft.enterprise),
    },
    slaTargets,
    atRiskFraction: num(draft.atRiskPercent) / 100,
    paperSize: draft.paperSize,
  };
}

export type WorkspaceErrorKey =
  'number' | 'negative' | 'tiersOrder' | 'atRiskRange' | 'targetPositive';

/** DOM id of the input for a draft field path such as 'targets.premium.1.response'. */
export const settingsFieldId = (path: string) => `settings-${path.replace(/\./g, '-')}`;

/**
 * Schema paths → draft fields, each with a message key in the UI's own terms (percent, hours):
 * the schema speaks in fractions and minutes.
 */
export function workspaceErrors(
  byField: Record<string, string>,
  draft: WorkspaceDraft,
): Record<string, WorkspaceErrorKey> {
  const out: Record<string, WorkspaceErrorKey> = {};
  // The first problem found for a field wins.
  const put = (field: string, key: WorkspaceErrorKey) => {
    if (!(field in out)) out[field] = key;
  };
  const isNumber = (s: string) => Number.isFinite(num(s));
  for (const path of Object.keys(byField)) {
    const tier = /^tierThresholds\.(business|businessPlus|enterprise)$/.exec(path);
    const target = /^slaTargets\.([\w-]+)\.([1-4])\.(response|resolution)Minutes$/.exec(path);
    if (tier) {
      const field = tier[1] as 'business';
      put(field, isNumber(draft[field]) ? 'negative' : 'number');
    } else if (path === 'tierThresholds') {
      put('enterprise', 'tiersOrder');
    } else if (path === 'atRiskFraction') {
      put('atRiskPercent', isNumber(draft.atRiskPercent) ? 'atRiskRange' : 'number');
    } else if (target) {
      const [, plan, sev, kind] = target as unknown as [string, PlanId, SeverityKey, 'response'];
      const value = draft.targets[plan][sev][kind];
      put(`targets.${plan}.${sev}.${kind}`, isNumber(value) ? 'targetPositive' : 'number');
    }
  }
  return out;
}
