import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdmin } from './auth/members';
import { hashPassword, scryptParams, verifyPassword } from './auth/passwords';
import { purgeExpired } from './auth/purge';
import { issueToken } from './auth/tokens';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import type { Db } from './db/types';
import { PASSWORD } from './test/fixtures';
import { call, listen, signIn, type Running } from './test/http';

const attemptFrom = (url: string, address: string | null, body: Record<string, string>) =>
  call(url, 'POST', '/auth/sign-in', {
    body: { workspace: 'Team A', password: 'guess guess guess', ...body },
    ...(address === null ? {} : { headers: { 'x-forwarded-for': address } }),
  });

describe('sign-in limits', () => {
  let db: Db;
  const servers: Running[] = [];
  const start = async (opts: Partial<Parameters<typeof listen>[0]>) => {
    const s = await listen({ db, ...opts });
    servers.push(s);
    return s;
  };
  let memberId = '';
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    memberId = (
      await createAdmin(db, { workspace: 'Team A', email: 'ada@a.test', password: PASSWORD })
    ).id;
    for (const who of ['bea', 'cy', 'dee', 'eve']) {
      await createAdmin(db, { workspace: 'Team A', email: `${who}@a.test`, password: PASSWORD });
    }
  }, 120_000);
  // Counts are in the database, shared by every server of this file: each test starts clean.
  beforeEach(async () => {
    await db.query('DELETE FROM sign_in_attempts');
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await db.close();
  });

  it('stops one address trying many accounts, each under its own limit', async () => {
    const server = await start({ signInLimit: { max: 5, windowMs: 60_000, perAddressMax: 3 } });
    const statuses: number[] = [];
    for (const who of ['a', 'b', 'c', 'd']) {
      statuses.push((await attemptFrom(server.url, null, { email: `${who}@x.test` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const refused = await call(server.url, 'POST', '/auth/sign-in', {
      body: { workspace: 'Team A', email: 'ada@a.test', password: PASSWORD },
    });
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/from this address/);
    await expect(signIn(server.url, 'Team A', 'ada@a.test', PASSWORD)).rejects.toThrow();
  });

  it('believes x-forwarded-for only from a trusted proxy', async () => {
    const limit = { max: 5, windowMs: 60_000, perAddressMax: 2 };
    const trusting = await start({ signInLimit: limit, trustProxy: ['127.0.0.1/32'] });
    const other = await start({ signInLimit: limit, trustProxy: ['10.0.0.0/8'] });
    const plain = await start({ signInLimit: limit });
    const run = async (url: string, tag: string) => {
      const statuses: number[] = [];
      // Three clients behind one proxy, each its own forwarded address, one attempt each.
      for (const n of [1, 2, 3]) {
        const email = `${tag}${n}@x.test`;
        statuses.push((await attemptFrom(url, `203.0.113.${n + 10}`, { email })).status);
      }
      return statuses;
    };
    // Trusted: each client counts on its own address, none reaches 2.
    expect(await run(trusting.url, 'tp')).toEqual([401, 401, 401]);
    // Untrusted (the proxy 127.0.0.1 is not in the list, or no list): all share the socket's.
    expect(await run(other.url, 'op')).toEqual([401, 401, 429]);
    await db.query('DELETE FROM sign_in_attempts');
    expect(await run(plain.url, 'pl')).toEqual([401, 401, 429]);
  }, 30_000);

  it('locks one account after N failures from any addresses, and only that account', async () => {
    const server = await start({
      signInLimit: { max: 5, windowMs: 60_000, perAccountMax: 3, accountWindowMs: 600_000 },
      trustProxy: ['127.0.0.1'],
    });
    const statuses: number[] = [];
    for (const n of [1, 2, 3]) {
      statuses.push(
        (await attemptFrom(server.url, `198.51.100.${n}`, { email: 'bea@a.test' })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401]);
    // A fresh address with the right password: the account is locked whatever the address.
    const locked = await attemptFrom(server.url, '198.51.100.99', {
      email: 'bea@a.test',
      password: PASSWORD,
    });
    expect(locked.status).toBe(429);
    expect(locked.message).toMatch(/on this account/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    // Another account from the same addresses still signs in.
    const fine = await attemptFrom(server.url, '198.51.100.1', {
      email: 'cy@a.test',
      password: PASSWORD,
    });
    expect(fine.status).toBe(200);
    // Successes do not count: signing in more often than N never locks a member out.
    for (let i = 0; i < 4; i++) {
      const ok = await attemptFrom(server.url, `192.0.2.${i}`, {
        email: 'dee@a.test',
        password: PASSWORD,
      });
      expect(ok.status).toBe(200);
    }
  }, 30_000);

  it('shares the account lock between instances on one database', async () => {
    const signInLimit = { max: 5, windowMs: 60_000, perAccountMax: 2, accountWindowMs: 600_000 };
    const one = await start({ signInLimit, trustProxy: ['127.0.0.1'] });
    const two = await start({ signInLimit, trustProxy: ['127.0.0.1'] });
    expect((await attemptFrom(one.url, '198.51.100.7', { email: 'eve@a.test' })).status).toBe(401);
    expect((await attemptFrom(two.url, '198.51.100.8', { email: 'eve@a.test' })).status).toBe(401);
    const onOne = await attemptFrom(one.url, '198.51.100.9', {
      email: 'eve@a.test',
      password: PASSWORD,
    });
    expect(onOne.status).toBe(429);
  });

  it('rewrites an old-parameter hash in the current format at the next sign-in', async () => {
    const current = scryptParams();
    const old = await hashPassword(PASSWORD, { N: 16384, r: 8, p: 1 });
    expect(current.N).not.toBe(16384);
    await db.query('UPDATE members SET password_hash = $2 WHERE id = $1', [memberId, old]);
    const server = await start({});
    await signIn(server.url, 'Team A', 'ada@a.test', PASSWORD);
    const rows = await db.query<{ password_hash: string }>(
      'SELECT password_hash FROM members WHERE id = $1',
      [memberId],
    );
    const stored = rows[0]?.password_hash ?? '';
    expect(stored).not.toBe(old);
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', String(current.N), '8', '1']);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    // And it still signs in, unchanged this time.
    await signIn(server.url, 'Team A', 'ada@a.test', PASSWORD);
    const again = await db.query<{ password_hash: string }>(
      'SELECT password_hash FROM members WHERE id = $1',
      [memberId],
    );
    expect(again[0]?.password_hash).toBe(stored);
  });

  it('purges expired and long-revoked tokens and ended sign-in windows', async () => {
    const now = Date.now();
    const member = { id: memberId, workspaceId: '' };
    const ws = await db.query<{ workspace_id: string }>(
      'SELECT workspace_id FROM members WHERE id = $1',
      [memberId],
    );
    member.workspaceId = ws[0]?.workspace_id ?? '';
    const expired = await issueToken(db, member, now - 40 * 24 * 3600_000);
    const live = await issueToken(db, member, now);
    const revokedLongAgo = await issueToken(db, member, now);
    await db.query(
      `UPDATE tokens SET revoked_at = $2 WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [revokedLongAgo.token, new Date(now - 2 * 24 * 3600_000).toISOString()],
    );
    await db.query(
      `INSERT INTO sign_in_attempts (key, window_start, expires_at, attempts) VALUES
         ('old-window', $1, $2, 3), ('open-window', $1, $3, 3)`,
      [
        new Date(now - 120_000).toISOString(),
        new Date(now - 60_000).toISOString(),
        new Date(now + 60_000).toISOString(),
      ],
    );
    const server = servers[0];
    if (server === undefined) throw new Error('no server');
    expect((await call(server.url, 'GET', '/auth/me', { token: live.token })).status).toBe(200);
    const purged = await purgeExpired(db, now);
    expect(purged.tokens).toBeGreaterThanOrEqual(2);
    const left = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM tokens WHERE expires_at <= $1',
      [new Date(now).toISOString()],
    );
    expect(left[0]?.n).toBe(0);
    const keys = (await db.query<{ key: string }>('SELECT key FROM sign_in_attempts')).map(
      (r) => r.key,
    );
    expect(keys).toContain('open-window');
    expect(keys).not.toContain('old-window');
    expect((await call(server.url, 'GET', '/auth/me', { token: live.token })).status).toBe(200);
    expect((await call(server.url, 'GET', '/auth/me', { token: expired.token })).status).toBe(401);
    expect(await purgeExpired(db, now)).toEqual({ tokens: 0, attempts: 0 });
  });

  it('runs the purge periodically on the server', async () => {
    const ws = await db.query<{ workspace_id: string }>(
      'SELECT workspace_id FROM members WHERE id = $1',
      [memberId],
    );
    const member = { id: memberId, workspaceId: ws[0]?.workspace_id ?? '' };
    await start({ purgeEveryMs: 100 });
    await new Promise((r) => setTimeout(r, 150)); // past its first run, at start
    await issueToken(db, member, Date.now() - 40 * 24 * 3600_000);
    const count = async () =>
      (
        await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM tokens WHERE expires_at <= $1',
          [new Date().toISOString()],
        )
      )[0]?.n;
    expect(await count()).toBe(1);
    await vi.waitFor(async () => expect(await count()).toBe(0), { timeout: 5_000 });
  });
});
