import { PLAN_NAMES } from '@shared/domain/types';
import type { Account } from '@shared/schemas/index';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountQuotaData } from '../db/quotas';
import { ListedConflicts } from '../sync';
import { CurrentQuotas } from './CurrentQuotas';
import { formatAmount } from './format';
import { InterfaceDialog } from './InterfaceDialog';
import { QuotaHistory } from './QuotaHistory';
import { QuotaRecords, type AddKind } from './QuotaRecords';
import { SpecialEventDialog } from './SpecialEventDialog';
import { TimeEntryDialog } from './TimeEntryDialog';
import { accountQuotaUsage, WORK_ORDER_REASON, type QuotaKind, type QuotaLine } from './usage';
import { WorkOrderDialog, type WorkOrderPreset } from './WorkOrderDialog';
import type { WorkOrder } from '@shared/schemas/index';
import './quotas.css';

type Open =
  | { kind: Exclude<AddKind, 'order'> }
  | { kind: 'order'; preset: WorkOrderPreset | null; order: WorkOrder | null };

/**
 * An account's quotas (for the account page): current periods, history by period, and the
 * special events, interfaces, time entries and work orders behind them, with actions to add.
 */
export function AccountQuotaSection({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const data = useAccountQuotaData(account.id);
  const [open, setOpen] = useState<Open | null>(null);
  const usage = useMemo(
    () => (data ? accountQuotaUsage(account, data, new Date()) : null),
    [account, data],
  );
  const headingId = `quota-section-${account.id}`;
  const close = () => {
    setOpen(null);
  };
  // The order for what no signed or requested order covers yet, tied to the line's period.
  const recordOrder = ({ kind, coverage, period }: QuotaLine) => {
    const quantity = coverage.uncovered;
    setOpen({
      kind: 'order',
      order: null,
      preset: {
        reason: WORK_ORDER_REASON[kind],
        quantity,
        title: `${t(`quotas.kind.${kind}`)}: ${formatAmount({ kind }, quantity, i18n.language)}`,
        periodStart: period?.startDate ?? null,
      },
    });
  };
  const historyKinds = (usage?.current ?? [])
    .map((l) => l.kind)
    .filter((k): k is Exclude<QuotaKind, 'interfaces'> => k !== 'interfaces');
  return (
    <section className="card quota-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('quotas.section.title')}</h2>
      {data === undefined || usage === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <h3 className="visually-hidden">{t('quotas.section.current')}</h3>
          {usage.current.length === 0 ? (
            <p className="hint">
              {t('quotas.section.nothing', { plan: PLAN_NAMES[account.plan] })}
            </p>
          ) : (
            <CurrentQuotas lines={usage.current} onRecordOrder={recordOrder} />
          )}
          {historyKinds.length > 0 ? <QuotaHistory usage={usage} kinds={historyKinds} /> : null}
          <ListedConflicts
            headingLevel={3}
            records={[
              ...data.specialEvents.map((e) => ({
                table: 'specialEvents',
                id: e.id,
                label: e.title,
              })),
              ...data.timeEntries.map((e) => ({
                table: 'timeEntries',
                id: e.id,
                label: e.description || e.at.slice(0, 10),
              })),
              ...data.workOrders.map((o) => ({ table: 'workOrders', id: o.id, label: o.title })),
            ]}
          />
          <QuotaRecords
            account={account}
            data={data}
            onAdd={(kind) => {
              setOpen(kind === 'order' ? { kind, preset: null, order: null } : { kind });
            }}
            onEditOrder={(order) => {
              setOpen({ kind: 'order', preset: null, order });
            }}
          />
          {open?.kind === 'event' ? (
            <SpecialEventDialog account={account} data={data} onClose={close} />
          ) : null}
          {open?.kind === 'interface' ? (
            <InterfaceDialog account={account} data={data} onClose={close} />
          ) : null}
          {open?.kind === 'time' ? (
            <TimeEntryDialog account={account} data={data} onClose={close} />
          ) : null}
          {open?.kind === 'order' ? (
            <WorkOrderDialog
              account={account}
              order={open.order}
              preset={open.preset}
              onClose={close}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
