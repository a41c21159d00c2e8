/**
 * The Trash rules that span records: an account takes its records with it when it goes to the
 * Trash, and brings back exactly those when restored. Records deleted with an account share its
 * deletedAt stamp; that shared stamp is the whole link, so it survives sync unchanged.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, RecordTable } from '@shared/schemas/index';
import { database, type OutboxRow, type StewardDatabase } from './database';
import { guardQuota } from './errors';
import { outboxScope } from './outbox-stamp';

/** Every table whose records carry an accountId (checked against the schemas by a test). */
export const ACCOUNT_RECORD_TABLES = [
  'incidents',
  'meetings',
  'actionItems',
  'releaseAssessments',
  'specialEvents',
  'timeEntries',
  'workOrders',
  'readinessAssessments',
] as const satisfies readonly RecordTable[];

export type AccountRecordTable = (typeof ACCOUNT_RECORD_TABLES)[number];

/** How many records of each table; tables with none are left out. */
export type RecordCounts = Partial<Record<AccountRecordTable, number>>;

export function isAccountRecordTable(table: string): table is AccountRecordTable {
  return (ACCOUNT_RECORD_TABLES as readonly string[]).includes(table);
}

export function totalOf(counts: RecordCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** What a move to or out of the Trash did besides the record asked for. */
export interface TrashChange {
  /** Records that moved with it (an account's records), by table. */
  along: RecordCounts;
  /** The account restored because one of its records was restored while it was in the Trash. */
  account: Account | null;
}

export const NOTHING_ELSE: TrashChange = { along: {}, account: null };

interface Row {
  id: string;
  deletedAt: string | null;
  accountId?: string;
}

export interface TrashOptions {
  now?: Date;
  db?: StewardDatabase;
}

const tablesOf = (db: StewardDatabase) => [
  db.accounts,
  ...ACCOUNT_RECORD_TABLES.map((t) => db.table(t)),
  ...outboxScope(db),
];

/**
 * Sets deletedAt on rows and queues each change for sync, as saveRecord does for one record:
 * the outbox row carries only the changed field, updatedAt comes from `at`.
 */
async function stampDeletedAt(
  db: StewardDatabase,
  table: RecordTable,
  rows: readonly Row[],
  deletedAt: string | null,
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const updatedAt = now.toISOString();
  await db.table<Row, string>(table).bulkPut(rows.map((r) => ({ ...r, deletedAt, updatedAt })));
  await db.outbox.bulkAdd(
    rows.map((r): OutboxRow => ({
      table,
      recordId: r.id,
      fields: { deletedAt },
      at: now.getTime(),
    })),
  );
}

/** An account's records, by table, that pass `keep`. */
async function recordsOf(
  db: StewardDatabase,
  accountId: string,
  keep: (row: Row) => boolean,
): Promise<Array<[AccountRecordTable, Row[]]>> {
  return Promise.all(
    ACCOUNT_RECORD_TABLES.map(async (table): Promise<[AccountRecordTable, Row[]]> => [
      table,
      await db
        .table<Row, string>(table)
        .where('accountId')
        .equals(accountId)
        .filter(keep)
        .toArray(),
    ]),
  );
}

function countsOf(groups: Array<[AccountRecordTable, Row[]]>): RecordCounts {
  const counts: RecordCounts = {};
  for (const [table, rows] of groups) if (rows.length > 0) counts[table] = rows.length;
  return counts;
}

const live = (r: Row) => r.deletedAt === null;

/**
 * Moves an account and every live record of it to the Trash in one transaction, all with the
 * same deletedAt. An account already in the Trash is left as it is (its stamp is its group).
 */
export async function trashAccount(id: string, options: TrashOptions = {}): Promise<TrashChange> {
  const db = options.db ?? database();
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  return guardQuota(() =>
    db.transaction('rw', tablesOf(db), async () => {
      const account = await db.accounts.get(id);
      if (!account) throw new Error('This account no longer exists.');
      if (account.deletedAt !== null) return NOTHING_ELSE;
      const groups = await recordsOf(db, id, live);
      await stampDeletedAt(db, 'accounts', [account], stamp, now);
      for (const [table, rows] of groups) await stampDeletedAt(db, table, rows, stamp, now);
      return { along: countsOf(groups), account: null };
    }),
  );
}

/**
 * Restores an account with exactly the records deleted with it (same stamp); records deleted
 * before, on their own, stay in the Trash. Restoring a record of an account that is in the
 * Trash restores that account too (only the account: its other records stay where they are).
 */
export async function restoreFromTrash(
  table: 'accounts' | AccountRecordTable,
  id: string,
  options: TrashOptions = {},
): Promise<TrashChange> {
  const db = options.db ?? database();
  const now = options.now ?? new Date();
  return guardQuota(() =>
    db.transaction('rw', tablesOf(db), async () => {
      const row = await db.table<Row, string>(table).get(id);
      if (!row) throw new Error('This item is no longer in the Trash.');
      if (row.deletedAt === null) return NOTHING_ELSE;
      if (table === 'accounts') {
        const stamp = row.deletedAt;
        const groups = await recordsOf(db, id, (r) => r.deletedAt === stamp);
        await stampDeletedAt(db, 'accounts', [row], null, now);
        for (const [t, rows] of groups) await stampDeletedAt(db, t, rows, null, now);
        return { along: countsOf(groups), account: null };
      }
      await stampDeletedAt(db, table, [row], null, now);
      const account =
        row.accountId === undefined ? undefined : await db.accounts.get(row.accountId);
      if (!account || account.deletedAt === null) return NOTHING_ELSE;
      await stampDeletedAt(db, 'accounts', [account], null, now);
      return { along: {}, account: { ...account, deletedAt: null, updatedAt: now.toISOString() } };
    }),
  );
}

/**
 * Deletes a record from the Trash for good, on this device only. Its tombstone has already
 * been queued for sync when it was soft-deleted, so other devices keep it in their Trash until
 * they purge it too. Refuses records that are not in the Trash. Purging an account purges its
 * records in the Trash as well: without the account they could never be restored.
 */
export async function purgeRecord(
  table: RecordTable,
  id: string,
  db: StewardDatabase = database(),
): Promise<RecordCounts> {
  const store = db.table<Row, string>(table);
  return guardQuota(() =>
    db.transaction('rw', table === 'accounts' ? tablesOf(db) : [store], async () => {
      const row = await store.get(id);
      if (!row) return {};
      if (row.deletedAt === null) throw new Error('Only records in the Trash can be purged.');
      await store.delete(id);
      if (table !== 'accounts') return {};
      const groups = await recordsOf(db, id, (r) => r.deletedAt !== null);
      for (const [t, rows] of groups) await db.table(t).bulkDelete(rows.map((r) => r.id));
      return countsOf(groups);
    }),
  );
}

/** Live records of an account, by table: what would go to the Trash with it. */
export function useAccountRecordCounts(accountId: string): RecordCounts | undefined {
  return useLiveQuery(
    async () => countsOf(await recordsOf(database(), accountId, live)),
    [accountId],
  );
}

/** The record types that move with an account, in display order (for messages). */
export function countEntries(counts: RecordCounts): Array<[AccountRecordTable, number]> {
  return ACCOUNT_RECORD_TABLES.flatMap((t) => {
    const n = counts[t] ?? 0;
    return n > 0 ? [[t, n] as [AccountRecordTable, number]] : [];
  });
}
