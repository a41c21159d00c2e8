import { WORK_ORDER_STATUSES, type WorkOrder } from '@shared/schemas/index';
import { AlertTriangle } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../ui/Field';

export interface OrderChoice {
  reference: string;
  status: WorkOrder['status'];
}

/** The status of a work order, as a select (here and in the work order dialog). */
export function OrderStatusField({
  value,
  onChange,
}: {
  value: WorkOrder['status'];
  onChange: (status: WorkOrder['status']) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('quotas.orders.status')}
      value={value}
      onChange={(e) => {
        onChange(e.target.value as WorkOrder['status']);
      }}
      options={WORK_ORDER_STATUSES.map((s) => ({
        value: s,
        label: t(`quotas.orders.statuses.${s}`),
      }))}
    />
  );
}

interface Props {
  message: string;
  busy: boolean;
  onBack: () => void;
  /** null: save and flag the overage without a work order for now. */
  onConfirm: (order: OrderChoice | null) => void;
}

/** The warning shown BEFORE a save that exceeds an allowance: confirm, and record the order. */
export function OverageConfirm({ message, busy, onBack, onConfirm }: Props) {
  const { t } = useTranslation();
  const [recordNow, setRecordNow] = useState(true);
  const [reference, setReference] = useState('');
  const [status, setStatus] = useState<WorkOrder['status']>('requested');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      className="quota-confirm"
      role="group"
      aria-labelledby="overage-title"
      aria-describedby="overage-message"
      tabIndex={-1}
      ref={ref}
    >
      <h3 id="overage-title" className="badge badge--danger">
        <AlertTriangle size={14} aria-hidden="true" /> {t('quotas.confirm.title')}
      </h3>
      <p id="overage-message">{message}</p>
      <label className="quota-check">
        <input
          type="checkbox"
          checked={recordNow}
          onChange={(e) => {
            setRecordNow(e.target.checked);
          }}
        />
        {t('quotas.confirm.recordNow')}
      </label>
      {recordNow ? (
        <>
          <TextField
            label={t('quotas.orders.reference')}
            value={reference}
            onChange={(e) => {
              setReference(e.target.value);
            }}
          />
          <OrderStatusField value={status} onChange={setStatus} />
        </>
      ) : null}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            onConfirm(recordNow ? { reference: reference.trim(), status } : null);
          }}
        >
          {recordNow ? t('quotas.confirm.saveWithOrder') : t('quotas.confirm.saveAnyway')}
        </button>
        <button type="button" onClick={onBack}>
          {t('quotas.confirm.back')}
        </button>
      </div>
    </div>
  );
}
