/** DexieReplica and the changes a server refuses for good: set aside, the others still sent. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordKey, SyncHttpError, syncOnce } from '@shared/sync/index';
import type { SyncTransport } from '@shared/sync/index';
import { openDatabase, setDatabaseForTesting, type StewardDatabase } from './database';
import { saveRecord } from './records';
import { DexieReplica } from './sync-replica';
import { FakeServer } from './sync-test-server';
import { testAccount } from './test-records';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const account = (id: string, over: Record<string, unknown> = {}) => testAccount({ id, ...over });

let n = 0;
const dbs: StewardDatabase[] = [];
async function device(): Promise<{ db: StewardDatabase; replica: DexieReplica }> {
  const db = openDatabase(`sync-replica-refused-${++n}`);
  await db.open();
  dbs.push(db);
  return { db, replica: await DexieReplica.open({ db, now: () => T0 }) };
}

let server: FakeServer;
beforeEach(() => {
  server = new FakeServer();
});
afterEach(async () => {
  setDatabaseForTesting(null);
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('DexieReplica: changes the server refuses', () => {
  it('sets aside a change the server refuses and sends the others', async () => {
    const a = await device();
    for (const id of ['acc-1', 'acc-bad', 'acc-2']) {
      await saveRecord('accounts', account(id), { db: a.db, now: new Date(T0) });
    }
    const inner = server.transport();
    const refusing: SyncTransport = {
      ...inner,
      push: (req) =>
        req.mutations.some((m) => m.recordId === 'acc-bad')
          ? Promise.reject(new SyncHttpError(400, 'invalid', 'name: too long for the server'))
          : inner.push(req),
    };
    const res = await syncOnce(a.replica, refusing, { now: () => T0, batchSize: 2 });
    expect(res.refused).toBe(1);
    expect(await a.db.outbox.count()).toBe(0);
    expect([...server.records.keys()].sort()).toEqual([
      recordKey('accounts', 'acc-1'),
      recordKey('accounts', 'acc-2'),
    ]);
    const [row] = await a.db.syncRefused.toArray();
    expect(row).toMatchObject({
      table: 'accounts',
      recordId: 'acc-bad',
      message: 'name: too long for the server',
    });
    expect(row?.fields.name).toBe('Nordhavn Logistics');
    expect(row?.fields).not.toHaveProperty('updatedAt');
    // The record itself keeps what the user typed.
    expect((await a.db.accounts.get('acc-bad'))?.name).toBe('Nordhavn Logistics');
  });

  it('sets aside, with its reason code, a change the server refuses inside a successful push', async () => {
    const a = await device();
    for (const id of ['acc-1', 'acc-role', 'acc-2']) {
      await saveRecord('accounts', account(id), { db: a.db, now: new Date(T0) });
    }
    const inner = server.transport();
    const refusing: SyncTransport = {
      ...inner,
      // The server applies the others and answers the refused one in `refused`.
      push: async (req) => {
        const bad = req.mutations.filter((m) => m.recordId === 'acc-role');
        const res = await inner.push({
          ...req,
          mutations: req.mutations.filter((m) => m.recordId !== 'acc-role'),
        });
        const refused = bad.map((m) => ({
          mutationId: m.mutationId,
          code: 'settings-admin-only',
          message: 'Your role cannot change the workspace settings: ask an admin.',
        }));
        return { ...res, refused };
      },
    };
    const res = await syncOnce(a.replica, refusing, { now: () => T0, batchSize: 3 });
    expect(res.refused).toBe(1);
    expect(await a.db.outbox.count()).toBe(0);
    expect([...server.records.keys()].sort()).toEqual([
      recordKey('accounts', 'acc-1'),
      recordKey('accounts', 'acc-2'),
    ]);
    const rows = await a.db.syncRefused.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recordId: 'acc-role',
      code: 'settings-admin-only',
      message: 'Your role cannot change the workspace settings: ask an admin.',
    });
  });

  it('keeps the outbox whole when the failure is not a refusal', async () => {
    const a = await device();
    await saveRecord('accounts', account('acc-1'), { db: a.db, now: new Date(T0) });
    const expired: SyncTransport = {
      ...server.transport(),
      push: () => Promise.reject(new SyncHttpError(401, 'unauthorized', 'Sign in again.')),
    };
    await expect(syncOnce(a.replica, expired, { now: () => T0 })).rejects.toThrow('Sign in again.');
    expect(await a.db.outbox.count()).toBe(1);
    expect(await a.db.syncRefused.count()).toBe(0);
  });
});
