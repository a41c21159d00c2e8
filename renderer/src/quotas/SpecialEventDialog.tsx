import { SPECIAL_EVENT_KINDS, type Account, type SpecialEvent } from '@shared/schemas/index';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSpecialEventWithOrder, type AccountQuotaData } from '../db/quotas';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { useRecordForm } from '../ui/form/useRecordForm';
import { maxLengthOf } from '../ui/limits';
import { showToast } from '../ui/toast-store';
import { periodText } from './format';
import { specialEventForm, specialEventMessages, type SpecialEventFields } from './form-schemas';
import type { OrderChoice } from './OverageConfirm';
import { coveredNote, orderFor } from './overage';
import { QuotaDialogForm } from './QuotaDialogForm';
import { refusedFields, report } from './refused-fields';
import { specialEventPreview } from './usage';

interface Props {
  account: Account;
  data: AccountQuotaData;
  onClose: () => void;
}

type Kind = SpecialEvent['kind'];

const EMPTY: SpecialEventFields = { title: '', kind: 'go-live', start: '', end: '', notes: '' };

/**
 * Records a special event; warns before it exceeds the annual allowance, unless work orders for
 * that subscription year already cover it. The event and the order chosen are saved together.
 */
export function SpecialEventDialog({ account, data, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const zone = account.timeZone;
  const preview = (start: string) => specialEventPreview(account, data, { start });
  const schema = useMemo(
    () =>
      specialEventForm(
        zone,
        account.subscriptionStart,
        (start) => specialEventPreview(account, data, { start }) !== null,
      ),
    [zone, account, data],
  );
  const form = useRecordForm<SpecialEventFields, SpecialEventFields, OrderChoice>({
    initial: EMPTY,
    schema,
    messages: specialEventMessages,
    fallbackKey: 'quotas.required',
    refusedFields,
    report,
    warning: (v) => {
      const line = preview(v.start);
      if (line === null || !line.needsWorkOrder) return null;
      return (
        t('quotas.confirm.specialEvent', {
          used: line.used,
          included: line.included,
          period: periodText(line, i18n.language),
        }) + coveredNote(t, line, i18n.language)
      );
    },
    onSave: async (v, choice) => {
      const line = preview(v.start);
      if (line === null) return;
      const saved = await saveSpecialEventWithOrder(
        { accountId: account.id, ...v },
        orderFor(choice, {
          accountId: account.id,
          title: `${t(`quotas.events.kinds.${v.kind}`)}: ${v.title}`,
          reason: 'special-event',
          line,
        }),
      );
      showToast({ tone: 'info', message: t('quotas.events.saved', { name: saved.title }) });
      onClose();
    },
  });
  const { values, set, errors } = form;

  return (
    <QuotaDialogForm
      title={t('quotas.events.add')}
      busy={form.busy}
      onSubmit={form.submit}
      onClose={onClose}
      overage={{ warning: form.warning, onBack: form.back, onConfirm: form.confirm }}
    >
      <TextField
        label={t('quotas.events.name')}
        required
        value={values.title}
        error={errors.title}
        onChange={(e) => {
          set('title', e.target.value);
        }}
      />
      <SelectField
        label={t('quotas.events.kind')}
        value={values.kind}
        onChange={(e) => {
          set('kind', e.target.value as Kind);
        }}
        options={SPECIAL_EVENT_KINDS.map((k) => ({
          value: k,
          label: t(`quotas.events.kinds.${k}`),
        }))}
      />
      <TextField
        label={t('quotas.events.start', { zone })}
        type="datetime-local"
        required
        value={values.start}
        error={errors.start}
        onChange={(e) => {
          set('start', e.target.value);
        }}
      />
      <TextField
        label={t('quotas.events.end', { zone })}
        type="datetime-local"
        required
        value={values.end}
        error={errors.end}
        onChange={(e) => {
          set('end', e.target.value);
        }}
      />
      <TextAreaField
        label={t('quotas.events.notes')}
        maxLength={maxLengthOf('long')}
        value={values.notes}
        onChange={(e) => {
          set('notes', e.target.value);
        }}
      />
    </QuotaDialogForm>
  );
}
