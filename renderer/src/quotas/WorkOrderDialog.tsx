import { quotaKindOf } from '@shared/quota/index';
import { WORK_ORDER_REASONS, type Account, type WorkOrder } from '@shared/schemas/index';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveWorkOrder } from '../db/quotas';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { coveredPeriodText } from './format';
import { OrderStatusField } from './OverageConfirm';
import { QuotaDialogForm } from './QuotaDialogForm';
import { coverablePeriods, periodOf } from './usage';
import { useDialogSave } from './useDialogSave';
import { maxLengthOf } from '../ui/limits';

export interface WorkOrderPreset {
  reason: WorkOrder['reason'];
  quantity: number;
  title: string;
  /** First local day of the quota period the order covers. */
  periodStart: string | null;
}

/**
 * The periods an order with `reason` can cover, as select options (value: the period's first
 * day; '' for none), keeping the order's own period when it is older than the list.
 */
function usePeriodOptions(account: Account, reason: WorkOrder['reason'], own: string | null) {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const kind = quotaKindOf(reason);
    const none = { value: '', label: t('quotas.orders.noPeriod') };
    if (kind === null) return [none];
    const periods = coverablePeriods(kind, account, new Date());
    const mine = periodOf(kind, account, own);
    if (mine !== null && !periods.some((p) => p.startDate === mine.startDate)) periods.push(mine);
    return [
      ...periods.map((period) => ({
        value: period.startDate,
        label: coveredPeriodText({ kind, period }, i18n.language),
      })),
      none,
    ];
  }, [account, reason, own, t, i18n.language]);
}

interface Props {
  account: Account;
  order?: WorkOrder | null;
  preset?: WorkOrderPreset | null;
  onClose: () => void;
}

/**
 * Records (or edits) a professional-services work order: number, scope, reason, the quota period
 * it covers and how much of it, status. Signing it clears the overage it covers.
 */
export function WorkOrderDialog({ account, order = null, preset = null, onClose }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(order?.title ?? preset?.title ?? '');
  const [reference, setReference] = useState(order?.reference ?? '');
  const [reason, setReason] = useState<WorkOrder['reason']>(
    order?.reason ?? preset?.reason ?? 'other',
  );
  const [quantity, setQuantity] = useState(String(order?.quantity ?? preset?.quantity ?? 1));
  const [status, setStatus] = useState<WorkOrder['status']>(order?.status ?? 'requested');
  const [notes, setNotes] = useState(order?.notes ?? '');
  // undefined: not chosen yet, so the current period of the reason's quota.
  const [periodStart, setPeriodStart] = useState<string | null | undefined>(
    order ? order.periodStart : preset?.periodStart,
  );
  const periods = usePeriodOptions(account, reason, order?.periodStart ?? null);
  const chosen = periodStart !== undefined && periods.some((p) => p.value === (periodStart ?? ''));
  const period = chosen ? periodStart : (periods[0]?.value ?? '') || null;
  const { errors, setErrors, busy, save } = useDialogSave();

  const submit = () => {
    const e: Record<string, string> = {};
    const q = Number(quantity.trim().replace(',', '.'));
    if (title.trim() === '') e.title = t('quotas.required');
    if (quantity.trim() === '' || !Number.isFinite(q) || q < 0)
      e.quantity = t('quotas.orders.quantityInvalid');
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    void save(async () => {
      const saved = await saveWorkOrder({
        id: order?.id,
        accountId: account.id,
        title: title.trim(),
        reference: reference.trim() === '' ? null : reference.trim(),
        reason,
        quantity: q,
        status,
        notes,
        periodStart: period,
      });
      showToast({ tone: 'info', message: t('quotas.orders.saved', { name: saved.title }) });
      onClose();
    });
  };

  return (
    <QuotaDialogForm
      title={order === null ? t('quotas.orders.add') : t('quotas.orders.edit')}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label={t('quotas.orders.reference')}
        value={reference}
        onChange={(e) => {
          setReference(e.target.value);
        }}
      />
      <TextField
        label={t('quotas.orders.scope')}
        hint={t('quotas.orders.scopeHint')}
        required
        value={title}
        error={errors.title}
        onChange={(e) => {
          setTitle(e.target.value);
        }}
      />
      <SelectField
        label={t('quotas.orders.reason')}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value as WorkOrder['reason']);
        }}
        options={WORK_ORDER_REASONS.map((r) => ({
          value: r,
          label: t(`quotas.orders.reasons.${r}`),
        }))}
      />
      <SelectField
        label={t('quotas.orders.period')}
        hint={t('quotas.orders.periodHint')}
        value={period ?? ''}
        onChange={(e) => {
          setPeriodStart(e.target.value === '' ? null : e.target.value);
        }}
        options={periods}
      />
      <TextField
        label={t('quotas.orders.quantity')}
        hint={t('quotas.orders.quantityHint')}
        inputMode="decimal"
        required
        value={quantity}
        error={errors.quantity}
        onChange={(e) => {
          setQuantity(e.target.value);
        }}
      />
      <OrderStatusField value={status} onChange={setStatus} />
      <TextAreaField
        label={t('quotas.orders.notes')}
        maxLength={maxLengthOf('long')}
        value={notes}
        onChange={(e) => {
          setNotes(e.target.value);
        }}
      />
    </QuotaDialogForm>
  );
}
