import { useLiveQuery } from 'dexie-react-hooks';
import { OPEN_STATUSES } from '@shared/incidents/index';
import type { Incident, RecordOf, RecordTable } from '@shared/schemas/index';
import { database, type StewardDatabase } from './database';

/** Open statuses, for Dexie's anyOf (the rule lives in shared/incidents/lifecycle.ts). */
export { OPEN_STATUSES };

const live = (record: { deletedAt: string | null }): boolean => record.deletedAt === null;

/*
 * Reads fetch whole ranges (IndexedDB getAll) and drop Trash rows here: Dexie's .filter() and
 * anyOf() walk a cursor instead, one round trip per record, several times slower on a large book.
 */

/** Every record of a table that is not in the Trash; undefined while loading. */
export function useRecords<T extends RecordTable>(table: T): RecordOf<T>[] | undefined {
  return useLiveQuery(() => loadLive(table), [table]);
}

/** Every record of a table not in the Trash that `keep` accepts: one getAll, filtered here. */
export async function loadLive<T extends RecordTable>(
  table: T,
  keep: (record: RecordOf<T>) => boolean = () => true,
  db: StewardDatabase = database(),
): Promise<RecordOf<T>[]> {
  const rows = await db.table<RecordOf<T>, string>(table).toArray();
  return rows.filter((r) => live(r) && keep(r));
}

/** Open incidents not in the Trash: one getAll per open status. */
export async function loadOpenIncidents(db: StewardDatabase = database()): Promise<Incident[]> {
  const parts = await Promise.all(
    OPEN_STATUSES.map((status) => db.incidents.where('status').equals(status).toArray()),
  );
  return parts.flat().filter(live);
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
            .toArray()
            .then((rows) => rows.filter(live)),
    [table, accountId],
  );
}

/** Open incidents across all accounts, through the status index. */
export function useOpenIncidents(): RecordOf<'incidents'>[] | undefined {
  return useLiveQuery(() => loadOpenIncidents());
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
        (await db.table<RecordOf<RecordTable>, string>(table).toArray())
          .filter((r) => r.deletedAt !== null)
          .map((record) => ({ table, record })),
      ),
    );
    return groups
      .flat()
      .sort((a, b) => (b.record.deletedAt ?? '').localeCompare(a.record.deletedAt ?? ''));
  }, [tables.join()]);
}
