import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareHlc, recordKey } from '@shared/sync/index';
import { openDatabase, type OutboxRow, type StewardDatabase } from './database';
import { onOutboxStamped, onStampedKeys } from './outbox-stamp';
import { bulkSaveRecords, saveRecord } from './records';
import { raiseNextMutationId, readMeta, SYNC_META } from './sync-meta';
import { DexieReplica } from './sync-replica';
import { fieldsOf } from './sync-rows';
import { FakeServer } from './sync-test-server';
import { testAccount } from './test-records';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const account = (id: string, name = 'Nordhavn Logistics') => testAccount({ id, name });

let n = 0;
let db: StewardDatabase;
let heard: Array<{ clientId: string; rows: readonly OutboxRow[] }>;
let stop: () => void;
beforeEach(async () => {
  db = openDatabase(`outbox-stamp-${++n}`);
  await db.open();
  heard = [];
  stop = onOutboxStamped((clientId, rows) => heard.push({ clientId, rows }));
});
afterEach(async () => {
  stop();
  await db.delete();
});

const at = (ms: number) => ({ db, now: new Date(T0 + ms) });

describe('a save stamps its change in its own transaction', () => {
  it('gives the row its mutation id and clock, and announces it once committed', async () => {
    await saveRecord('accounts', account('acc-1'), at(0));
    const [row] = await db.outbox.toArray();
    expect(row?.mutationId).toBe(1);
    expect(row?.hlc).toMatch(/^2026-03-02T09:00:00\.000Z-0000-/);
    expect(await db.syncFields.count()).toBe(1);
    expect(heard).toHaveLength(1);
    expect(heard[0]?.rows.map((r) => r.mutationId)).toEqual([1]);

    // The replica pushes exactly what was announced: nothing left to stamp.
    const replica = await DexieReplica.open({ db });
    expect(heard[0]?.clientId).toBe(replica.clientId);
    const server = new FakeServer();
    const batch = replica.batchOf(heard[0]?.rows ?? []);
    expect(batch?.mutations).toHaveLength(1);
    if (batch) {
      await server.transport().push(batch);
      await replica.acknowledge(batch);
    }
    expect(await db.outbox.count()).toBe(0);
    expect(server.records.get(recordKey('accounts', 'acc-1'))?.fields.name?.value).toBe(
      'Nordhavn Logistics',
    );
  });

  it('stamps a save on a device that has an id in the save’s own reads and writes', async () => {
    await saveRecord('accounts', account('acc-1'), at(0)); // makes the device id
    const keys: string[][] = [];
    const stopKeys = onStampedKeys((k) => keys.push([...k]));
    await saveRecord('accounts', { id: 'acc-1', name: 'Renamed' }, at(1_000));
    await saveRecord('accounts', { id: 'acc-1', plan: 'premium' }, at(1_000));
    stopKeys();
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => r.mutationId)).toEqual([1, 2, 3]);
    const [, renamed, replanned] = rows;
    // Same millisecond: the clock's counter moves on, so the later save wins.
    expect(compareHlc(replanned?.hlc ?? '', renamed?.hlc ?? '')).toBeGreaterThan(0);
    expect(await readMeta(db, SYNC_META.hlc)).toBe(replanned?.hlc);
    expect(await readMeta(db, SYNC_META.nextMutationId)).toBe(4);
    expect(keys).toEqual([['accounts\u0000acc-1'], ['accounts\u0000acc-1']]);
    // Announced with their outbox keys, so they can be acknowledged once pushed.
    expect(heard.slice(1).map((h) => h.rows.map((r) => [r.seq, r.mutationId]))).toEqual([
      [[renamed?.seq, 2]],
      [[replanned?.seq, 3]],
    ]);
    // The field map holds each field at the clock of its last save, all unconfirmed.
    const map = fieldsOf(await db.syncFields.get(['accounts', 'acc-1']));
    expect(map?.name).toEqual({ value: 'Renamed', hlc: renamed?.hlc });
    expect(map?.plan).toEqual({ value: 'premium', hlc: replanned?.hlc });
    const unconfirmed = (await db.syncFields.get(['accounts', 'acc-1']))?.unconfirmed;
    expect(unconfirmed).toEqual(expect.arrayContaining(['name', 'plan', 'csmName']));

    const replica = await DexieReplica.open({ db });
    const server = new FakeServer();
    const batch = await replica.nextBatch(10);
    if (batch === null) throw new Error('nothing to push');
    await server.transport().push(batch);
    await replica.acknowledge(batch);
    expect(await db.outbox.count()).toBe(0);
    const stored = server.records.get(recordKey('accounts', 'acc-1'))?.fields;
    expect([stored?.name?.value, stored?.plan?.value]).toEqual(['Renamed', 'premium']);
  });

  it('stamps earlier unstamped rows first, so the later save wins the merge', async () => {
    // A bulk import leaves its rows for later; a save of the same record comes after it.
    await bulkSaveRecords('accounts', [account('acc-1', 'Imported')], at(5_000));
    expect((await db.outbox.toArray())[0]?.mutationId).toBeUndefined();
    await saveRecord('accounts', { id: 'acc-1', name: 'Typed after' }, at(1_000));
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => r.mutationId)).toEqual([1, 2]);
    const [imported, typed] = rows;
    expect(compareHlc(typed?.hlc ?? '', imported?.hlc ?? '')).toBeGreaterThan(0);
    expect(heard[0]?.rows.map((r) => r.mutationId)).toEqual([1, 2]);
  });

  it('announces nothing when an enclosing transaction rolls back, and once for several saves', async () => {
    await expect(
      db.transaction('rw', [db.accounts, db.outbox, db.meta, db.syncFields], async () => {
        await saveRecord('accounts', account('acc-1'), at(0));
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await db.outbox.count()).toBe(0);
    expect(heard).toEqual([]);

    await db.transaction('rw', [db.accounts, db.outbox, db.meta, db.syncFields], async () => {
      await saveRecord('accounts', account('acc-1'), at(0));
      await saveRecord('accounts', account('acc-2'), at(0));
    });
    expect(heard).toHaveLength(1);
    expect(heard[0]?.rows.map((r) => r.recordId)).toEqual(['acc-1', 'acc-2']);
  });

  it('gives new ids to stamped rows the server already holds ids for', async () => {
    await saveRecord('accounts', account('acc-1'), at(0));
    await saveRecord('accounts', account('acc-2'), at(0));
    // The server says this device already sent up to 7 (e.g. a store restored from a copy).
    await raiseNextMutationId(7, db);
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => r.mutationId)).toEqual([8, 9]);
    await saveRecord('accounts', account('acc-3'), at(0));
    expect((await db.outbox.orderBy('seq').last())?.mutationId).toBe(10);
  });
});
