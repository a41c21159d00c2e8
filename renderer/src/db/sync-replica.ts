/**
 * The Dexie half of sync: MemoryReplica's steps (shared/sync/replica.ts) over IndexedDB.
 * Local edits arrive as outbox rows (db/records.ts); this turns them into stamped mutations,
 * merges pulled changes field by field and writes the plain records the screens read, without
 * ever adding outbox rows for what came from the server.
 */
import {
  applyPage,
  formatHlc,
  pageRecordKeys,
  rankKeyRepairs,
  recordKey,
  splitRecordKey,
  valuesOf,
} from '@shared/sync/index';
import type {
  ConflictNote,
  FieldMap,
  JsonValue,
  Mutation,
  PullResponse,
  PushRequest,
  ReplicaState,
  SyncReplica,
} from '@shared/sync/index';
import { RECORD_TABLES, validateRecord } from '@shared/schemas/index';
import { withoutCleared } from '@shared/sync/index';
import type { RecordTable } from '@shared/schemas/index';
import { database, type OutboxRow, type StewardDatabase } from './database';
import { SYNC_META, ensureClientId, readMeta } from './sync-meta';
import {
  announceWhenCommitted,
  loadClock,
  mutationOf,
  onStampedKeys,
  outboxScope,
  stampOutbox,
} from './outbox-stamp';
import { fieldsOf, fieldsRow, sameRow } from './sync-rows';
import { openPullScope, rankFields, readBack, settledScope, type PullScope } from './sync-scope';

const KNOWN_TABLES = new Set<string>(RECORD_TABLES);

const isRecordTable = (t: string): t is RecordTable => KNOWN_TABLES.has(t);

export interface DexieReplicaOptions {
  db?: StewardDatabase;
  /** Wall clock for repairs written after a pull (tests pin it). */
  now?: () => number;
}

export class DexieReplica implements SyncReplica {
  private readonly db: StewardDatabase;
  private readonly now: () => number;
  /** outbox seq of each mutation handed out by nextBatch, for acknowledge. */
  private readonly sentSeq = new Map<number, number>();
  /** Accounts whose incidents changed in pulls since the last finishPull. */
  private readonly rankAccounts = new Set<string>();
  /** What this pull may skip reading back; decided at its first page. */
  private scope: PullScope | null = null;
  private stopWatchingStamps: () => void = () => undefined;
  /** This replica has stored a cursor: its pulls are never a first download. */
  private settled = false;

  private constructor(
    readonly clientId: string,
    db: StewardDatabase,
    now: () => number,
  ) {
    this.db = db;
    this.now = now;
  }

  /** Opens the device's replica; the client id is made once per device and kept. */
  static async open(opts: DexieReplicaOptions = {}): Promise<DexieReplica> {
    const db = opts.db ?? database();
    const clientId = await ensureClientId(db);
    return new DexieReplica(clientId, db, opts.now ?? Date.now);
  }

  private tables() {
    const db = this.db;
    return [db.outbox, db.meta, db.syncFields];
  }

  async nextBatch(max: number): Promise<PushRequest | null> {
    const db = this.db;
    const rows = await db.transaction('rw', this.tables(), async () => {
      // Saves stamp their own rows; a bulk write's are stamped here (MemoryReplica.edit, deferred).
      await stampOutbox(db, this.clientId, 'all');
      return db.outbox.orderBy('seq').limit(max).toArray();
    });
    return this.batchOf(rows);
  }

  /** The push request of stamped rows (a save's, pushed as soon as it commits; see engine). */
  batchOf(rows: readonly OutboxRow[]): PushRequest | null {
    const mutations: Mutation[] = [];
    for (const row of rows) {
      const mutation = mutationOf(this.clientId, row);
      if (mutation === null || row.seq === undefined) continue;
      this.sentSeq.set(mutation.mutationId, row.seq);
      mutations.push(mutation);
    }
    return mutations.length === 0 ? null : { clientId: this.clientId, mutations };
  }

  async acknowledge(sent: PushRequest): Promise<void> {
    const ids = new Set(sent.mutations.map((m) => m.mutationId));
    const seqs: number[] = [];
    for (const id of ids) {
      const seq = this.sentSeq.get(id);
      if (seq !== undefined) seqs.push(seq);
      this.sentSeq.delete(id);
    }
    await this.db.transaction('rw', this.db.outbox, async () => {
      // Rows from an earlier session of this replica object: find them by mutation id.
      const known = await this.db.outbox.bulkGet(seqs);
      const stray =
        known.filter((r) => r !== undefined).length === ids.size
          ? []
          : await this.db.outbox
              .filter((r) => r.mutationId !== undefined && ids.has(r.mutationId))
              .primaryKeys();
      const sure = known.filter((r) => r?.mutationId !== undefined && ids.has(r.mutationId));
      await this.db.outbox.bulkDelete([...sure.map((r) => r?.seq ?? -1), ...stray]);
    });
  }

  async setAside(mutation: Mutation, message: string, now: number, code?: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.outbox, db.syncRefused, async () => {
      await db.outbox
        .where('seq')
        .equals(this.sentSeq.get(mutation.mutationId) ?? -1)
        .delete();
      // Rows stamped in an earlier session of this replica object: found by mutation id.
      await db.outbox.filter((r) => r.mutationId === mutation.mutationId).delete();
      const fields: Record<string, unknown> = valuesOf(mutation.fields);
      delete fields.updatedAt; // bookkeeping, not something the user typed
      await db.syncRefused.add({
        table: mutation.table,
        recordId: mutation.recordId,
        fields,
        message,
        ...(code === undefined ? {} : { code }),
        at: now,
      });
    });
    this.sentSeq.delete(mutation.mutationId);
  }

  async cursor(): Promise<number> {
    return (await readMeta<number>(this.db, SYNC_META.cursor)) ?? 0;
  }

  async applyPull(page: PullResponse, now: number): Promise<ConflictNote[]> {
    const db = this.db;
    const touched = [...new Set(page.changes.map((c) => c.table))].filter(isRecordTable);
    const stores = [
      ...this.tables(),
      db.conflicts,
      db.syncWarnings,
      ...touched.map((t) => db.table(t)),
    ];
    if (this.scope === null) {
      // Once this replica has stored a cursor no pull of it is a first download: skip the look.
      const opened = this.settled ? settledScope() : await openPullScope(db);
      // Saves stamp in their own transactions: this pull must read back what they touch.
      this.stopWatchingStamps = onStampedKeys((keys) => {
        for (const k of keys) opened.stampedKeys.add(k);
      });
      this.scope = opened;
    }
    const scope = this.scope;
    const keys = pageRecordKeys(page);
    const pairs = keys.map(splitRecordKey);
    const ids = new Map<RecordTable, string[]>();
    for (const [table, id] of pairs) {
      if (!isRecordTable(table)) continue;
      const list = ids.get(table);
      if (list === undefined) ids.set(table, [id]);
      else list.push(id);
    }
    // Everything a page reads, in one round trip (a live update waits on each).
    const read = () =>
      Promise.all([
        loadClock(db, this.clientId),
        readBack(db.syncFields, pairs, scope),
        readMeta<number>(db, SYNC_META.cursor),
        Promise.all(
          [...ids].map(async ([table, list]) => {
            const store = db.table<Record<string, unknown>, string>(table);
            const rows = await readBack(store, list, scope, (id) => recordKey(table, id), table);
            return [table, new Map(list.map((id, i) => [id, rows[i]]))] as const;
          }),
        ),
      ]);
    const { notes, rankAccounts } = await db.transaction('rw', stores, async () => {
      // Local edits are stamped as they are saved; at most a bulk write's rows are left. Stamping
      // them changes what the reads saw: read again then.
      const [stamped, first] = await Promise.all([stampOutbox(db, this.clientId, 'tail'), read()]);
      const [clock, stored, storedCursor, records] = stamped.length > 0 ? await read() : first;
      // The replica's step over the part of the state this page touches.
      const state: ReplicaState = {
        clientId: this.clientId,
        clock,
        nextMutationId: 0, // a pull stamps nothing
        records: new Map(),
      };
      keys.forEach((k, i) => {
        const row = stored[i];
        const fields = fieldsOf(row);
        if (fields !== undefined)
          state.records.set(k, { fields, unconfirmed: new Set(row?.unconfirmed) });
      });
      const out = applyPage(state, page, now).notes;
      // The field maps go first: IndexedDB writes them while the records are validated here.
      const fieldWrite = db.syncFields.bulkPut(
        keys.map((k) => {
          const [table, recordId] = splitRecordKey(k);
          const r = state.records.get(k);
          return fieldsRow(table, recordId, r?.fields ?? {}, r?.unconfirmed);
        }),
      );
      fieldWrite.catch(() => undefined); // awaited below; the transaction aborts on failure
      const maps = new Map(keys.map((k) => [k, state.records.get(k)?.fields]));
      const plain = this.plainRecordWrites(maps, now, scope, new Map(records));
      const cursor = Math.max(storedCursor ?? 0, page.cursor);
      // Awaited together: one round trip for every write.
      await Promise.all([
        fieldWrite,
        ...plain.writes,
        out.length > 0 ? db.conflicts.bulkPut(out.map((n) => ({ ...n, seenAt: now }))) : null,
        db.meta.bulkPut([
          { key: SYNC_META.hlc, value: formatHlc(state.clock) },
          { key: SYNC_META.cursor, value: cursor },
        ]),
      ]);
      return { notes: out, rankAccounts: plain.accounts };
    });
    if (page.cursor > 0) this.settled = true;
    for (const a of rankAccounts) this.rankAccounts.add(a);
    return notes;
  }

  /**
   * After the last page of a pull: re-keys duplicate rank keys among the incidents that changed,
   * as ordinary (pushed) edits. Once per pull rather than per page, so a bootstrap reads each
   * account's incidents once.
   */
  async finishPull(): Promise<number> {
    const scope = this.scope;
    this.scope = null;
    this.stopWatchingStamps();
    this.stopWatchingStamps = () => undefined;
    if (this.rankAccounts.size === 0) return 0;
    const accounts = [...this.rankAccounts];
    this.rankAccounts.clear();
    // A first download holds every incident it wrote in memory: no need to read them all back.
    const known =
      scope?.fresh === true &&
      !scope.populated.has('incidents') &&
      ![...scope.stampedKeys].some((k) => k.startsWith(recordKey('incidents', '')));
    const incidents = known
      ? [...scope.incidents.values()]
      : await this.db.incidents.where('accountId').anyOf(accounts).toArray();
    return this.repairRankKeys(incidents);
  }

  /**
   * The writes of plain rows from merged field maps (over the stored rows, read beforehand), and
   * the accounts whose incidents changed.
   */
  private plainRecordWrites(
    maps: Map<string, FieldMap | undefined>,
    now: number,
    scope: PullScope,
    stored: ReadonlyMap<RecordTable, ReadonlyMap<string, Record<string, unknown> | undefined>>,
  ): { accounts: Set<string>; writes: Array<Promise<unknown>> } {
    const db = this.db;
    const byTable = new Map<RecordTable, Array<{ id: string; fields: FieldMap }>>();
    for (const [k, fields] of maps) {
      const [table, id] = splitRecordKey(k);
      if (!isRecordTable(table) || fields === undefined) continue;
      const list = byTable.get(table) ?? [];
      list.push({ id, fields });
      byTable.set(table, list);
    }
    const accounts = new Set<string>();
    const writes: Array<Promise<unknown>> = [];
    for (const [table, list] of byTable) {
      const existing = stored.get(table);
      const good: Array<Record<string, unknown>> = [];
      const fine: Array<[string, string]> = [];
      const bad: Array<{
        table: string;
        recordId: string;
        issues: Array<{ field: string; message: string }>;
        at: number;
      }> = [];
      for (const { id, fields } of list) {
        const before = existing?.get(id);
        // Fields only this device has (never synced) stay; synced ones come from the map.
        const candidate = withoutCleared(table, { ...before, ...valuesOf(fields), id });
        const result = validateRecord(table, candidate);
        if (result.ok) {
          const value = result.value as Record<string, unknown>;
          // Rewriting a row this device already holds (the echo of its own save) would wake
          // every live query on it: a whole account page re-rendered for nothing.
          if (!sameRow(before, value)) good.push(value);
          fine.push([table, id]);
          if (table === 'incidents') {
            const was = before?.accountId;
            accounts.add(String(value.accountId));
            if (typeof was === 'string') accounts.add(was);
            if (scope.fresh) scope.incidents.set(id, rankFields(value));
          }
        } else {
          bad.push({
            table,
            recordId: id,
            issues: result.errors.map((e) => ({ field: e.path, message: e.message })),
            at: now,
          });
        }
      }
      const store = db.table<Record<string, unknown>, string>(table);
      if (good.length > 0) writes.push(store.bulkPut(good));
      if (bad.length > 0) {
        scope.warnings = true;
        writes.push(db.syncWarnings.bulkPut(bad));
      }
      // Clearing warnings that cannot exist cost a delete per record on a first download.
      if (fine.length > 0 && scope.warnings) writes.push(db.syncWarnings.bulkDelete(fine));
    }
    return { accounts, writes };
  }

  /**
   * Duplicate rank keys from concurrent inserts: re-key them as ordinary (pushed) edits, written
   * here as any local edit is (record, outbox row, then the stamping step), not through the app's
   * save path, so a pull never calls up into it.
   */
  private async repairRankKeys(
    incidents: ReadonlyArray<Readonly<Record<string, unknown>>>,
  ): Promise<number> {
    const repairs = rankKeyRepairs(incidents as ReadonlyArray<Record<string, JsonValue>>);
    if (repairs.length === 0) return 0;
    const db = this.db;
    const at = this.now();
    const updatedAt = new Date(at).toISOString();
    await db.transaction('rw', [db.incidents, ...outboxScope(db)], async () => {
      const rows = await db.incidents.bulkGet(repairs.map((r) => r.id));
      const records = [];
      const outbox: OutboxRow[] = [];
      for (const [i, r] of repairs.entries()) {
        const row = rows[i];
        if (row === undefined || row.rankKey === r.rankKey) continue;
        records.push({ ...row, rankKey: r.rankKey, updatedAt });
        outbox.push({ table: 'incidents', recordId: r.id, fields: { rankKey: r.rankKey }, at });
      }
      await Promise.all([db.incidents.bulkPut(records), db.outbox.bulkAdd(outbox)]);
      announceWhenCommitted(this.clientId, await stampOutbox(db, this.clientId, 'tail'));
    });
    return repairs.length;
  }
}
