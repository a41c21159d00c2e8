import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareHlc } from '@shared/sync/index';
import { openDatabase, type OutboxRow, type StewardDatabase } from './database';
import { onOutboxStamped } from './outbox-stamp';
import { bulkSaveRecords, saveRecord } from './records';
import { raiseNextMutationId } from './sync-meta';
import { DexieReplica } from './sync-replica';
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
    expect(server.records.get('accounts/acc-1')?.fields.name?.value).toBe('Nordhavn Logistics');
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
