import { PLAN_NAMES } from '@shared/domain/types';
import type { Account } from '@shared/schemas/index';
import { Plus, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { addMonitoredInterfacesWithOrder, type AccountQuotaData } from '../db/quotas';
import { TextField } from '../ui/Field';
import { useRecordForm } from '../ui/form/useRecordForm';
import { showToast } from '../ui/toast-store';
import { interfaceMessages, interfacesForm } from './form-schemas';
import { spreadPaste, type InterfaceRow } from './interface-rows';
import type { OrderChoice } from './OverageConfirm';
import { coveredNote, orderFor } from './overage';
import { QuotaDialogForm } from './QuotaDialogForm';
import { report } from './refused-fields';
import { interfacePreview } from './usage';

interface Props {
  account: Account;
  data: AccountQuotaData;
  onClose: () => void;
}

interface Fields {
  rows: InterfaceRow[];
}

/**
 * Adds one or several monitored interfaces in one save (a row each; a pasted list opens one row
 * per line); warns once before they exceed the plan's allowance, unless work orders for the
 * current subscription year already cover the overage. The interfaces and the order chosen are
 * saved together.
 */
export function InterfaceDialog({ account, data, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const keys = useRef(1);
  const nextKey = () => ++keys.current;
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const schema = useMemo(
    () => interfacesForm(account.monitoredInterfaces.map((i) => i.name)),
    [account],
  );
  const preview = (count: number) => interfacePreview(account, data, new Date(), count);
  // Its rows are checked here; a refused save is reported, not shown per field.
  const form = useRecordForm<Fields, z.output<typeof schema>, OrderChoice>({
    initial: { rows: [{ key: 1, name: '', critical: false }] },
    schema,
    messages: interfaceMessages,
    fallbackKey: 'quotas.required',
    report,
    warning: (items) => {
      const count = items.length;
      const line = preview(count);
      if (!line.needsWorkOrder) return null;
      return (
        (count === 1
          ? t('quotas.confirm.interface', {
              used: line.used,
              included: line.included,
              plan: PLAN_NAMES[account.plan],
            })
          : t('quotas.confirm.interfaces', {
              count,
              used: line.used,
              included: line.included,
              plan: PLAN_NAMES[account.plan],
            })) + coveredNote(t, line, i18n.language)
      );
    },
    onSave: async (items, choice) => {
      const added = await addMonitoredInterfacesWithOrder(
        account,
        items,
        orderFor(choice, {
          accountId: account.id,
          title: `${t('quotas.kind.interfaces')}: ${items.map((i) => i.name).join(', ')}`,
          reason: 'monitored-interface',
          line: preview(items.length),
        }),
      );
      showToast({
        tone: 'info',
        message:
          added.length === 1
            ? t('quotas.interfaces.saved', { name: added[0]?.name ?? '' })
            : t('quotas.interfaces.savedMany', { count: added.length }),
      });
      onClose();
    },
  });
  const rows = form.values.rows;
  const setRows = (next: (rs: InterfaceRow[]) => InterfaceRow[]) => {
    form.set('rows', next(rows));
  };
  const list = useRef<HTMLOListElement>(null);
  // A row added with the button takes focus once it is rendered.
  useEffect(() => {
    if (focusKey === null) return;
    list.current?.querySelector<HTMLInputElement>(`input[data-row="${String(focusKey)}"]`)?.focus();
  }, [focusKey]);
  const many = rows.length > 1;
  const patch = (key: number, p: Partial<InterfaceRow>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)));
  };

  return (
    <QuotaDialogForm
      title={t('quotas.interfaces.add')}
      busy={form.busy}
      onSubmit={form.submit}
      onClose={onClose}
      overage={{ warning: form.warning, onBack: form.back, onConfirm: form.confirm }}
    >
      <p className="hint">{t('quotas.interfaces.severalHint')}</p>
      <ol ref={list} className="interface-rows">
        {rows.map((row, index) => {
          const n = index + 1;
          const problem = form.errors[`rows.${String(row.key)}`];
          return (
            <li key={row.key} className="interface-rows__row">
              <TextField
                label={many ? t('quotas.interfaces.nameN', { n }) : t('quotas.interfaces.name')}
                required={index === 0}
                value={row.name}
                error={problem}
                data-row={row.key}
                onChange={(e) => {
                  patch(row.key, { name: e.target.value });
                  // The row's message was about the old name; Save checks the new one.
                  form.clearError(`rows.${String(row.key)}`);
                }}
                onPaste={(e) => {
                  const spread = spreadPaste(
                    rows,
                    row.key,
                    e.clipboardData.getData('text'),
                    nextKey,
                  );
                  if (spread === null) return;
                  e.preventDefault();
                  setRows(() => spread);
                }}
              />
              <label className="quota-check">
                <input
                  type="checkbox"
                  checked={row.critical}
                  onChange={(e) => {
                    patch(row.key, { critical: e.target.checked });
                  }}
                />
                {many ? t('quotas.interfaces.criticalN', { n }) : t('quotas.interfaces.critical')}
              </label>
              {many ? (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('quotas.interfaces.removeRow', { n })}
                  onClick={() => {
                    setRows((rs) => rs.filter((r) => r.key !== row.key));
                  }}
                >
                  <X size={16} aria-hidden="true" />
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          const key = nextKey();
          setRows((rs) => [...rs, { key, name: '', critical: false }]);
          setFocusKey(key);
        }}
      >
        <Plus size={16} aria-hidden="true" /> {t('quotas.interfaces.addRow')}
      </button>
    </QuotaDialogForm>
  );
}
