import type { Account } from '@shared/schemas/index';
import type { WorkOrder } from '@shared/schemas/index';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountQuotaData } from '../db/quotas';
import { formatInZone } from '@shared/calendar/zoned-time';
import { deleteWithUndo } from '../trash';
import { dateTimeFormat, numberFormat } from '@shared/intl';
import { quotaKindOf } from '@shared/quota/index';
import { coveredPeriodText } from './format';
import { periodOf } from './usage';

interface BlockProps {
  id: string;
  title: string;
  addLabel: string;
  onAdd: () => void;
  empty: boolean;
  emptyText: string;
  children: ReactNode;
}

function Block({ id, title, addLabel, onAdd, empty, emptyText, children }: BlockProps) {
  return (
    <div className="quota-block" role="group" aria-labelledby={id}>
      <div className="quota-block__header">
        <h3 id={id}>{title}</h3>
        <button type="button" onClick={onAdd}>
          <Plus size={16} aria-hidden="true" /> {addLabel}
        </button>
      </div>
      {empty ? <p className="hint">{emptyText}</p> : children}
    </div>
  );
}

function DeleteButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={onClick}>
      <Trash2 size={16} aria-hidden="true" />
    </button>
  );
}

/** A table of records: a column per header, then the column of delete buttons. */
function RecordsTable({ headers, children }: { headers: string[]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <table className="table table--rowheads">
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('common.delete')}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export type AddKind = 'event' | 'interface' | 'time' | 'order';

interface Props {
  account: Account;
  data: AccountQuotaData;
  onAdd: (kind: AddKind) => void;
  onEditOrder: (order: WorkOrder) => void;
}

/** The records behind the quotas: special events, interfaces, time entries, work orders. */
export function QuotaRecords({ account, data, onAdd, onEditOrder }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const zone = account.timeZone;
  const orders = new Map(data.workOrders.map((o) => [o.id, o]));
  const del = (name: string) => `${t('common.delete')} ${name}`;
  const orderPeriod = (o: WorkOrder) => {
    const kind = quotaKindOf(o.reason);
    const period = kind === null ? null : periodOf(kind, account, o.periodStart);
    return kind === null || period === null
      ? t('quotas.orders.none')
      : coveredPeriodText({ kind, period }, lang);
  };
  const hours = (minutes: number) =>
    numberFormat(lang, { maximumFractionDigits: 2 }).format(minutes / 60);
  return (
    <>
      <Block
        id={`events-${account.id}`}
        title={t('quotas.events.title')}
        addLabel={t('quotas.events.add')}
        onAdd={() => {
          onAdd('event');
        }}
        empty={data.specialEvents.length === 0}
        emptyText={t('quotas.events.empty')}
      >
        <RecordsTable
          headers={[
            t('quotas.events.name'),
            t('quotas.events.kind'),
            t('quotas.events.window'),
            t('quotas.events.workOrder'),
          ]}
        >
          {data.specialEvents.map((e) => {
            const order = e.workOrderId ? orders.get(e.workOrderId) : undefined;
            return (
              <tr key={e.id}>
                <th scope="row">{e.title}</th>
                <td>{t(`quotas.events.kinds.${e.kind}`)}</td>
                <td>
                  {formatInZone(e.start, zone, lang)} – {formatInZone(e.end, zone, lang)}
                </td>
                <td>{order ? (order.reference ?? order.title) : t('quotas.orders.none')}</td>
                <td>
                  <DeleteButton
                    label={del(e.title)}
                    onClick={() => void deleteWithUndo('specialEvents', e.id, e.title)}
                  />
                </td>
              </tr>
            );
          })}
        </RecordsTable>
      </Block>
      <Block
        id={`interfaces-${account.id}`}
        title={t('quotas.interfaces.title')}
        addLabel={t('quotas.interfaces.add')}
        onAdd={() => {
          onAdd('interface');
        }}
        empty={account.monitoredInterfaces.length === 0}
        emptyText={t('quotas.interfaces.empty')}
      >
        <ol className="quota-interfaces">
          {account.monitoredInterfaces.map((i) => (
            <li key={i.id}>
              {i.name}{' '}
              {i.critical ? (
                <span className="badge badge--warning">{t('quotas.interfaces.criticalBadge')}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </Block>
      <Block
        id={`time-${account.id}`}
        title={t('quotas.time.title')}
        addLabel={t('quotas.time.add')}
        onAdd={() => {
          onAdd('time');
        }}
        empty={data.timeEntries.length === 0}
        emptyText={t('quotas.time.empty')}
      >
        <RecordsTable
          headers={[
            t('quotas.time.date', { zone }),
            t('quotas.time.hours'),
            t('quotas.time.kind'),
            t('quotas.time.description'),
            t('quotas.time.by'),
          ]}
        >
          {data.timeEntries.map((e) => (
            <tr key={e.id}>
              <td>
                {dateTimeFormat(lang, { dateStyle: 'medium', timeZone: zone }).format(
                  new Date(e.at),
                )}
              </td>
              <td>{hours(e.minutes)} h</td>
              <td>{t(`quotas.time.kinds.${e.kind}`)}</td>
              <td>{e.description}</td>
              <td>{e.by}</td>
              <td>
                <DeleteButton
                  label={del(e.description || t('quotas.time.title'))}
                  onClick={() =>
                    void deleteWithUndo('timeEntries', e.id, e.description || e.at.slice(0, 10))
                  }
                />
              </td>
            </tr>
          ))}
        </RecordsTable>
      </Block>
      <Block
        id={`orders-${account.id}`}
        title={t('quotas.orders.title')}
        addLabel={t('quotas.orders.add')}
        onAdd={() => {
          onAdd('order');
        }}
        empty={data.workOrders.length === 0}
        emptyText={t('quotas.orders.empty')}
      >
        <RecordsTable
          headers={[
            t('quotas.orders.reference'),
            t('quotas.orders.scope'),
            t('quotas.orders.reason'),
            t('quotas.orders.period'),
            t('quotas.orders.quantity'),
            t('quotas.orders.status'),
          ]}
        >
          {data.workOrders.map((o) => (
            <tr key={o.id}>
              <td>{o.reference ?? '—'}</td>
              <th scope="row">{o.title}</th>
              <td>{t(`quotas.orders.reasons.${o.reason}`)}</td>
              <td>{orderPeriod(o)}</td>
              <td>{numberFormat(lang).format(o.quantity)}</td>
              <td>{t(`quotas.orders.statuses.${o.status}`)}</td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('quotas.orders.editLabel', { name: o.reference ?? o.title })}
                  onClick={() => {
                    onEditOrder(o);
                  }}
                >
                  <Pencil size={16} aria-hidden="true" />
                </button>
                <DeleteButton
                  label={del(o.title)}
                  onClick={() => void deleteWithUndo('workOrders', o.id, o.title)}
                />
              </td>
            </tr>
          ))}
        </RecordsTable>
      </Block>
    </>
  );
}
