/**
 * Delete versus edit: an edit made on one device while another deleted the record is never lost.
 * The record stays in the Trash with the edit applied, both devices get a note, and Restore
 * brings it back with the edit.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncOnce } from '@shared/sync/index';
import { openDatabase, type StewardDatabase } from './database';
import { restoreRecord, saveRecord, softDeleteRecord } from './records';
import { DexieReplica } from './sync-replica';
import { FakeServer } from './sync-test-server';
import { testAccount } from './test-records';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
let n = 0;
const dbs: StewardDatabase[] = [];
let server: FakeServer;

async function device() {
  const db = openDatabase(`sync-trash-notes-${++n}`);
  await db.open();
  dbs.push(db);
  return { db, replica: await DexieReplica.open({ db, now: () => T0 }) };
}
type Device = Awaited<ReturnType<typeof device>>;

async function sync(d: Device) {
  await syncOnce(d.replica, server.transport(), { now: () => T0, batchSize: 5, pageSize: 5 });
  await d.replica.finishPull();
}
const at = (d: Device, ms: number) => ({ db: d.db, now: new Date(T0 + ms) });

beforeEach(() => {
  server = new FakeServer();
});
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function twoDevicesWithAnAccount() {
  const a = await device();
  const b = await device();
  server.members.set(a.replica.clientId, 'ana@team.test');
  server.members.set(b.replica.clientId, 'ben@team.test');
  await saveRecord('accounts', testAccount({ id: 'acc-1' }), at(a, 0));
  await sync(a);
  await sync(b);
  return { a, b };
}

describe('delete versus edit', () => {
  for (const order of ['delete first', 'edit first'] as const) {
    it(`keeps the edit in the Trash, tells both devices and restores with it (${order})`, async () => {
      const { a, b } = await twoDevicesWithAnAccount();
      // Offline, neither sees the other's change: A deletes on Monday, B edits on Wednesday.
      await softDeleteRecord('accounts', 'acc-1', at(a, 10_000));
      await saveRecord('accounts', { id: 'acc-1', csmName: 'Ana Ruiz' }, at(b, 20_000));
      const [first, second] = order === 'delete first' ? [a, b] : [b, a];
      await sync(first);
      await sync(second);
      await sync(first);

      for (const d of [a, b]) {
        const row = await d.db.accounts.get('acc-1');
        expect(row?.deletedAt).not.toBeNull();
        expect(row?.csmName).toBe('Ana Ruiz');
        const notes = await d.db.conflicts.toArray();
        expect(notes).toMatchObject([
          {
            table: 'accounts',
            recordId: 'acc-1',
            kind: 'trashed',
            localValue: { by: 'ana@team.test', at: new Date(T0 + 10_000).toISOString() },
            winningValue: { by: 'ben@team.test', fields: ['csmName'] },
          },
        ]);
      }

      await restoreRecord('accounts', 'acc-1', at(b, 30_000));
      await sync(b);
      await sync(a);
      const back = await a.db.accounts.get('acc-1');
      expect(back?.deletedAt).toBeNull();
      expect(back?.csmName).toBe('Ana Ruiz');
    });
  }

  it('gives no note for an edit made after seeing the delete, or a delete after seeing the edit', async () => {
    const { a, b } = await twoDevicesWithAnAccount();
    await saveRecord('accounts', { id: 'acc-1', csmName: 'Ana Ruiz' }, at(b, 5_000));
    await sync(b);
    await sync(a);
    await softDeleteRecord('accounts', 'acc-1', at(a, 10_000));
    await sync(a);
    await sync(b);
    await restoreRecord('accounts', 'acc-1', at(b, 20_000));
    await saveRecord('accounts', { id: 'acc-1', csmName: 'Bo Lind' }, at(b, 21_000));
    await sync(b);
    await sync(a);
    expect(await a.db.conflicts.count()).toBe(0);
    expect(await b.db.conflicts.count()).toBe(0);
    expect((await a.db.accounts.get('acc-1'))?.csmName).toBe('Bo Lind');
  });
});
