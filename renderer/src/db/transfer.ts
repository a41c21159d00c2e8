import { RECORD_TABLES, type RecordOf, type RecordTable } from '@shared/schemas/index';
import type { Backup, BackupTables } from '../transfer/backup';
import { database } from './database';
import { guardQuota } from './errors';
import { bulkSaveRecords } from './records';

/** Every record of every table, Trash included (a backup keeps tombstones so sync stays right). */
export async function readAllTables(): Promise<BackupTables> {
  const db = database();
  const entries = await Promise.all(
    RECORD_TABLES.map(
      async (t) => [t, await db.table<RecordOf<RecordTable>, string>(t).toArray()] as const,
    ),
  );
  return Object.fromEntries(entries) as unknown as BackupTables;
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreResult {
  written: number;
  /** Merge only: records kept because the stored copy was newer. */
  keptNewer: number;
}

/**
 * Restores a validated backup in one transaction: 'replace' empties the workspace first, 'merge'
 * adds missing records and overwrites a stored one only when the backup's copy is newer. Any
 * failure rolls everything back. Restored rows are not pushed to the sync server (no outbox).
 */
export async function restoreWorkspace(backup: Backup, mode: RestoreMode): Promise<RestoreResult> {
  const db = database();
  const stores = RECORD_TABLES.map((t) => db.table<RecordOf<RecordTable>, string>(t));
  let written = 0;
  let keptNewer = 0;
  await guardQuota(() =>
    db.transaction('rw', stores, async () => {
      for (const [i, table] of RECORD_TABLES.entries()) {
        const store = stores[i];
        if (store === undefined) continue;
        const rows = backup.tables[table] as RecordOf<RecordTable>[];
        if (mode === 'replace') {
          await store.clear();
          await store.bulkPut(rows);
          written += rows.length;
          continue;
        }
        const existing = await store.bulkGet(rows.map((r) => r.id));
        const newer = rows.filter((r, k) => {
          const stored = existing[k];
          return stored === undefined || stored.updatedAt < r.updatedAt;
        });
        keptNewer += rows.length - newer.length;
        await store.bulkPut(newer);
        written += newer.length;
      }
    }),
  );
  return { written, keptNewer };
}

/** CSV import: all rows or nothing (bulkSaveRecords validates every row before writing). */
export function importRecords(table: 'accounts' | 'incidents', records: readonly unknown[]) {
  return bulkSaveRecords(table, records);
}

/** Live accounts, for resolving account names in an import. */
export async function liveAccounts(): Promise<RecordOf<'accounts'>[]> {
  return database()
    .accounts.filter((a) => a.deletedAt === null)
    .toArray();
}
