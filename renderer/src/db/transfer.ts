import { RECORD_TABLES, type RecordOf, type RecordTable } from '@shared/schemas/index';
import type { Backup, BackupTables } from '@shared/transfer/backup';
import { database } from './database';
import { guardQuota } from './errors';
import { OPEN_STATUSES } from './queries';
import { bulkSaveRecords } from './records';
import { readMeta, writeMeta } from './sync-meta';

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

/**
 * CSV import, written a chunk per transaction so the page stays responsive, and still all or
 * nothing: the ids to come are noted first (meta row `csvImportPending`), chunks are stored
 * without outbox rows (nothing can be pushed yet), and `commitImport` adds every outbox row and
 * drops the note in one transaction. A cancelled or failed import, or one interrupted by a
 * closed window, is undone by `discardImport`, which deletes the noted ids. Only rows the import
 * created are deleted: ids are fresh, so nothing already stored is touched.
 */
export type ImportTable = 'accounts' | 'incidents';
const PENDING_IMPORT = 'csvImportPending';
const COMMIT_CHUNK = 2_000;

interface PendingImport {
  table: ImportTable;
  ids: string[];
}

export async function beginImport(table: ImportTable, ids: readonly string[]): Promise<void> {
  await discardImport();
  await writeMeta(PENDING_IMPORT, { table, ids: [...ids] } satisfies PendingImport);
}

/** One chunk, validated again at this boundary (bulkSaveRecords), in its own transaction. */
export function writeImportChunk(table: ImportTable, records: readonly unknown[]) {
  return bulkSaveRecords(table, records, { outbox: false });
}

/** Makes the import final: its outbox rows (so sync pushes it) and the note's removal, at once. */
export async function commitImport(): Promise<number> {
  const db = database();
  const pending = await readMeta<PendingImport>(db, PENDING_IMPORT);
  if (pending === undefined) return 0;
  const store = db.table<RecordOf<RecordTable>, string>(pending.table);
  const at = Date.now();
  await guardQuota(() =>
    db.transaction('rw', [store, db.outbox, db.meta], async () => {
      for (let i = 0; i < pending.ids.length; i += COMMIT_CHUNK) {
        const rows = await store.bulkGet(pending.ids.slice(i, i + COMMIT_CHUNK));
        const missing = rows.findIndex((r) => r === undefined);
        if (missing >= 0) throw new Error(`Imported record ${String(i + missing + 1)} is missing.`);
        await db.outbox.bulkAdd(
          rows.map((r) => ({ table: pending.table, recordId: r?.id ?? '', fields: { ...r }, at })),
        );
      }
      await db.meta.delete(PENDING_IMPORT);
    }),
  );
  return pending.ids.length;
}

/** Deletes what an unfinished import wrote (none of it was pushed); the number of rows deleted. */
export async function discardImport(): Promise<number> {
  const db = database();
  const pending = await readMeta<PendingImport>(db, PENDING_IMPORT);
  if (pending === undefined) return 0;
  const store = db.table<RecordOf<RecordTable>, string>(pending.table);
  let deleted = 0;
  for (let i = 0; i < pending.ids.length; i += COMMIT_CHUNK) {
    const ids = pending.ids.slice(i, i + COMMIT_CHUNK);
    deleted += (await store.bulkGet(ids)).filter((r) => r !== undefined).length;
    await store.bulkDelete(ids);
  }
  await db.meta.delete(PENDING_IMPORT);
  return deleted;
}

/** Records a table holds, Trash included (they come back on restore): the import's room. */
export function storedCount(table: ImportTable): Promise<number> {
  return database().table(table).count();
}

/** Open incidents, read once: the imported ones join the bottom of the ranking. */
export function openIncidentsNow(): Promise<RecordOf<'incidents'>[]> {
  return database()
    .incidents.where('status')
    .anyOf(OPEN_STATUSES)
    .filter((i) => i.deletedAt === null)
    .toArray();
}

/** Live accounts, for resolving account names in an import. */
export async function liveAccounts(): Promise<RecordOf<'accounts'>[]> {
  return database()
    .accounts.filter((a) => a.deletedAt === null)
    .toArray();
}
