/**
 * The Dexie half of sync: MemoryReplica's steps (shared/sync/replica.ts) over IndexedDB.
 * Local edits arrive as outbox rows (db/records.ts); this turns them into stamped mutations,
 * merges pulled changes field by field and writes the plain records the screens read, without
 * ever adding outbox rows for what came from the server.
 */
import {
  compareHlc,
  formatHlc,
  maxHlc,
  mergeRecord,
  parseHlc,
  rankKeyRepairs,
  receiveHlc,
  valuesOf,
} from '@shared/sync/index';
import type {
  ConflictNote,
  FieldMap,
  JsonValue,
  Mutation,
  PullResponse,
  PushRequest,
  SyncReplica,
} from '@shared/sync/index';
import { RECORD_TABLES, validateRecord } from '@shared/schemas/index';
import { withoutCleared } from '@shared/sync/index';
import type { RecordTable } from '@shared/schemas/index';
import { database, type OutboxRow, type StewardDatabase } from './database';
import { saveRecord } from './records';
import { SYNC_META, ensureClientId, readMeta } from './sync-meta';
import { loadClock, mutationOf, onStampedKeys, stampOutbox } from './outbox-stamp';
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
    const pairs = page.changes.map((c) => [c.table, c.recordId] as [string, string]);
    const ids = new Map<RecordTable, string[]>();
    for (const c of page.changes) {
      if (!isRecordTable(c.table)) continue;
      const list = ids.get(c.table);
      if (list === undefined) ids.set(c.table, [c.recordId]);
      else list.push(c.recordId);
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
            const rows = await readBack(store, list, scope, (id) => `${table}\u0000${id}`, table);
            return [table, new Map(list.map((id, i) => [id, rows[i]]))] as const;
          }),
        ),
      ]);
    const { notes, rankAccounts } = await db.transaction('rw', stores, async () => {
      // Local edits are stamped as they are saved; at most a bulk write's rows are left. Stamping
      // them changes what the reads saw: read again then.
      const [stamped, first] = await Promise.all([stampOutbox(db, this.clientId, 'tail'), read()]);
      const [startClock, stored, storedCursor, records] = stamped.length > 0 ? await read() : first;
      let clock = startClock;
      const maps = new Map<string, FieldMap | undefined>();
      const mine = new Map<string, Set<string>>();
      pairs.forEach(([t, id], i) => {
        maps.set(`${t}\u0000${id}`, fieldsOf(stored[i]));
        mine.set(`${t}\u0000${id}`, new Set(stored[i]?.unconfirmed));
      });
      const out: ConflictNote[] = [];
      for (const change of page.changes) {
        const top = maxHlc(change.fields);
        const remote = top === null ? null : parseHlc(top);
        if (remote !== null && top !== null && compareHlc(top, formatHlc(clock)) > 0) {
          clock = receiveHlc(clock, remote, now);
        }
        const k = `${change.table}\u0000${change.recordId}`;
        const local = maps.get(k);
        const pending = mine.get(k) ?? new Set<string>();
        const result = mergeRecord(local, change.fields, {
          table: change.table,
          recordId: change.recordId,
          localClientId: this.clientId,
        });
        maps.set(k, result.fields);
        // updatedAt is bookkeeping, not something the user edited: no note for it.
        out.push(
          ...result.conflicts.filter((c) => c.field !== 'updatedAt' && pending.has(c.field)),
        );
        for (const [f, state] of Object.entries(change.fields)) {
          // Our own write came back (confirmed) or someone else's replaced it: no longer pending.
          if (state.hlc === local?.[f]?.hlc || result.changed.includes(f)) pending.delete(f);
        }
        mine.set(k, pending);
      }
      // The field maps go first: IndexedDB writes them while the records are validated here.
      const fieldWrite = db.syncFields.bulkPut(
        [...maps].map(([k, fields]) => {
          const [table = '', recordId = ''] = k.split('\u0000');
          return fieldsRow(table, recordId, fields ?? {}, mine.get(k));
        }),
      );
      fieldWrite.catch(() => undefined); // awaited below; the transaction aborts on failure
      const plain = this.plainRecordWrites(maps, now, scope, new Map(records));
      const cursor = Math.max(storedCursor ?? 0, page.cursor);
      // Awaited together: one round trip for every write.
      await Promise.all([
        fieldWrite,
        ...plain.writes,
        out.length > 0 ? db.conflicts.bulkPut(out.map((n) => ({ ...n, seenAt: now }))) : null,
        db.meta.bulkPut([
          { key: SYNC_META.hlc, value: formatHlc(clock) },
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
      ![...scope.stampedKeys].some((k) => k.startsWith('incidents\u0000'));
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
      const [table = '', id = ''] = k.split('\u0000');
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

  /** Duplicate rank keys from concurrent inserts: re-key them as ordinary (pushed) edits. */
  private async repairRankKeys(
    incidents: ReadonlyArray<Readonly<Record<string, unknown>>>,
  ): Promise<number> {
    const repairs = rankKeyRepairs(incidents as ReadonlyArray<Record<string, JsonValue>>);
    const at = new Date(this.now());
    for (const r of repairs) {
      await saveRecord('incidents', { id: r.id, rankKey: r.rankKey }, { db: this.db, now: at });
    }
    return repairs.length;
  }
}
