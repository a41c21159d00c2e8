import { describe, expect, it } from 'vitest';
import { defaultWorkspaceSettings, validateRecord } from '@shared/schemas/index';
import { workspaceDraftOf, workspaceErrors, workspacePatchOf } from './workspace-draft';

const defaults = defaultWorkspaceSettings('2026-01-01T00:00:00.000Z');

describe('workspace settings draft', () => {
  it('shows hours and percent, and converts back to minutes and fractions', () => {
    const draft = workspaceDraftOf(defaults);
    expect(draft.atRiskPercent).toBe('25');
    expect(draft.targets.premium['1'].response).toBe('1');
    draft.targets.premium['1'].response = '1.5';
    const patch = workspacePatchOf(draft);
    expect(patch.slaTargets.premium['1'].responseMinutes).toBe(90);
    expect(patch.atRiskFraction).toBe(0.25);
    expect(validateRecord('settings', { ...defaults, ...patch }).ok).toBe(true);
  });

  it('explains refusals in the form’s own terms', () => {
    const draft = workspaceDraftOf(defaults);
    draft.enterprise = '100';
    draft.atRiskPercent = '150';
    draft.business = '';
    draft.targets.essential['4'].resolution = '0';
    const result = validateRecord('settings', { ...defaults, ...workspacePatchOf(draft) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(workspaceErrors(byField, draft)).toEqual({
      business: 'number',
      atRiskPercent: 'atRiskRange',
      'targets.essential.4.resolution': 'targetPositive',
    });
    draft.business = '0';
    const ordered = validateRecord('settings', { ...defaults, ...workspacePatchOf(draft) });
    if (ordered.ok) throw new Error('expected a refusal');
    const map = Object.fromEntries(ordered.errors.map((e) => [e.path, e.message]));
    expect(workspaceErrors(map, draft).enterprise).toBe('tiersOrder');
  });
});
