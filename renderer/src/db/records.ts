import { validateWrite, type RecordOf, type RecordTable } from '@shared/schemas/index';
import { database, type OutboxRow, type StewardDatabase } from './database';
import { guardQuota, RecordValidationError } from './errors';
import { announceWhenCommitted, outboxScope, prepareSaveStamp, stampOutbox } from './outbox-stamp';
import { clientIdIn } from './sync-meta';
import {
  isAccountRecordTable,
  NOTHING_ELSE,
  restoreFromTrash,
  trashAccount,
  type TrashChange,
} from './trash';

const LABELS: Record<RecordTable, string> = {
  accounts: 'The account',
  incidents: 'The incident',
  meetings: 'The meeting',
  actionItems: 'The action item',
  releases: 'The release',
  releaseAssessments: 'The release assessment',
  specialEvents: 'The special event',
  timeEntries: 'The time entry',
  workOrders: 'The work order',
  readinessAssessments: 'The readiness assessment',
  settings: 'The settings',
};

export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Fields whose stored value differs, compared structurally (records are plain JSON). A field the
 * record no longer has was cleared: it goes out as null, which sync reads as "absent"
 * (shared/sync/fields.ts withoutCleared).
 */
function changedFields(before: object | undefined, after: object): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  const prev = (before ?? {}) as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    if (key === 'updatedAt') continue;
    if (JSON.stringify(prev[key]) !== JSON.stringify(value)) changed[key] = value ?? null;
  }
  for (const key of Object.keys(prev)) {
    if (next[key] === undefined && prev[key] !== undefined && key !== 'updatedAt') {
      changed[key] = null;
    }
  }
  return changed;
}

/** Text limits apply to what this write changes: `existing` keeps its stored long texts. */
function validated<T extends RecordTable>(
  table: T,
  candidate: unknown,
  existing: object | undefined,
): RecordOf<T> {
  const result = validateWrite(table, candidate, existing);
  if (!result.ok) throw new RecordValidationError(result.errors, LABELS[table]);
  return result.value;
}

export interface WriteOptions {
  now?: Date;
  db?: StewardDatabase;
}

/**
 * Creates or updates one record: merges the patch over what is stored, validates the whole
 * record with the shared schema, then writes it and its outbox entry in one transaction.
 * A refused record throws RecordValidationError and changes nothing.
 */
export async function saveRecord<T extends RecordTable>(
  table: T,
  patch: Partial<RecordOf<T>> & { id?: string },
  options: WriteOptions = {},
): Promise<RecordOf<T>> {
  const db = options.db ?? database();
  const now = options.now ?? new Date();
  const store = db.table<RecordOf<T>, string>(table);
  return guardQuota(() =>
    db.transaction('rw', [store, ...outboxScope(db)], async () => {
      const id = patch.id ?? newId();
      // Read together with the record: each round trip delays the push of this save.
      const [existing, stamp] = await Promise.all([store.get(id), prepareSaveStamp(db, table, id)]);
      const record = validated(
        table,
        {
          ...existing,
          deletedAt: null,
          ...patch,
          id,
          updatedAt: now.toISOString(),
        },
        existing,
      );
      const fields = changedFields(existing, record);
      if (Object.keys(fields).length === 0 && existing) return existing;
      const row: OutboxRow = { table, recordId: id, fields, at: now.getTime() };
      if (stamp !== null) {
        const [, stamped] = await Promise.all([store.put(record), stamp.add(row)]);
        announceWhenCommitted(stamp.clientId, [stamped]);
        return record;
      }
      await Promise.all([store.put(record), db.outbox.add(row)]);
      // Stamped now, while nothing else holds the page: the engine pushes it on commit.
      const clientId = await clientIdIn(db);
      announceWhenCommitted(clientId, await stampOutbox(db, clientId, 'tail'));
      return record;
    }),
  );
}

/** Rows validated per step of a bulk write (see bulkSaveRecords). */
const BULK_CHUNK = 1_000;

/**
 * Moves a record to the Trash (a tombstone the sync server understands); undo with restore.
 * An account takes its live records with it, in the same transaction and with the same stamp.
 */
export async function softDeleteRecord(
  table: RecordTable,
  id: string,
  options: WriteOptions = {},
): Promise<TrashChange> {
  const now = options.now ?? new Date();
  if (table === 'accounts') return trashAccount(id, { ...options, now });
  await saveRecord(table, { id, deletedAt: now.toISOString() }, options);
  return NOTHING_ELSE;
}

/**
 * Takes a record out of the Trash. An account brings back the records deleted with it; a record
 * of an account in the Trash brings that account back (see db/trash.ts).
 */
export async function restoreRecord(
  table: RecordTable,
  id: string,
  options: WriteOptions = {},
): Promise<TrashChange> {
  if (table === 'accounts' || isAccountRecordTable(table)) {
    return restoreFromTrash(table, id, options);
  }
  await saveRecord(table, { id, deletedAt: null }, options);
  return NOTHING_ELSE;
}

/**
 * Writes many records at once, all or nothing: a row that fails validation aborts the one
 * transaction, so nothing is stored. `outbox: false` for data that must not be pushed (demo data,
 * restored backups).
 *
 * Rows are validated a chunk at a time while the previous chunk is being written: IndexedDB
 * works in the browser's storage process, so validation and storage overlap instead of adding up.
 */
export async function bulkSaveRecords(
  table: RecordTable,
  rows: readonly unknown[],
  options: WriteOptions & { outbox?: boolean } = {},
): Promise<number> {
  const db = options.db ?? database();
  const at = (options.now ?? new Date()).getTime();
  const stamp = { deletedAt: null, updatedAt: new Date(at).toISOString() };
  const check = (row: unknown, index: number) => {
    // Rows without their own stamps (imports) get "now" and "not deleted".
    // Every text is new to the store, so every one is held to its limit.
    const result = validateWrite(table, typeof row === 'object' ? { ...stamp, ...row } : row);
    if (result.ok) return result.value;
    const issues = result.errors.map((e) => ({ ...e, path: `${index}.${e.path}` }));
    throw new RecordValidationError(issues, `Row ${index + 1}`);
  };
  // The first chunk is checked before any transaction opens: most bad files fail right there.
  let chunk = rows.slice(0, BULK_CHUNK).map((row, i) => check(row, i));
  const store = db.table<RecordOf<RecordTable>, string>(table);
  await guardQuota(() =>
    db.transaction('rw', store, db.outbox, async () => {
      const writes: Array<Promise<unknown>> = [];
      const write = (p: Promise<unknown>) => {
        p.catch(() => undefined); // awaited below, unless a later chunk throws and aborts all
        writes.push(p);
      };
      for (let start = 0; start < rows.length; start += BULK_CHUNK) {
        const records = chunk;
        write(store.bulkPut(records));
        if (options.outbox !== false) {
          write(
            db.outbox.bulkAdd(
              records.map((r) => ({ table, recordId: r.id, fields: { ...r }, at })),
            ),
          );
        }
        const next = start + BULK_CHUNK;
        // Synchronous while the writes above proceed; a throw here aborts the transaction.
        chunk = rows.slice(next, next + BULK_CHUNK).map((row, i) => check(row, next + i));
      }
      await Promise.all(writes);
    }),
  );
  return rows.length;
}
