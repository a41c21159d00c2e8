/**
 * Stamping outbox rows: each local change gets its mutation id and hybrid logical clock, and is
 * merged into its record's field map (MemoryReplica.edit, over IndexedDB). A save stamps its own
 * row in its own transaction, so the sync engine can push it the moment it commits, with no
 * further IndexedDB step; bulk writes leave theirs to the next save or push (see DexieReplica).
 */
import Dexie, { type Transaction } from 'dexie';
import {
  createHlc,
  formatHlc,
  MAX_COUNTER,
  mergeRecord,
  parseHlc,
  stampFields,
  tickHlc,
} from '@shared/sync/index';
import type { FieldMap, Mutation } from '@shared/sync/index';
import type { OutboxRow, StewardDatabase } from './database';
import { readMeta, SYNC_META } from './sync-meta';
import { fieldsOf, fieldsRow, jsonFields } from './sync-rows';

type KeysListener = (keys: readonly string[]) => void;
type StampedListener = (clientId: string, rows: readonly OutboxRow[]) => void;

const keysListeners = new Set<KeysListener>();
const stampedListeners = new Set<StampedListener>();

/** Told the `table\0id` keys each stamping touches, before it commits (a running pull reads them back). */
export function onStampedKeys(listener: KeysListener): () => void {
  keysListeners.add(listener);
  return () => keysListeners.delete(listener);
}

/** Told the rows a save stamped, once its transaction has committed (the engine pushes them). */
export function onOutboxStamped(listener: StampedListener): () => void {
  stampedListeners.add(listener);
  return () => stampedListeners.delete(listener);
}

/** Rows waiting for their transaction's commit, so one transaction announces once. */
const announced = new WeakMap<IDBTransaction, OutboxRow[]>();

/**
 * Announces `rows` when the transaction running this code commits: the IndexedDB one, so a save
 * nested in a larger transaction is announced only if that one commits too.
 */
export function announceWhenCommitted(clientId: string, rows: readonly OutboxRow[]): void {
  // Typed as always there; null outside a transaction.
  const tx = Dexie.currentTransaction as Transaction | null;
  const idb = tx?.idbtrans;
  if (rows.length === 0 || idb === undefined || stampedListeners.size === 0) return;
  const waiting = announced.get(idb);
  if (waiting !== undefined) {
    // Several saves in one transaction (a meeting and its action items): one announcement.
    waiting.push(...rows);
    return;
  }
  const all = [...rows];
  announced.set(idb, all);
  idb.addEventListener('complete', () => {
    for (const listener of stampedListeners) listener(clientId, all);
  });
}

/** The tables a transaction that saves records through saveRecord must include. */
export const outboxScope = (db: StewardDatabase) => [db.outbox, db.meta, db.syncFields];

export async function loadClock(db: StewardDatabase, clientId: string) {
  const text = await readMeta<string>(db, SYNC_META.hlc);
  const parsed = text === undefined ? null : parseHlc(text);
  return parsed ?? createHlc(clientId);
}

/**
 * Rows not stamped yet. Every stamping takes all of them, in order, so they are the newest rows:
 * `tail` reads back only until the first stamped one; `all` checks the whole outbox.
 */
function unstamped(db: StewardDatabase, scan: 'all' | 'tail'): Promise<OutboxRow[]> {
  if (scan === 'all') return db.outbox.filter((r) => r.mutationId === undefined).toArray();
  return db.outbox
    .orderBy(':id')
    .reverse()
    .until((r) => r.mutationId !== undefined)
    .toArray()
    .then((rows) => rows.reverse());
}

/**
 * Gives every not-yet-stamped outbox row its clock and mutation id and merges it into its field
 * map. Runs inside the caller's transaction (outbox, meta, syncFields); returns the rows stamped.
 */
export async function stampOutbox(
  db: StewardDatabase,
  clientId: string,
  scan: 'all' | 'tail',
): Promise<OutboxRow[]> {
  const rows = await unstamped(db, scan);
  if (rows.length === 0) return [];
  const keys = [...new Set(rows.map((r) => `${r.table}\u0000${r.recordId}`))];
  for (const listener of keysListeners) listener(keys);
  const pairs = keys.map((k) => k.split('\u0000') as [string, string]);
  // Read together: a save waits on each round trip.
  const [startClock, storedNext, stored] = await Promise.all([
    loadClock(db, clientId),
    readMeta<number>(db, SYNC_META.nextMutationId),
    db.syncFields.bulkGet(pairs),
  ]);
  let clock = startClock;
  let next = storedNext ?? 1;
  const maps = new Map<string, FieldMap>();
  const mine = new Map<string, Set<string>>();
  keys.forEach((k, i) => {
    maps.set(k, fieldsOf(stored[i]) ?? {});
    mine.set(k, new Set(stored[i]?.unconfirmed));
  });
  const stamped: OutboxRow[] = [];
  for (const row of rows) {
    // A bulk import stamps thousands of rows with one time: step to the next millisecond
    // rather than overflow the clock's per-millisecond counter.
    clock = tickHlc(clock, clock.counter >= MAX_COUNTER ? clock.millis + 1 : row.at);
    const hlc = formatHlc(clock);
    const k = `${row.table}\u0000${row.recordId}`;
    const merged = mergeRecord(maps.get(k), stampFields(valuesOfRow(row), hlc), {
      table: row.table,
      recordId: row.recordId,
    });
    maps.set(k, merged.fields);
    for (const f of merged.changed) mine.get(k)?.add(f);
    stamped.push({ ...row, mutationId: next++, hlc });
  }
  await Promise.all([
    db.outbox.bulkPut(stamped),
    db.syncFields.bulkPut(
      pairs.map(([table, recordId]) => {
        const k = `${table}\u0000${recordId}`;
        return fieldsRow(table, recordId, maps.get(k) ?? {}, mine.get(k));
      }),
    ),
    db.meta.bulkPut([
      { key: SYNC_META.hlc, value: formatHlc(clock) },
      { key: SYNC_META.nextMutationId, value: next },
    ]),
  ]);
  return stamped;
}

/** What a row sends: its fields and the time of the edit. */
const valuesOfRow = (row: OutboxRow) => ({
  ...jsonFields(row.fields),
  updatedAt: new Date(row.at).toISOString(),
});

/** The mutation a stamped row sends; null for a row not stamped yet. */
export function mutationOf(clientId: string, row: OutboxRow): Mutation | null {
  if (row.mutationId === undefined || row.hlc === undefined) return null;
  return {
    clientId,
    mutationId: row.mutationId,
    table: row.table,
    recordId: row.recordId,
    fields: stampFields(valuesOfRow(row), row.hlc),
  };
}
