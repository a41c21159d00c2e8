import { PLAN_NAMES } from '@shared/domain/types';
import type { Account } from '@shared/schemas/index';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonitoredInterface, type AccountQuotaData } from '../db/quotas';
import { TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import type { OrderChoice } from './OverageConfirm';
import { coveredNote, recordOrder } from './overage';
import { QuotaDialogForm } from './QuotaDialogForm';
import { interfacePreview } from './usage';
import { useDialogSave } from './useDialogSave';

interface Props {
  account: Account;
  data: AccountQuotaData;
  onClose: () => void;
}

/**
 * Adds a monitored interface; warns before it exceeds the plan's allowance, unless work orders
 * for the current subscription year already cover the overage.
 */
export function InterfaceDialog({ account, data, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [critical, setCritical] = useState(false);
  const [error, setError] = useState<string | undefined>();
  // Its one field's error is checked here; a refused save is reported, not shown per field.
  const { setWarning, busy, save: run, overage } = useDialogSave({ fieldErrors: false });

  const save = (order: OrderChoice | null) =>
    run(async () => {
      await recordOrder(order, {
        accountId: account.id,
        title: `${t('quotas.kind.interfaces')}: ${name.trim()}`,
        reason: 'monitored-interface',
        line: interfacePreview(account, data, new Date()),
      });
      const added = await addMonitoredInterface(account, name, critical);
      showToast({ tone: 'info', message: t('quotas.interfaces.saved', { name: added.name }) });
      onClose();
    });

  const submit = () => {
    const trimmed = name.trim().toLowerCase();
    const problem =
      trimmed === ''
        ? t('quotas.required')
        : account.monitoredInterfaces.some((i) => i.name.trim().toLowerCase() === trimmed)
          ? t('quotas.interfaces.duplicate')
          : undefined;
    setError(problem);
    if (problem) return;
    const preview = interfacePreview(account, data, new Date());
    if (preview.needsWorkOrder) {
      setWarning(
        t('quotas.confirm.interface', {
          used: preview.used,
          included: preview.included,
          plan: PLAN_NAMES[account.plan],
        }) + coveredNote(t, preview, i18n.language),
      );
      return;
    }
    void save(null);
  };

  return (
    <QuotaDialogForm
      title={t('quotas.interfaces.add')}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
      overage={overage((order) => void save(order))}
    >
      <TextField
        label={t('quotas.interfaces.name')}
        required
        value={name}
        error={error}
        onChange={(e) => {
          setName(e.target.value);
        }}
      />
      <label className="quota-check">
        <input
          type="checkbox"
          checked={critical}
          onChange={(e) => {
            setCritical(e.target.checked);
          }}
        />
        {t('quotas.interfaces.critical')}
      </label>
    </QuotaDialogForm>
  );
}
