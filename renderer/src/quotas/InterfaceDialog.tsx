import { PLAN_NAMES } from '@shared/domain/types';
import type { Account } from '@shared/schemas/index';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonitoredInterface } from '../db/quotas';
import { Dialog } from '../ui/Dialog';
import { reportError } from '../ui/errors';
import { TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { OverageConfirm, type OrderChoice } from './OverageConfirm';
import { recordOrder } from './overage';
import { interfacePreview } from './usage';

/** Adds a monitored interface; warns before it exceeds the plan's allowance. */
export function InterfaceDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [critical, setCritical] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [warning, setWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (order: OrderChoice | null) => {
    setBusy(true);
    try {
      await recordOrder(order, {
        accountId: account.id,
        title: `${t('quotas.kind.interfaces')}: ${name.trim()}`,
        reason: 'monitored-interface',
        quantity: 1,
      });
      const added = await addMonitoredInterface(account, name, critical);
      showToast({ tone: 'info', message: t('quotas.interfaces.saved', { name: added.name }) });
      onClose();
    } catch (e) {
      reportError(e);
      setWarning(null);
    } finally {
      setBusy(false);
    }
  };

  const submit = (ev: SyntheticEvent) => {
    ev.preventDefault();
    const trimmed = name.trim().toLowerCase();
    const problem =
      trimmed === ''
        ? t('quotas.required')
        : account.monitoredInterfaces.some((i) => i.name.trim().toLowerCase() === trimmed)
          ? t('quotas.interfaces.duplicate')
          : undefined;
    setError(problem);
    if (problem) return;
    const preview = interfacePreview(account);
    if (preview.needsWorkOrder) {
      setWarning(
        t('quotas.confirm.interface', {
          used: preview.used,
          included: preview.included,
          plan: PLAN_NAMES[account.plan],
        }),
      );
      return;
    }
    void save(null);
  };

  return (
    <Dialog open title={t('quotas.interfaces.add')} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        {/* Frozen while the overage warning asks for confirmation: it speaks of these values. */}
        <fieldset className="plain-fieldset" disabled={warning !== null}>
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
        </fieldset>
        {warning !== null ? (
          <OverageConfirm
            message={warning}
            busy={busy}
            onBack={() => {
              setWarning(null);
            }}
            onConfirm={(order) => void save(order)}
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
