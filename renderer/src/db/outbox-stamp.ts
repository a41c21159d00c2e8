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
  parseHlc,
  recordKey,
  splitRecordKey,
  stampEdit,
  stampFields,
} from '@shared/sync/index';
import type { Hlc, Mutation, ReplicaState } from '@shared/sync/index';
import type { OutboxRow, StewardDatabase, SyncFieldsRow } from './database';
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
const announced = new WeakMap<Transaction, OutboxRow[]>();

/**
 * Announces `rows` when the transaction running this code commits: the outermost one, so a save
 * nested in a larger transaction is announced only if that one commits too. Dexie's own
 * 'complete' event, not IndexedDB's: it fires before the awaiting code resumes (and re-renders),
 * so the push leaves first.
 */
export function announceWhenCommitted(clientId: string, rows: readonly OutboxRow[]): void {
  // Typed as always there; null outside a transaction.
  let tx = Dexie.currentTransaction as Transaction | null;
  if (rows.length === 0 || tx === null || stampedListeners.size === 0) return;
  // Dexie sets an outermost transaction's parent to null (its types say undefined).
  for (let up = tx.parent ?? null; up !== null; up = up.parent ?? null) tx = up;
  const waiting = announced.get(tx);
  if (waiting !== undefined) {
    // Several saves in one transaction (a meeting and its action items): one announcement.
    waiting.push(...rows);
    return;
  }
  const all = [...rows];
  announced.set(tx, all);
  tx.on('complete', () => {
    for (const listener of stampedListeners) listener(clientId, all);
  });
}

/** The tables a transaction that saves records through saveRecord must include. */
export const outboxScope = (db: StewardDatabase) => [db.outbox, db.meta, db.syncFields];

export async function loadClock(db: StewardDatabase, clientId: string): Promise<Hlc> {
  const text = await readMeta<string>(db, SYNC_META.hlc);
  return stateOf(clientId, text, undefined, [], []).clock;
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

/** The replica state stamping reads: the clock, the next mutation id and these records. */
function stateOf(
  clientId: string,
  hlc: unknown,
  next: unknown,
  keys: readonly string[],
  stored: ReadonlyArray<SyncFieldsRow | undefined>,
): ReplicaState {
  const parsed = typeof hlc === 'string' ? parseHlc(hlc) : null;
  const state: ReplicaState = {
    clientId,
    clock: parsed ?? createHlc(clientId),
    nextMutationId: typeof next === 'number' ? next : 1,
    records: new Map(),
  };
  keys.forEach((k, i) => {
    const row = stored[i];
    const fields = fieldsOf(row);
    if (fields !== undefined)
      state.records.set(k, { fields, unconfirmed: new Set(row?.unconfirmed) });
  });
  return state;
}

/** Stamps rows in order (the replica's stampEdit step), moving the clock and the records on. */
function stampRows(state: ReplicaState, rows: readonly OutboxRow[]): OutboxRow[] {
  return rows.map((row) => {
    const s = stampEdit(state, row.table, row.recordId, valuesOfRow(row), row.at);
    return { ...row, mutationId: s.mutationId, hlc: s.hlc, base: s.base };
  });
}

/** Writes the field maps and the clock stamping moved on. */
function writeState(db: StewardDatabase, state: ReplicaState): Promise<unknown> {
  return Promise.all([
    db.syncFields.bulkPut(
      [...state.records].map(([k, r]) => {
        const [table, recordId] = splitRecordKey(k);
        return fieldsRow(table, recordId, r.fields, r.unconfirmed);
      }),
    ),
    db.meta.bulkPut([
      { key: SYNC_META.hlc, value: formatHlc(state.clock) },
      { key: SYNC_META.nextMutationId, value: state.nextMutationId },
    ]),
  ]);
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
  const keys = [...new Set(rows.map((r) => recordKey(r.table, r.recordId)))];
  for (const listener of keysListeners) listener(keys);
  const pairs = keys.map(splitRecordKey);
  // Read together: a save waits on each round trip.
  const [hlc, next, stored] = await Promise.all([
    readMeta<string>(db, SYNC_META.hlc),
    readMeta<number>(db, SYNC_META.nextMutationId),
    db.syncFields.bulkGet(pairs),
  ]);
  const state = stateOf(clientId, hlc, next, keys, stored);
  const stamped = stampRows(state, rows);
  await Promise.all([db.outbox.bulkPut(stamped), writeState(db, state)]);
  return stamped;
}

/** A save's outbox row, written already stamped (see prepareSaveStamp). */
export interface SaveStamp {
  clientId: string;
  add(row: OutboxRow): Promise<OutboxRow>;
}

/**
 * Stamping for one save in the save's own two round trips: this reads, alongside the caller's
 * read of the record, everything stamping needs; `add` then writes the row already stamped,
 * alongside the record. Under load every IndexedDB round trip is a wait before the push can
 * leave. Null when an earlier row is still unstamped (a bulk write's) or the device has no id
 * yet: the caller then adds the row and calls stampOutbox, which handles both.
 */
export async function prepareSaveStamp(
  db: StewardDatabase,
  table: string,
  recordId: string,
): Promise<SaveStamp | null> {
  const [[id, hlc, next], last, stored] = await Promise.all([
    db.meta.bulkGet([SYNC_META.clientId, SYNC_META.hlc, SYNC_META.nextMutationId]),
    db.outbox.orderBy(':id').last(),
    db.syncFields.get([table, recordId]),
  ]);
  const clientId = id?.value;
  // Unstamped rows are always the newest (each stamping takes all of them), so the last tells.
  if (typeof clientId !== 'string' || clientId === '') return null;
  if (last !== undefined && last.mutationId === undefined) return null;
  const key = recordKey(table, recordId);
  const state = stateOf(clientId, hlc?.value, next?.value, [key], [stored]);
  return {
    clientId,
    add: async (row) => {
      for (const listener of keysListeners) listener([key]);
      const [stamped] = stampRows(state, [row]) as [OutboxRow];
      const [seq] = await Promise.all([db.outbox.add(stamped), writeState(db, state)]);
      return { ...stamped, seq };
    },
  };
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
    ...(row.base === undefined ? {} : { base: row.base }),
  };
}
