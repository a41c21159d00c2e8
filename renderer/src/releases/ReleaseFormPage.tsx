import type { Release } from '@shared/schemas/index';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RecordValidationError } from '../db/errors';
import { useRecord } from '../db/queries';
import { saveRelease } from '../db/releases';
import { reportError } from '../ui/errors';
import { TextAreaField, TextField } from '../ui/Field';
import { Page } from '../ui/Page';
import { showToast } from '../ui/toast-store';
import { checkRelease, releasePatch, releaseValues, type ReleaseValues } from './release-form';
import './releases.css';
import { maxLengthOf, translateTooLong } from '../ui/limits';

/** /releases/new and /releases/:releaseId/edit. */
export function ReleaseFormPage() {
  const { releaseId } = useParams();
  const { t } = useTranslation();
  const release = useRecord('releases', releaseId);
  const title = releaseId ? t('releases.editRelease') : t('releases.newRelease');
  if (releaseId !== undefined && release === undefined) {
    return (
      <Page title={title}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  }
  if (releaseId !== undefined && release === null) {
    return (
      <Page title={title}>
        <p role="alert">{t('releases.form.notFound')}</p>
      </Page>
    );
  }
  return <ReleaseForm key={release?.id ?? 'new'} release={release ?? null} title={title} />;
}

function ReleaseForm({ release, title }: { release: Release | null; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<ReleaseValues>(() => releaseValues(release));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const [saving, setSaving] = useState(false);

  const bind = (key: keyof ReleaseValues) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [key]: e.target.value }));
    },
  });

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const found = checkRelease(values);
    const messages: Record<string, string> = {};
    for (const [field, err] of Object.entries(found)) {
      messages[field] = t(`releases.form.${err.key}`, { name: err.name ?? '' });
    }
    if (Object.keys(messages).length > 0) {
      setErrors(messages);
      setSummary(t('releases.form.fixErrors', { count: Object.keys(messages).length }));
      return;
    }
    setSaving(true);
    try {
      const saved = await saveRelease({ ...releasePatch(values), id: release?.id });
      showToast({
        tone: 'info',
        message: t(release ? 'releases.form.saved' : 'releases.form.created', { name: saved.name }),
      });
      void navigate(`/releases/${saved.id}`);
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
    <Page title={title}>
      <form className="card form-narrow" noValidate onSubmit={(e) => void submit(e)}>
        <p role="alert" className="form-summary">
          {summary}
        </p>
        <TextField
          label={t('releases.form.name')}
          hint={t('releases.form.nameHint')}
          required
          maxLength={maxLengthOf('name')}
          {...bind('name')}
        />
        <TextField
          label={t('releases.form.version')}
          required
          maxLength={maxLengthOf('label')}
          {...bind('version')}
        />
        <TextField
          label={t('releases.form.releaseDate')}
          type="date"
          required
          {...bind('releaseDate')}
        />
        <TextField
          label={t('releases.form.webinarAt')}
          hint={t('releases.form.webinarHint')}
          type="datetime-local"
          {...bind('webinarAt')}
        />
        <TextAreaField
          label={t('releases.form.summary')}
          maxLength={maxLengthOf('long')}
          {...bind('summary')}
        />
        <TextAreaField
          label={t('releases.form.changedModules')}
          hint={t('releases.form.changedModulesHint')}
          {...bind('changedModules')}
        />
        <TextAreaField
          label={t('releases.form.notes')}
          maxLength={maxLengthOf('long')}
          {...bind('notes')}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {t('common.save')}
          </button>
          <button type="button" onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Page>
  );
}
