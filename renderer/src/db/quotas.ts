/** Quota records (special events, time entries, work orders) and the reads the quota screens need. */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Account,
  Incident,
  MonitoredInterface,
  SpecialEvent,
  TimeEntry,
  WorkOrder,
} from '@shared/schemas/index';
import { database } from './database';
import { guardQuota } from './errors';
import { outboxScope } from './outbox-stamp';
import { newId, saveRecord } from './records';

export interface QuotaData {
  accounts: Account[];
  specialEvents: SpecialEvent[];
  timeEntries: TimeEntry[];
  workOrders: WorkOrder[];
  /** Extension incidents only: the one incident category quotas count. */
  incidents: Incident[];
}

const live = (r: { deletedAt: string | null }) => r.deletedAt === null;

/** Everything the quota dashboard counts, across accounts; undefined while loading. */
export function useQuotaData(): QuotaData | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [accounts, specialEvents, timeEntries, workOrders, incidents] = await Promise.all([
      db.accounts.filter(live).toArray(),
      db.specialEvents.filter(live).toArray(),
      db.timeEntries.filter(live).toArray(),
      db.workOrders.filter(live).toArray(),
      db.incidents.filter((i) => live(i) && i.category === 'extension').toArray(),
    ]);
    return { accounts, specialEvents, timeEntries, workOrders, incidents };
  });
}

export type AccountQuotaData = Omit<QuotaData, 'accounts'>;

/** The quota records of one account, newest first; undefined while loading. */
export function useAccountQuotaData(accountId: string): AccountQuotaData | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const of = <T extends { accountId: string; deletedAt: string | null }>(rows: T[]) =>
      rows.filter(live);
    const [specialEvents, timeEntries, workOrders, incidents] = await Promise.all([
      db.specialEvents.where('accountId').equals(accountId).toArray(),
      db.timeEntries.where('accountId').equals(accountId).toArray(),
      db.workOrders.where('accountId').equals(accountId).toArray(),
      db.incidents
        .where('accountId')
        .equals(accountId)
        .filter((i) => i.category === 'extension')
        .toArray(),
    ]);
    return {
      specialEvents: of(specialEvents).sort((a, b) => b.start.localeCompare(a.start)),
      timeEntries: of(timeEntries).sort((a, b) => b.at.localeCompare(a.at)),
      workOrders: of(workOrders).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      incidents: of(incidents),
    };
  }, [accountId]);
}

type Draft<T> = Partial<T> & { id?: string | undefined };

export function saveSpecialEvent(event: Draft<SpecialEvent>): Promise<SpecialEvent> {
  return saveRecord('specialEvents', event);
}

export function saveTimeEntry(entry: Draft<TimeEntry>): Promise<TimeEntry> {
  return saveRecord('timeEntries', entry);
}

export function saveWorkOrder(order: Draft<WorkOrder>): Promise<WorkOrder> {
  return saveRecord('workOrders', order);
}

/** The work order a record over its allowance goes under: a new one to record, or an existing one. */
export type OrderFor = { record: Draft<WorkOrder> } | { existingId: string | null };

/**
 * Writes the work order (when one is to be recorded), then `write` with its id, in ONE
 * transaction: a refused record leaves no orphan order, and a refused order no record.
 */
function withOrder<R>(order: OrderFor, write: (workOrderId: string | null) => Promise<R>) {
  const db = database();
  const tables = [db.workOrders, db.specialEvents, db.timeEntries, db.accounts, ...outboxScope(db)];
  return guardQuota(() =>
    db.transaction('rw', tables, async () => {
      const id = 'record' in order ? (await saveWorkOrder(order.record)).id : order.existingId;
      return write(id);
    }),
  );
}

/** A special event and the work order it goes under, saved together. */
export function saveSpecialEventWithOrder(
  event: Draft<SpecialEvent>,
  order: OrderFor,
): Promise<SpecialEvent> {
  return withOrder(order, (workOrderId) => saveSpecialEvent({ ...event, workOrderId }));
}

/** A time entry and the work order it goes under, saved together. */
export function saveTimeEntryWithOrder(
  entry: Draft<TimeEntry>,
  order: OrderFor,
): Promise<TimeEntry> {
  return withOrder(order, (workOrderId) => saveTimeEntry({ ...entry, workOrderId }));
}

/** Monitored interfaces and the work order recorded for their overage, saved together. */
export function addMonitoredInterfacesWithOrder(
  account: Account,
  items: ReadonlyArray<{ name: string; critical: boolean }>,
  order: OrderFor,
): Promise<MonitoredInterface[]> {
  return withOrder(order, () => addMonitoredInterfaces(account, items));
}

/** Adds a monitored interface to the account's list (the allowance check is the caller's). */
export async function addMonitoredInterface(
  account: Account,
  name: string,
  critical = false,
): Promise<MonitoredInterface> {
  const [added] = await addMonitoredInterfaces(account, [{ name, critical }]);
  if (added === undefined) throw new Error('No interface was added.');
  return added;
}

/** Adds several monitored interfaces in one save: all of them or, if refused, none. */
export async function addMonitoredInterfaces(
  account: Account,
  items: ReadonlyArray<{ name: string; critical: boolean }>,
): Promise<MonitoredInterface[]> {
  const added = items.map((i) => ({ id: newId(), name: i.name.trim(), critical: i.critical }));
  await saveRecord('accounts', {
    id: account.id,
    monitoredInterfaces: [...account.monitoredInterfaces, ...added],
  });
  return added;
}
