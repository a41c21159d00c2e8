import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSettings } from '@shared/schemas/index';
import { RecordValidationError } from '../db/errors';
import { saveWorkspaceSettings, useWorkspaceSettings } from '../db/workspace';
import { reportError } from '../ui/errors';
import { TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { ChoiceGroup } from './ChoiceGroup';
import { TargetsTable } from './TargetsTable';
import {
  settingsFieldId,
  workspaceDraftOf,
  workspaceErrors,
  workspacePatchOf,
  type WorkspaceDraft,
  type WorkspaceErrorKey,
} from './workspace-draft';

export function WorkspaceSection() {
  const settings = useWorkspaceSettings();
  if (!settings) return null;
  return <WorkspaceForm settings={settings} />;
}

/** Shared workspace settings: tier thresholds, at-risk threshold, SLA targets, paper size. */
function WorkspaceForm({ settings }: { settings: WorkspaceSettings }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<WorkspaceDraft>(() => workspaceDraftOf(settings));
  const [errors, setErrors] = useState<Record<string, WorkspaceErrorKey>>({});
  const [attempt, setAttempt] = useState(0);
  const alertRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (attempt > 0) alertRef.current?.focus();
  }, [attempt]);

  const change = (patch: Partial<WorkspaceDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const error = (field: string) => {
    const key = errors[field];
    return key === undefined ? undefined : t(`settings.errors.${key}`);
  };
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await saveWorkspaceSettings(workspacePatchOf(draft));
      setErrors({});
      showToast({ tone: 'success', message: t('settings.workspaceSaved') });
    } catch (e) {
      if (e instanceof RecordValidationError) {
        setErrors(workspaceErrors(e.byField(), draft));
        setAttempt((n) => n + 1);
      } else reportError(e);
    }
  };
  const count = Object.keys(errors).length;
  const tierField = (key: 'business' | 'businessPlus' | 'enterprise', label: string) => (
    <TextField
      id={settingsFieldId(key)}
      label={label}
      type="number"
      min={0}
      step="any"
      inputMode="decimal"
      value={draft[key]}
      error={error(key)}
      onChange={(e) => change({ [key]: e.target.value })}
    />
  );

  return (
    <section className="card" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">{t('settings.workspace')}</h2>
      <p className="hint">{t('settings.workspaceIntro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {count > 0 ? (
          <p ref={alertRef} tabIndex={-1} role="alert" className="settings-alert">
            {t('settings.errorCount', { count })}
          </p>
        ) : null}
        <fieldset className="settings-group">
          <legend>{t('settings.tiers')}</legend>
          <p className="hint">{t('settings.tiersHint')}</p>
          <div className="settings-row">
            {tierField('business', t('settings.tierBusiness'))}
            {tierField('businessPlus', t('settings.tierBusinessPlus'))}
            {tierField('enterprise', t('settings.tierEnterprise'))}
          </div>
        </fieldset>
        <div className="settings-row settings-row--narrow">
          <TextField
            id={settingsFieldId('atRiskPercent')}
            label={t('settings.atRisk')}
            hint={t('settings.atRiskHint')}
            type="number"
            min={1}
            max={99}
            step="any"
            value={draft.atRiskPercent}
            error={error('atRiskPercent')}
            onChange={(e) => change({ atRiskPercent: e.target.value })}
          />
        </div>
        <fieldset className="settings-group">
          <legend>{t('settings.targets')}</legend>
          <p className="hint">{t('settings.targetsHint')}</p>
          <TargetsTable
            targets={draft.targets}
            errors={errors}
            onChange={(plan, sev, kind, value) =>
              setDraft((d) => ({
                ...d,
                targets: {
                  ...d.targets,
                  [plan]: { ...d.targets[plan], [sev]: { ...d.targets[plan][sev], [kind]: value } },
                },
              }))
            }
          />
        </fieldset>
        <ChoiceGroup
          name="paper-size"
          legend={t('settings.paperSize')}
          value={draft.paperSize}
          options={[
            { value: 'a4', label: t('settings.a4') },
            { value: 'letter', label: t('settings.letter') },
          ]}
          onChange={(paperSize) => change({ paperSize })}
        />
        <button type="submit" className="primary">
          {t('settings.saveWorkspace')}
        </button>
      </form>
    </section>
  );
}
