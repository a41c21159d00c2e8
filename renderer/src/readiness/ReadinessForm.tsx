import {
  PLAN_ITEM_STATUSES,
  type PostGoLivePlanItem,
  type ReadinessAssessment,
} from '@shared/schemas/index';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, saveRecord } from '../db/records';
import { TextAreaField, TextField } from '../ui/Field';
import { OwnedItemsEditor } from '../ui/OwnedItemsEditor';
import { reportError } from '../ui/errors';
import { showToast } from '../ui/toast-store';

interface Props {
  accountId: string;
  /** null for a new assessment. */
  assessment: ReadinessAssessment | null;
  today: string;
  onDone: () => void;
}

type Item = PostGoLivePlanItem & { dueText: string };
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Gaps found, options explained and the post-go-live plan; nothing is stored on error. */
export function ReadinessForm({ accountId, assessment, today, onDone }: Props) {
  const { t } = useTranslation();
  const [date, setDate] = useState(assessment?.assessedOn ?? today);
  const [features, setFeatures] = useState(assessment?.featureGaps.join('\n') ?? '');
  const [skills, setSkills] = useState(assessment?.skillGaps.join('\n') ?? '');
  const [options, setOptions] = useState(assessment?.options ?? '');
  const [items, setItems] = useState<Item[]>(
    (assessment?.planItems ?? []).map((i) => ({ ...i, dueText: i.dueDate ?? '' })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState('');
  const labels = {
    text: t('meetings.readiness.planItem'),
    owner: t('meetings.readiness.owner'),
    due: t('meetings.readiness.dueDate'),
    status: t('meetings.readiness.status'),
  };
  const statuses = PLAN_ITEM_STATUSES.map((s) => ({
    value: s,
    label: t(`meetings.readiness.statusName.${s}`),
  }));

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = t('meetings.readiness.badDate');
    items.forEach((it, i) => {
      if (it.text.trim() === '') found[`item.${i}.text`] = t('meetings.readiness.required');
      if (it.owner.trim() === '') found[`item.${i}.owner`] = t('meetings.readiness.required');
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAlert(t('meetings.readiness.fixErrors'));
      return;
    }
    try {
      await saveRecord('readinessAssessments', {
        id: assessment?.id ?? newId(),
        accountId,
        assessedOn: date,
        featureGaps: lines(features),
        skillGaps: lines(skills),
        options: options.trim(),
        planItems: items.map(({ dueText, ...it }) => ({
          ...it,
          text: it.text.trim(),
          owner: it.owner.trim(),
          dueDate: dueText === '' ? null : dueText,
        })),
      });
      showToast({ tone: 'info', message: t('meetings.readiness.saved') });
      onDone();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <form className="readiness-form" noValidate onSubmit={(e) => void submit(e)}>
      <p role="status" className="meeting-form__alert">
        {alert}
      </p>
      <TextField
        label={t('meetings.readiness.date')}
        type="date"
        required
        value={date}
        error={errors.date}
        onChange={(e) => setDate(e.target.value)}
      />
      <TextAreaField
        label={t('meetings.readiness.featureGaps')}
        hint={t('meetings.readiness.gapsHint')}
        value={features}
        onChange={(e) => setFeatures(e.target.value)}
      />
      <TextAreaField
        label={t('meetings.readiness.skillGaps')}
        hint={t('meetings.readiness.gapsHint')}
        value={skills}
        onChange={(e) => setSkills(e.target.value)}
      />
      <TextAreaField
        label={t('meetings.readiness.options')}
        value={options}
        onChange={(e) => setOptions(e.target.value)}
      />
      <OwnedItemsEditor
        legend={t('meetings.readiness.plan')}
        items={items}
        fields={(it) => ({ text: it.text, owner: it.owner, due: it.dueText, status: it.status })}
        patch={(it, c) => ({
          ...it,
          ...(c.text === undefined ? {} : { text: c.text }),
          ...(c.owner === undefined ? {} : { owner: c.owner }),
          ...(c.due === undefined ? {} : { dueText: c.due }),
          ...(c.status === undefined ? {} : { status: c.status }),
        })}
        labels={labels}
        statuses={statuses}
        rowLegend={(n) => t('meetings.readiness.itemLegend', { n })}
        removeLabel={(n) => t('meetings.readiness.removeItem', { n })}
        errorOf={(i, field) => errors[`item.${String(i)}.${field}`]}
        addLabel={t('meetings.readiness.addItem')}
        blank={() => ({
          id: newId(),
          text: '',
          owner: '',
          dueDate: null,
          dueText: '',
          status: 'open' as const,
        })}
        onChange={setItems}
      />
      <div className="meeting-form__buttons">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
