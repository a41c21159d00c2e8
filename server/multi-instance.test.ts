/**
 * Two server instances on one PostgreSQL, devices on each: they converge, a waiting pull
 * hears a push made through the other instance, and the sign-in limit is shared.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPostgres } from '../test/lib/postgres';
import type { PgCluster } from '../test/lib/postgres';
import { MemoryReplica, syncOnce } from '../shared/sync/index';
import type { Change, Mutation, PullResponse } from '../shared/sync/index';
import { createAdmin } from './auth/members';
import { loadMigrations, migrate } from './db/migrate';
import { openPostgres } from './db/postgres';
import type { Db } from './db/types';
import { ChangeHub } from './sync/notify';
import { mutation, PASSWORD } from './test/fixtures';
import { call, listen, signIn, transport } from './test/http';
import type { Running } from './test/http';
import { Device, lostWrites, scheduleArb, settle } from './test/simulation';

describe('two instances, one PostgreSQL', () => {
  let cluster: PgCluster;
  const dbs: Db[] = [];
  const servers: Running[] = [];
  const tokens: string[] = [];
  const hubs = [new ChangeHub(), new ChangeHub()];
  let workspaceId = '';
  let runs = 0;

  beforeAll(async () => {
    cluster = await startPostgres();
    const url = cluster.createDatabase('multi');
    for (let i = 0; i < 3; i++) dbs.push(openPostgres(url, 5));
    // Instances starting together: the advisory lock lets exactly one apply each migration.
    const applied = await Promise.all(dbs.map((db) => migrate(db)));
    expect(applied.flat()).toEqual(loadMigrations().map((m) => m.version));
    const [db0, db1] = dbs as [Db, Db];
    const admin = await createAdmin(db0, {
      workspace: 'Multi',
      email: 'm@x.test',
      password: PASSWORD,
    });
    workspaceId = admin.workspaceId;
    // No periodic re-check within a test's waits: only NOTIFY carries a change across.
    const opts = { signInLimit: { max: 3, windowMs: 60_000 }, recheckMs: 60_000 };
    servers.push(
      await listen({ db: db0, changes: hubs[0], ...opts }),
      await listen({ db: db1, changes: hubs[1], ...opts }),
    );
    for (const s of servers) tokens.push(await signIn(s.url, 'Multi', 'm@x.test', PASSWORD));
  }, 120_000);

  afterAll(async () => {
    for (const s of servers) await s.close();
    for (const db of dbs) await db.close();
    cluster.stop();
    console.log(`multi-instance: ${runs} schedules ran`);
  }, 60_000);

  it('devices on different instances pushing at once converge', async () => {
    await fc.assert(
      fc.asyncProperty(scheduleArb(4, false), async (steps) => {
        const id = runs++;
        const acked: Mutation[] = [];
        const { seq } = await transport(servers[0]?.url ?? '', tokens[0] ?? '').status('none');
        const devices = Array.from({ length: 4 }, (_, i) => new Device(`m${id}-d${i}`, acked, seq));
        // Devices 0 and 2 talk to instance 0, 1 and 3 to instance 1.
        const ts = devices.map((_, i) => transport(servers[i % 2]?.url ?? '', tokens[i % 2] ?? ''));
        const now = () => Date.now();
        for (const s of steps) {
          if (s.k === 'edit')
            devices[s.dev]?.edit('incidents', `m${id}-r${s.rec}`, s.values, now());
        }
        // Everyone syncs concurrently, through both instances.
        await Promise.all(
          devices.map((d, i) =>
            syncOnce(d, ts[i] ?? transport('', ''), { now, batchSize: 2, pageSize: 3 }),
          ),
        );
        await settle(devices, ts, now);
        const observer = new MemoryReplica(`m${id}-observer`, { cursor: seq });
        await syncOnce(observer, transport(servers[1]?.url ?? '', tokens[1] ?? ''), {
          now,
          pageSize: 100,
        });
        for (const d of devices) expect(d.snapshot()).toEqual(observer.snapshot());
        expect(lostWrites(acked, observer)).toEqual([]);
      }),
      { numRuns: 40, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false },
    );
  }, 90_000);

  it('a pull waiting on one instance receives a push made through the other', async () => {
    const [one, two] = servers as [Running, Running];
    const [t1, t2] = tokens as [string, string];
    const { seq } = await transport(one.url, t1).status('none');
    const pending = call(one.url, 'GET', `/sync/pull?after=${seq}&wait=30000`, { token: t1 });
    const waiters = () => expect(hubs[0]?.count(workspaceId));
    await vi.waitFor(() => waiters().toBe(1), { timeout: 10_000 });
    const m = mutation('notify-d1', 1, 'incidents', 'notify-1', { title: 'Across instances' });
    const pushed = await call(two.url, 'POST', '/sync/push', {
      token: t2,
      body: { clientId: 'notify-d1', mutations: [m] },
    });
    expect(pushed.status).toBe(200);
    // Released by the notice, not by its 30 s wait running out (which would answer the same page).
    await vi.waitFor(() => waiters().toBe(0), { timeout: 10_000 });
    const changes: Change[] = ((await pending).body as PullResponse).changes;
    expect(changes.map((c) => c.recordId)).toEqual(['notify-1']);
    expect(changes[0]?.fields.title?.value).toBe('Across instances');
  }, 30_000);

  it('failed sign-ins on both instances add up to one limit', async () => {
    const body = { workspace: 'Multi', email: 'intruder@x.test', password: 'not the password' };
    const statuses: number[] = [];
    for (const s of [0, 0, 1, 1, 0]) {
      const url = servers[s]?.url ?? '';
      statuses.push((await call(url, 'POST', '/auth/sign-in', { body })).status);
    }
    // Max 3: the 4th attempt, the 2nd on instance 2, is refused, and so is the next on instance 1.
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});
