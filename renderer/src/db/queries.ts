import { useLiveQuery } from 'dexie-react-hooks';
import { OPEN_STATUSES } from '@shared/incidents/index';
import type { RecordOf, RecordTable } from '@shared/schemas/index';
import { database } from './database';

/** Open statuses, for Dexie's anyOf (the rule lives in shared/incidents/lifecycle.ts). */
export { OPEN_STATUSES };

const live = (record: { deletedAt: string | null }): boolean => record.deletedAt === null;

/** Every record of a table that is not in the Trash; undefined while loading. */
export function useRecords<T extends RecordTable>(table: T): RecordOf<T>[] | undefined {
  return useLiveQuery(
    () => database().table<RecordOf<T>, string>(table).filter(live).toArray(),
    [table],
  );
}

/** One record, or null when missing or deleted; undefined while loading. */
export function useRecord<T extends RecordTable>(
  table: T,
  id: string | undefined,
): RecordOf<T> | null | undefined {
  return useLiveQuery(async () => {
    if (id === undefined) return null;
    const row = await database().table<RecordOf<T>, string>(table).get(id);
    return row && live(row) ? row : null;
  }, [table, id]);
}

/** Records of one account (by the accountId index). */
export function useAccountRecords<
  T extends Exclude<RecordTable, 'accounts' | 'releases' | 'settings'>,
>(table: T, accountId: string | undefined): RecordOf<T>[] | undefined {
  return useLiveQuery(
    () =>
      accountId === undefined
        ? []
        : database()
            .table<RecordOf<T>, string>(table)
            .where('accountId')
            .equals(accountId)
            .filter(live)
            .toArray(),
    [table, accountId],
  );
}

/** Open incidents across all accounts, through the status index. */
export function useOpenIncidents(): RecordOf<'incidents'>[] | undefined {
  return useLiveQuery(() =>
    database().incidents.where('status').anyOf(OPEN_STATUSES).filter(live).toArray(),
  );
}

export interface TrashEntry {
  table: RecordTable;
  record: RecordOf<RecordTable>;
}

/** Everything soft-deleted, newest deletion first. */
export function useTrash(tables: readonly RecordTable[]): TrashEntry[] | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const groups = await Promise.all(
      tables.map(async (table) =>
        (
          await db
            .table<RecordOf<RecordTable>, string>(table)
            .filter((r) => r.deletedAt !== null)
            .toArray()
        ).map((record) => ({ table, record })),
      ),
    );
    return groups
      .flat()
      .sort((a, b) => (b.record.deletedAt ?? '').localeCompare(a.record.deletedAt ?? ''));
  }, [tables.join()]);
}
