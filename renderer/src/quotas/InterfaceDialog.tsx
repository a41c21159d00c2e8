import { PLAN_NAMES } from '@shared/domain/types';
import type { Account } from '@shared/schemas/index';
import { Plus, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonitoredInterfaces, type AccountQuotaData } from '../db/quotas';
import { TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import {
  checkRows,
  filledRows,
  spreadPaste,
  type InterfaceRow,
  type RowProblem,
} from './interface-rows';
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

const PROBLEM_KEY = {
  required: 'quotas.required',
  duplicate: 'quotas.interfaces.duplicate',
  repeated: 'quotas.interfaces.repeated',
} as const satisfies Record<RowProblem, string>;

/**
 * Adds one or several monitored interfaces in one save (a row each; a pasted list opens one row
 * per line); warns once before they exceed the plan's allowance, unless work orders for the
 * current subscription year already cover the overage.
 */
export function InterfaceDialog({ account, data, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const keys = useRef(1);
  const nextKey = () => ++keys.current;
  const [rows, setRows] = useState<InterfaceRow[]>([{ key: 1, name: '', critical: false }]);
  const [problems, setProblems] = useState(new Map<number, RowProblem>());
  const [focusKey, setFocusKey] = useState<number | null>(null);
  // Its fields' errors are checked here; a refused save is reported, not shown per field.
  const { setWarning, busy, save: run, overage } = useDialogSave({ fieldErrors: false });
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

  const save = (order: OrderChoice | null) =>
    run(async () => {
      const items = filledRows(rows);
      await recordOrder(order, {
        accountId: account.id,
        title: `${t('quotas.kind.interfaces')}: ${items.map((i) => i.name).join(', ')}`,
        reason: 'monitored-interface',
        line: interfacePreview(account, data, new Date(), items.length),
      });
      const added = await addMonitoredInterfaces(account, items);
      showToast({
        tone: 'info',
        message:
          added.length === 1
            ? t('quotas.interfaces.saved', { name: added[0]?.name ?? '' })
            : t('quotas.interfaces.savedMany', { count: added.length }),
      });
      onClose();
    });

  const submit = () => {
    const found = checkRows(
      rows,
      account.monitoredInterfaces.map((i) => i.name),
    );
    setProblems(found);
    if (found.size > 0) return;
    const count = filledRows(rows).length;
    const preview = interfacePreview(account, data, new Date(), count);
    if (preview.needsWorkOrder) {
      setWarning(
        (count === 1
          ? t('quotas.confirm.interface', {
              used: preview.used,
              included: preview.included,
              plan: PLAN_NAMES[account.plan],
            })
          : t('quotas.confirm.interfaces', {
              count,
              used: preview.used,
              included: preview.included,
              plan: PLAN_NAMES[account.plan],
            })) + coveredNote(t, preview, i18n.language),
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
      <p className="hint">{t('quotas.interfaces.severalHint')}</p>
      <ol ref={list} className="interface-rows">
        {rows.map((row, index) => {
          const n = index + 1;
          const problem = problems.get(row.key);
          return (
            <li key={row.key} className="interface-rows__row">
              <TextField
                label={many ? t('quotas.interfaces.nameN', { n }) : t('quotas.interfaces.name')}
                required={index === 0}
                value={row.name}
                error={problem ? t(PROBLEM_KEY[problem]) : undefined}
                data-row={row.key}
                onChange={(e) => {
                  patch(row.key, { name: e.target.value });
                  // The row's message was about the old name; Save checks the new one.
                  setProblems((ps) => {
                    const rest = new Map(ps);
                    rest.delete(row.key);
                    return rest;
                  });
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
                  setRows(spread);
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
