import { TIME_ENTRY_KINDS, type Account, type TimeEntry } from '@shared/schemas/index';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { saveTimeEntryWithOrder, type AccountQuotaData } from '../db/quotas';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { useRecordForm } from '../ui/form/useRecordForm';
import { maxLengthOf } from '../ui/limits';
import { showToast } from '../ui/toast-store';
import { formatAmount, periodText } from './format';
import { timeEntryForm, timeEntryMessages, type TimeEntryFields } from './form-schemas';
import type { OrderChoice } from './OverageConfirm';
import { coveredNote, orderFor } from './overage';
import { QuotaDialogForm } from './QuotaDialogForm';
import { refusedFields, report } from './refused-fields';
import { extensionHoursPreview } from './usage';

const EMPTY: TimeEntryFields = {
  date: '',
  hours: '',
  kind: 'extension-enhancement',
  by: '',
  description: '',
};

type Kind = TimeEntry['kind'];

export { parseHours } from './form-schemas';

interface Props {
  account: Account;
  data: AccountQuotaData;
  onClose: () => void;
}

/**
 * Records time spent (stored in minutes); warns before extension hours exceed the month's,
 * unless work orders for that month already cover the overage. The entry and the order chosen
 * are saved together.
 */
export function TimeEntryDialog({ account, data, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const zone = account.timeZone;
  const schema = useMemo(() => timeEntryForm(zone), [zone]);
  const preview = (v: { date: string; hours: number; kind: Kind }) =>
    extensionHoursPreview(account, data, { at: v.date, minutes: v.hours, kind: v.kind });
  const form = useRecordForm<TimeEntryFields, z.output<typeof schema>, OrderChoice>({
    initial: { ...EMPTY, by: account.sdmName ?? '' },
    schema,
    messages: timeEntryMessages,
    fallbackKey: 'quotas.required',
    refusedFields,
    report,
    warning: (v) => {
      const line = preview(v);
      // The order proposed covers the month's overage that no signed or requested order covers.
      if (v.kind !== 'extension-enhancement' || !line.needsWorkOrder) return null;
      return (
        t('quotas.confirm.hours', {
          used: formatAmount(line, line.used, i18n.language),
          included: line.included,
          period: periodText(line, i18n.language),
        }) + coveredNote(t, line, i18n.language)
      );
    },
    onSave: async (v, choice) => {
      const counted = v.kind === 'extension-enhancement';
      await saveTimeEntryWithOrder(
        {
          accountId: account.id,
          at: v.date,
          minutes: v.hours,
          kind: v.kind,
          by: v.by,
          description: v.description,
        },
        counted
          ? orderFor(choice, {
              accountId: account.id,
              title: `${t('quotas.kind.extension-hours')}: ${v.description || form.values.date}`,
              reason: 'extension-hours',
              line: preview(v),
            })
          : { existingId: null },
      );
      showToast({ tone: 'info', message: t('quotas.time.saved') });
      onClose();
    },
  });
  const { values, set, errors } = form;

  return (
    <QuotaDialogForm
      title={t('quotas.time.add')}
      busy={form.busy}
      onSubmit={form.submit}
      onClose={onClose}
      overage={{ warning: form.warning, onBack: form.back, onConfirm: form.confirm }}
    >
      <TextField
        label={t('quotas.time.date', { zone })}
        type="date"
        required
        value={values.date}
        error={errors.date ?? errors.at}
        onChange={(e) => {
          set('date', e.target.value);
        }}
      />
      <TextField
        label={t('quotas.time.hours')}
        hint={t('quotas.time.hoursHint')}
        inputMode="decimal"
        required
        value={values.hours}
        error={errors.hours ?? errors.minutes}
        onChange={(e) => {
          set('hours', e.target.value);
        }}
      />
      <SelectField
        label={t('quotas.time.kind')}
        value={values.kind}
        onChange={(e) => {
          set('kind', e.target.value as Kind);
        }}
        options={TIME_ENTRY_KINDS.map((k) => ({
          value: k,
          label: t(`quotas.time.kinds.${k}`),
        }))}
      />
      <TextField
        label={t('quotas.time.by')}
        required
        value={values.by}
        error={errors.by}
        onChange={(e) => {
          set('by', e.target.value);
        }}
      />
      <TextAreaField
        label={t('quotas.time.description')}
        maxLength={maxLengthOf('long')}
        value={values.description}
        onChange={(e) => {
          set('description', e.target.value);
        }}
      />
    </QuotaDialogForm>
  );
}
