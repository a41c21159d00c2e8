import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from './auth/members';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import type { Db } from './db/types';
import { PASSWORD } from './test/fixtures';
import { call, listen, signIn, type Running } from './test/http';

describe('sign-in limit per address', () => {
  let db: Db;
  let server: Running;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await createAdmin(db, { workspace: 'Team A', email: 'ada@a.test', password: PASSWORD });
    server = await listen({ db, signInLimit: { max: 5, windowMs: 60_000, perAddressMax: 3 } });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('stops one address trying many accounts, each under its own limit', async () => {
    const statuses: number[] = [];
    for (const who of ['a', 'b', 'c', 'd']) {
      const body = { workspace: 'Team A', email: `${who}@a.test`, password: 'guess guess guess' };
      statuses.push((await call(server.url, 'POST', '/auth/sign-in', { body })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const refused = await call(server.url, 'POST', '/auth/sign-in', {
      body: { workspace: 'Team A', email: 'ada@a.test', password: PASSWORD },
    });
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/from this address/);
    await expect(signIn(server.url, 'Team A', 'ada@a.test', PASSWORD)).rejects.toThrow();
  });
});
