import { TIME_ENTRY_KINDS, type Account, type TimeEntry } from '@shared/schemas/index';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveTimeEntry, type AccountQuotaData } from '../db/quotas';
import { fromZonedInput } from '@shared/calendar/zoned-time';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { formatAmount, periodText } from './format';
import type { OrderChoice } from './OverageConfirm';
import { coveredNote, coveringOrderId, recordOrder } from './overage';
import { QuotaDialogForm } from './QuotaDialogForm';
import { extensionHoursPreview } from './usage';
import { useDialogSave } from './useDialogSave';
import { maxLengthOf } from '../ui/limits';

type Kind = TimeEntry['kind'];

/** '1.5' or '1,5' → 90 minutes; null unless a positive number. */
export function parseHours(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0) return null;
  const minutes = Math.round(n * 60);
  return minutes > 0 ? minutes : null;
}

interface Props {
  account: Account;
  data: AccountQuotaData;
  onClose: () => void;
}

/**
 * Records time spent (stored in minutes); warns before extension hours exceed the month's,
 * unless work orders for that month already cover the overage.
 */
export function TimeEntryDialog({ account, data, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState('');
  const [hours, setHours] = useState('');
  const [kind, setKind] = useState<Kind>('extension-enhancement');
  const [by, setBy] = useState(account.sdmName ?? '');
  const [description, setDescription] = useState('');
  const { errors, setErrors, setWarning, busy, save: run, overage: overageProps } = useDialogSave();
  const zone = account.timeZone;

  const check = () => {
    const e: Record<string, string> = {};
    // A date without a time: noon on the account's clock, safely inside that local day.
    const at = date === '' ? null : fromZonedInput(`${date}T12:00`, zone);
    if (date === '') e.date = t('quotas.required');
    else if (!at?.ok) e.date = t('quotas.invalidDate');
    const minutes = parseHours(hours);
    if (minutes === null) e.hours = t('quotas.time.hoursInvalid');
    if (by.trim() === '') e.by = t('quotas.required');
    return { e, at: at?.ok ? at.iso : '', minutes: minutes ?? 0 };
  };

  const save = (order: OrderChoice | null) =>
    run(async () => {
      const { at, minutes } = check();
      const preview = extensionHoursPreview(account, data, { at, minutes, kind });
      const counted = kind === 'extension-enhancement';
      const workOrderId = counted
        ? ((await recordOrder(order, {
            accountId: account.id,
            title: `${t('quotas.kind.extension-hours')}: ${description.trim() || date}`,
            reason: 'extension-hours',
            line: preview,
          })) ?? coveringOrderId(preview))
        : null;
      await saveTimeEntry({
        accountId: account.id,
        at,
        minutes,
        kind,
        by: by.trim(),
        description: description.trim(),
        workOrderId,
      });
      showToast({ tone: 'info', message: t('quotas.time.saved') });
      onClose();
    });

  const submit = () => {
    const { e, at, minutes } = check();
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const preview = extensionHoursPreview(account, data, { at, minutes, kind });
    // The order proposed covers the month's overage that no signed or requested order covers.
    if (kind === 'extension-enhancement' && preview.needsWorkOrder) {
      setWarning(
        t('quotas.confirm.hours', {
          used: formatAmount(preview, preview.used, i18n.language),
          included: preview.included,
          period: periodText(preview, i18n.language),
        }) + coveredNote(t, preview, i18n.language),
      );
      return;
    }
    void save(null);
  };

  return (
    <QuotaDialogForm
      title={t('quotas.time.add')}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
      overage={overageProps((order) => void save(order))}
    >
      <TextField
        label={t('quotas.time.date', { zone })}
        type="date"
        required
        value={date}
        error={errors.date ?? errors.at}
        onChange={(e) => {
          setDate(e.target.value);
        }}
      />
      <TextField
        label={t('quotas.time.hours')}
        hint={t('quotas.time.hoursHint')}
        inputMode="decimal"
        required
        value={hours}
        error={errors.hours ?? errors.minutes}
        onChange={(e) => {
          setHours(e.target.value);
        }}
      />
      <SelectField
        label={t('quotas.time.kind')}
        value={kind}
        onChange={(e) => {
          setKind(e.target.value as Kind);
        }}
        options={TIME_ENTRY_KINDS.map((k) => ({
          value: k,
          label: t(`quotas.time.kinds.${k}`),
        }))}
      />
      <TextField
        label={t('quotas.time.by')}
        required
        value={by}
        error={errors.by}
        onChange={(e) => {
          setBy(e.target.value);
        }}
      />
      <TextAreaField
        label={t('quotas.time.description')}
        maxLength={maxLengthOf('long')}
        value={description}
        onChange={(e) => {
          setDescription(e.target.value);
        }}
      />
    </QuotaDialogForm>
  );
}
