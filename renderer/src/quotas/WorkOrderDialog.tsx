import { quotaKindOf } from '@shared/quota/index';
import { WORK_ORDER_REASONS, type Account, type WorkOrder } from '@shared/schemas/index';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { saveWorkOrder } from '../db/quotas';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { coveredPeriodText } from './format';
import { OrderStatusField } from './OverageConfirm';
import { QuotaDialogForm } from './QuotaDialogForm';
import { coverablePeriods, periodOf } from './usage';
import { maxLengthOf } from '../ui/limits';
import { useRecordForm } from '../ui/form/useRecordForm';
import { workOrderForm, workOrderMessages, type WorkOrderFields } from './form-schemas';
import { refusedFields, report } from './refused-fields';

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
  const schema = useMemo(() => workOrderForm(), []);
  const form = useRecordForm<WorkOrderFields, z.output<typeof schema>>({
    initial: {
      title: order?.title ?? preset?.title ?? '',
      reference: order?.reference ?? '',
      reason: order?.reason ?? preset?.reason ?? 'other',
      quantity: String(order?.quantity ?? preset?.quantity ?? 1),
      status: order?.status ?? 'requested',
      notes: order?.notes ?? '',
    },
    schema,
    messages: workOrderMessages,
    fallbackKey: 'quotas.required',
    refusedFields,
    report,
    onSave: async (v) => {
      const saved = await saveWorkOrder({
        id: order?.id,
        accountId: account.id,
        ...v,
        periodStart: period,
      });
      showToast({ tone: 'info', message: t('quotas.orders.saved', { name: saved.title }) });
      onClose();
    },
  });
  const { values, set, errors } = form;
  // undefined: not chosen yet, so the current period of the reason's quota.
  const [periodStart, setPeriodStart] = useState<string | null | undefined>(
    order ? order.periodStart : preset?.periodStart,
  );
  const periods = usePeriodOptions(account, values.reason, order?.periodStart ?? null);
  const chosen = periodStart !== undefined && periods.some((p) => p.value === (periodStart ?? ''));
  const period = chosen ? periodStart : (periods[0]?.value ?? '') || null;

  return (
    <QuotaDialogForm
      title={order === null ? t('quotas.orders.add') : t('quotas.orders.edit')}
      busy={form.busy}
      onSubmit={form.submit}
      onClose={onClose}
    >
      <TextField
        label={t('quotas.orders.reference')}
        value={values.reference}
        onChange={(e) => {
          set('reference', e.target.value);
        }}
      />
      <TextField
        label={t('quotas.orders.scope')}
        hint={t('quotas.orders.scopeHint')}
        required
        value={values.title}
        error={errors.title}
        onChange={(e) => {
          set('title', e.target.value);
        }}
      />
      <SelectField
        label={t('quotas.orders.reason')}
        value={values.reason}
        onChange={(e) => {
          set('reason', e.target.value as WorkOrder['reason']);
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
        value={values.quantity}
        error={errors.quantity}
        onChange={(e) => {
          set('quantity', e.target.value);
        }}
      />
      <OrderStatusField
        value={values.status}
        onChange={(status) => {
          set('status', status);
        }}
      />
      <TextAreaField
        label={t('quotas.orders.notes')}
        maxLength={maxLengthOf('long')}
        value={values.notes}
        onChange={(e) => {
          set('notes', e.target.value);
        }}
      />
    </QuotaDialogForm>
  );
}
