/** Two server instances on one PostgreSQL, devices on each: they converge. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres } from '../test/lib/postgres';
import type { PgCluster } from '../test/lib/postgres';
import { MemoryReplica, syncOnce } from '../shared/sync/index';
import type { Mutation } from '../shared/sync/index';
import { createAdmin } from './auth/members';
import { migrate } from './db/migrate';
import { openPostgres } from './db/postgres';
import type { Db } from './db/types';
import { PASSWORD } from './test/fixtures';
import { listen, signIn, transport } from './test/http';
import type { Running } from './test/http';
import { Device, lostWrites, scheduleArb, settle } from './test/simulation';

describe('two instances, one PostgreSQL', () => {
  let cluster: PgCluster;
  const dbs: Db[] = [];
  const servers: Running[] = [];
  const tokens: string[] = [];
  let runs = 0;

  beforeAll(async () => {
    cluster = await startPostgres();
    const url = cluster.createDatabase('multi');
    for (let i = 0; i < 3; i++) dbs.push(openPostgres(url, 5));
    // Instances starting together: the advisory lock lets exactly one apply each migration.
    const applied = await Promise.all(dbs.map((db) => migrate(db)));
    expect(applied.flat()).toEqual([1]);
    const [db0, db1] = dbs as [Db, Db];
    await createAdmin(db0, { workspace: 'Multi', email: 'm@x.test', password: PASSWORD });
    servers.push(await listen({ db: db0 }), await listen({ db: db1 }));
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
});
