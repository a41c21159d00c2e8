import { IMPACT_LEVELS, READINESS_STATUSES } from '@shared/schemas/index';
import type { Account, Release, ReleaseAssessment } from '@shared/schemas/index';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RecordValidationError } from '../db/errors';
import { saveAssessment } from '../db/releases';
import { reportError } from '../ui/errors';
import { TextAreaField, TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import {
  assessmentPatch,
  assessmentValues,
  checkAssessment,
  type AssessmentValues,
} from './assessment-form';
import { CheckboxGroup, RadioGroup } from './OptionGroups';
import { translateTooLong } from '../ui/limits';
import { maxLengthOf } from '../ui/limits';

interface Props {
  release: Release;
  account: Account;
  assessment: ReleaseAssessment | null;
}

/** The impact assessment of one release for one entitled account. */
export function AssessmentForm({ release, account, assessment }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [v, setV] = useState<AssessmentValues>(() => assessmentValues(assessment, account));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof AssessmentValues>(key: K, value: AssessmentValues[K]) => {
    setV((prev) => ({ ...prev, [key]: value }));
  };

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const found = checkAssessment(v);
    const messages = Object.fromEntries(
      Object.entries(found).map(([k, key]) => [k, t(`releases.assess.${key}`)]),
    );
    if (Object.keys(messages).length > 0 || v.impact === '' || v.readiness === '') {
      setErrors(messages);
      setSummary(t('releases.form.fixErrors', { count: Object.keys(messages).length }));
      return;
    }
    setSaving(true);
    try {
      await saveAssessment({
        ...assessmentPatch({ ...v, impact: v.impact, readiness: v.readiness }),
        releaseId: release.id,
        accountId: account.id,
      });
      showToast({ tone: 'info', message: t('releases.assess.saved', { account: account.name }) });
      void navigate(-1);
    } catch (error) {
      if (error instanceof RecordValidationError) {
        setErrors(translateTooLong(error.byField(), t));
        setSummary(t('releases.form.fixErrors', { count: error.issues.length }));
      } else reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="card form-narrow" noValidate onSubmit={(e) => void submit(e)}>
      <p role="alert" className="form-summary">
        {summary}
      </p>
      <CheckboxGroup
        legend={t('releases.assess.modules')}
        empty={t('releases.assess.modulesEmpty')}
        options={release.changedModules.map((m) => ({ value: m, label: m }))}
        value={v.affectedModules}
        onChange={(x) => {
          set('affectedModules', x);
        }}
      />
      <CheckboxGroup
        legend={t('releases.assess.interfaces')}
        empty={t('releases.assess.interfacesEmpty')}
        options={account.monitoredInterfaces.map((i) => ({ value: i.id, label: i.name }))}
        value={v.affectedInterfaceIds}
        onChange={(x) => {
          set('affectedInterfaceIds', x);
        }}
      />
      <CheckboxGroup
        legend={t('releases.assess.extensions')}
        empty={t('releases.assess.extensionsEmpty')}
        options={account.extensions.map((x) => ({ value: x.id, label: x.name }))}
        value={v.affectedExtensionIds}
        onChange={(x) => {
          set('affectedExtensionIds', x);
        }}
      />
      <RadioGroup
        name="impact"
        legend={t('releases.assess.impact')}
        options={IMPACT_LEVELS.map((l) => ({ value: l, label: t(`releases.impact.${l}`) }))}
        value={v.impact}
        error={errors.impact}
        onChange={(x) => {
          set('impact', x as AssessmentValues['impact']);
        }}
      />
      <TextAreaField
        label={t('releases.assess.recommendations')}
        maxLength={maxLengthOf('long')}
        hint={t('releases.assess.recommendationsHint')}
        value={v.recommendations}
        error={errors.recommendations}
        onChange={(e) => {
          set('recommendations', e.target.value);
        }}
      />
      <RadioGroup
        name="readiness"
        legend={t('releases.assess.readiness')}
        options={READINESS_STATUSES.map((s) => ({ value: s, label: t(`releases.state.${s}`) }))}
        value={v.readiness}
        error={errors.readiness}
        onChange={(x) => {
          set('readiness', x as AssessmentValues['readiness']);
        }}
      />
      <label className="option option--block">
        <input
          type="checkbox"
          checked={v.webinarAttended}
          onChange={(e) => {
            set('webinarAttended', e.target.checked);
          }}
        />
        {t('releases.assess.webinarAttended')}
      </label>
      {v.webinarAttended ? (
        <>
          {account.contacts.length > 0 ? (
            <CheckboxGroup
              legend={t('releases.assess.attendees')}
              options={account.contacts.map((c) => ({ value: c.name, label: c.name }))}
              value={v.contactAttendees}
              onChange={(x) => {
                set('contactAttendees', x);
              }}
            />
          ) : null}
          <TextField
            label={t('releases.assess.otherAttendees')}
            hint={t('releases.assess.otherAttendeesHint')}
            value={v.otherAttendees}
            error={errors.otherAttendees}
            onChange={(e) => {
              set('otherAttendees', e.target.value);
            }}
          />
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('common.save')}
        </button>
        <button type="button" onClick={() => void navigate(-1)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
