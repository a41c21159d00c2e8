import { TIME_ENTRY_KINDS, type Account, type TimeEntry } from '@shared/schemas/index';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordValidationError } from '../db/errors';
import { saveTimeEntry } from '../db/quotas';
import { fromZonedInput } from '../incidents/zoned-time';
import { Dialog } from '../ui/Dialog';
import { reportError } from '../ui/errors';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { formatAmount, periodText } from './format';
import { OverageConfirm, type OrderChoice } from './OverageConfirm';
import { recordOrder } from './overage';
import { extensionHoursPreview } from './usage';

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
  entries: TimeEntry[];
  onClose: () => void;
}

/** Records time spent (stored in minutes); warns before extension hours exceed the month's. */
export function TimeEntryDialog({ account, entries, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState('');
  const [hours, setHours] = useState('');
  const [kind, setKind] = useState<Kind>('extension-enhancement');
  const [by, setBy] = useState(account.sdmName ?? '');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [warning, setWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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

  const save = async (order: OrderChoice | null, overage: number) => {
    const { at, minutes } = check();
    setBusy(true);
    try {
      const workOrderId = await recordOrder(order, {
        accountId: account.id,
        title: `${t('quotas.kind.extension-hours')}: ${description.trim() || date}`,
        reason: 'extension-hours',
        quantity: overage,
      });
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
    } catch (error) {
      if (error instanceof RecordValidationError) setErrors(error.byField());
      else reportError(error);
      setWarning(null);
    } finally {
      setBusy(false);
    }
  };

  const [pendingOverage, setPendingOverage] = useState(0);
  const submit = (ev: SyntheticEvent) => {
    ev.preventDefault();
    const { e, at, minutes } = check();
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const preview = extensionHoursPreview(account, entries, { at, minutes, kind });
    if (kind === 'extension-enhancement' && preview.needsWorkOrder) {
      // Only the hours this entry adds beyond the allowance go on the order.
      const overage = Math.min(preview.overage, minutes / 60);
      setPendingOverage(overage);
      setWarning(
        t('quotas.confirm.hours', {
          used: formatAmount({ kind: 'extension-hours' }, preview.used, i18n.language),
          included: preview.included,
          period: periodText({ kind: 'extension-hours', period: preview.period }, i18n.language),
        }),
      );
      return;
    }
    void save(null, 0);
  };

  return (
    <Dialog open title={t('quotas.time.add')} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        {/* Frozen while the overage warning asks for confirmation: it speaks of these values. */}
        <fieldset className="plain-fieldset" disabled={warning !== null}>
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
            value={description}
            onChange={(e) => {
              setDescription(e.target.value);
            }}
          />
        </fieldset>
        {warning !== null ? (
          <OverageConfirm
            message={warning}
            busy={busy}
            onBack={() => {
              setWarning(null);
            }}
            onConfirm={(order) => void save(order, pendingOverage)}
          />
        ) : (
          <div className="dialog-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('common.save')}
            </button>
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
