/**
 * The HTTP API over real sockets, shared by the PGlite and PostgreSQL test files
 * (so both databases pass exactly the same checks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReplica, noteFor, NOTES_TABLE, syncOnce } from '../../shared/sync/index';
import type { Change, PullResponse, PushResponse } from '../../shared/sync/index';
import { createAdmin } from '../auth/members';
import { issueToken } from '../auth/tokens';
import { migrate } from '../db/migrate';
import type { Db } from '../db/types';
import { ChangeHub } from '../sync/notify';
import { badInputCases } from './bad-input';
import { badTextCases } from './bad-text';
import { incident, mutation, PASSWORD } from './fixtures';
import { call, listen, signIn, transport } from './http';
import type { Running } from './http';
import { longPollSuite } from './long-poll-suite';

export interface SuiteEnv {
  db: Db;
  url: string;
  /** Admin tokens of workspaces A and B, and a csm of A. */
  a: string;
  b: string;
  csm: string;
  adminA: { id: string; workspaceId: string };
  /** Wakes the app's waiting pulls; tests count its waiters. */
  hub: ChangeHub;
}

export function apiSuite(
  label: string,
  open: () => Promise<{ db: Db; cleanup: () => Promise<void> }>,
) {
  const env = {} as SuiteEnv;
  let server: Running;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const opened = await open();
    cleanup = opened.cleanup;
    env.db = opened.db;
    await migrate(env.db);
    expect(await migrate(env.db)).toEqual([]); // second run: nothing to do
    const adminA = await createAdmin(env.db, {
      workspace: 'Team A',
      email: 'ada@a.test',
      password: PASSWORD,
    });
    await createAdmin(env.db, { workspace: 'Team B', email: 'bob@b.test', password: PASSWORD });
    env.adminA = adminA;
    env.hub = new ChangeHub();
    // No periodic re-check within a test's waits: only a push's notice delivers a change.
    server = await listen({
      db: env.db,
      signInLimit: { max: 5, windowMs: 60_000 },
      changes: env.hub,
      recheckMs: 60_000,
    });
    env.url = server.url;
    env.a = await signIn(env.url, 'Team A', 'ada@a.test', PASSWORD);
    env.b = await signIn(env.url, 'Team B', 'bob@b.test', PASSWORD);
    const added = await call(env.url, 'POST', '/members', {
      token: env.a,
      body: { email: 'cy@a.test', password: PASSWORD, role: 'csm' },
    });
    expect(added.status).toBe(201);
    env.csm = await signIn(env.url, 'Team A', 'cy@a.test', PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await server.close();
    await cleanup();
  }, 60_000);

  const pullAll = async (token: string): Promise<Change[]> => {
    const r = await call(env.url, 'GET', '/sync/pull?after=0&limit=1000', { token });
    return (r.body as PullResponse).changes;
  };
  const push = async (token: string, body: unknown) =>
    call(env.url, 'POST', '/sync/push', { token, body });

  describe(`${label}: accounts and sessions`, () => {
    it('answers /health without a protocol header', async () => {
      const r = await call(env.url, 'GET', '/health', { headers: { 'x-steward-protocol': '' } });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ ok: true });
    });

    it('signs in, tells who I am, and signs out for good', async () => {
      const token = await signIn(env.url, 'Team A', 'CY@a.test', PASSWORD);
      const me = await call(env.url, 'GET', '/auth/me', { token });
      expect(me.body).toMatchObject({
        member: { email: 'cy@a.test', role: 'csm', workspaceName: 'Team A' },
      });
      expect((await call(env.url, 'POST', '/auth/sign-out', { token })).status).toBe(204);
      const after = await call(env.url, 'GET', '/auth/me', { token });
      expect(after.status).toBe(401);
      expect(after.message).toMatch(/sign in again/);
    });

    it('refuses wrong passwords and unknown people alike', async () => {
      for (const body of [
        { workspace: 'Team A', email: 'ada@a.test', password: 'wrong password' },
        { workspace: 'Team A', email: 'nobody@a.test', password: PASSWORD },
        { workspace: 'Team B', email: 'ada@a.test', password: PASSWORD },
      ]) {
        const r = await call(env.url, 'POST', '/auth/sign-in', { body });
        expect(r.status).toBe(401);
        expect(r.message).toBe('Wrong workspace, email or password.');
      }
    });

    it('lets only admins add members', async () => {
      const body = { email: 'dee@a.test', password: PASSWORD, role: 'sdm' };
      const denied = await call(env.url, 'POST', '/members', { token: env.csm, body });
      expect(denied.status).toBe(403);
      expect((await call(env.url, 'POST', '/members', { token: env.a, body })).status).toBe(201);
      const again = await call(env.url, 'POST', '/members', { token: env.a, body });
      expect(again.status).toBe(409);
      const bad = await call(env.url, 'POST', '/members', {
        token: env.a,
        body: { ...body, role: 'root' },
      });
      expect(bad.status).toBe(400);
      expect(bad.message).toMatch(/role must be one of/);
    });

    it('rate-limits sign-in per address and account', async () => {
      const body = { workspace: 'Team A', email: 'limited@a.test', password: 'nope nope nope' };
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await call(env.url, 'POST', '/auth/sign-in', { body })).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const refused = await call(env.url, 'POST', '/auth/sign-in', { body });
      expect(refused.message).toMatch(/Too many sign-in attempts.*Wait \d+ s/);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // The limit is per key: another account is not locked out, in this workspace or another.
      expect(await signIn(env.url, 'Team A', 'ada@a.test', PASSWORD)).toMatch(/^stw_/);
      const elsewhere = await call(env.url, 'POST', '/auth/sign-in', {
        body: { ...body, workspace: 'Team B' },
      });
      expect(elsewhere.status).toBe(401);
    });
  });

  describe(`${label}: push and pull`, () => {
    it('stores partial pushes, keeps unknown fields, dedupes retries', async () => {
      const m1 = mutation('dev-a1', 1, 'incidents', 'inc-1', {
        title: 'Login slow',
        futureField: { x: [1] },
      });
      const batch = { clientId: 'dev-a1', mutations: [m1] };
      const first = await push(env.a, batch);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ applied: 1, duplicates: 0, lastMutationId: 1 });
      const retry = await push(env.a, batch);
      expect(retry.body).toMatchObject({ applied: 0, duplicates: 1, lastMutationId: 1, seq: null });
      const changes = await pullAll(env.a);
      const inc = changes.find((c) => c.recordId === 'inc-1');
      expect(inc?.fields.futureField?.value).toEqual({ x: [1] });
      expect(inc?.fields.title?.value).toBe('Login slow');
      const status = await call(env.url, 'GET', '/sync/status?clientId=dev-a1', { token: env.a });
      expect(status.body).toMatchObject({ lastMutationId: 1 });
    });

    it('assigns increasing sequence numbers and pages with hasMore/remaining', async () => {
      const ms = Array.from({ length: 5 }, (_, i) =>
        mutation('dev-a2', i + 1, 'incidents', `page-${i}`, incident(`page-${i}`)),
      );
      const r = (await push(env.a, { clientId: 'dev-a2', mutations: ms })).body as PushResponse;
      expect(r.applied).toBe(5);
      let after = 0;
      const seen: number[] = [];
      const remaining: number[] = [];
      for (;;) {
        const page = (
          await call(env.url, 'GET', `/sync/pull?after=${after}&limit=2`, { token: env.a })
        ).body as PullResponse;
        if (page.remaining !== undefined) remaining.push(page.remaining);
        seen.push(...page.changes.map((c) => c.seq));
        after = page.cursor;
        if (!page.hasMore) break;
      }
      expect(seen).toEqual([...seen].sort((x, y) => x - y));
      expect(new Set(seen).size).toBe(seen.length);
      expect(remaining[0]).toBe(seen.length - 2);
      expect(Math.max(...seen)).toBe(r.seq);
    });

    it('tells both devices when an edit is replaced by one made without seeing it, and not after an informed one', async () => {
      const t = Date.now();
      await push(env.csm, {
        clientId: 'dev-c1',
        mutations: [
          { ...mutation('dev-c1', 1, 'incidents', 'inc-9', { title: 'New' }, t), base: {} },
        ],
      });
      // Written offline, without having seen 'New' (base: nothing), and older: it loses.
      const late = {
        ...mutation('dev-a3', 1, 'incidents', 'inc-9', { title: 'Old' }, t - 1000),
        base: {},
      };
      const r = (await push(env.a, { clientId: 'dev-a3', mutations: [late] })).body as PushResponse;
      expect(r.conflicts).toEqual([
        expect.objectContaining({
          recordId: 'inc-9',
          field: 'title',
          kind: 'overwritten',
          localValue: 'Old',
          winningValue: 'New',
          by: 'dev-c1',
        }),
      ]);
      const pulled = await pullAll(env.a);
      expect(pulled.find((c) => c.recordId === 'inc-9')?.fields.title?.value).toBe('New');
      // The note is streamed once, as a record of the notes pseudo-table, for both devices.
      const notes = pulled.filter((c) => c.table === NOTES_TABLE);
      expect(notes.map((c) => noteFor('dev-c1', c.fields)?.kind)).toEqual(['unseen']);
      expect(noteFor('dev-c1', notes[0]?.fields ?? {})?.member).toMatch(/@/);
      // An edit made after seeing 'New' (its base) replaces it with no note.
      const newHlc = pulled.find((c) => c.recordId === 'inc-9')?.fields.title?.hlc ?? '';
      const informed = {
        ...mutation('dev-a3', 2, 'incidents', 'inc-9', { title: 'Informed' }, t + 1000),
        base: { title: newHlc },
      };
      const r2 = (await push(env.a, { clientId: 'dev-a3', mutations: [informed] }))
        .body as PushResponse;
      expect(r2.conflicts).toEqual([]);
      expect((await pullAll(env.a)).filter((c) => c.table === NOTES_TABLE)).toHaveLength(1);
    });

    it('rejects a complete but invalid record, warns on a merge that breaks a record rule', async () => {
      const bad = mutation(
        'dev-a4',
        1,
        'incidents',
        'inc-x',
        incident('inc-x', { category: 'interface' }),
      );
      const r = await push(env.a, { clientId: 'dev-a4', mutations: [bad] });
      expect(r.status).toBe(400);
      expect(r.message).toMatch(/interface/);
      const ok = mutation('dev-a4', 2, 'incidents', 'inc-y', incident('inc-y'));
      expect((await push(env.a, { clientId: 'dev-a4', mutations: [ok] })).status).toBe(200);
      const concurrent = mutation('dev-c2', 1, 'incidents', 'inc-y', { category: 'interface' });
      const w = (await push(env.csm, { clientId: 'dev-c2', mutations: [concurrent] }))
        .body as PushResponse;
      expect(w.warnings[0]).toMatchObject({
        recordId: 'inc-y',
        issues: [expect.objectContaining({ field: 'interfaceId' })],
      });
    });

    it('binds a client id to its member', async () => {
      const r = await push(env.csm, {
        clientId: 'dev-a1',
        mutations: [mutation('dev-a1', 9, 'accounts', 'x', { name: 'X' })],
      });
      expect(r.status).toBe(403);
    });

    it('two replicas converge through syncOnce, with conflict notes', async () => {
      const one = new MemoryReplica('rep-1');
      const two = new MemoryReplica('rep-2');
      const t = Date.now();
      one.edit('meetings', 'm-1', { title: 'Steering', notes: 'a' }, t);
      two.edit('meetings', 'm-1', { title: 'Steering committee' }, t + 5);
      const opts = { now: () => Date.now(), batchSize: 1, pageSize: 3 };
      await syncOnce(one, transport(env.url, env.a), opts);
      const round = await syncOnce(two, transport(env.url, env.csm), opts);
      await syncOnce(one, transport(env.url, env.a), opts);
      expect(one.get('meetings', 'm-1')).toEqual(two.get('meetings', 'm-1'));
      expect(one.conflicts).toEqual([
        expect.objectContaining({
          field: 'title',
          winningValue: 'Steering committee',
          by: 'rep-2',
        }),
      ]);
      expect(round.pushed).toBe(1);
      expect(one.outbox).toEqual([]);
    });
  });

  describe(`${label}: workspaces are sealed`, () => {
    it('no endpoint shows or changes another team’s data', async () => {
      const beforeA = await pullAll(env.a);
      // B writes a record with an id A already uses: it lands in B only.
      const m = mutation('dev-b1', 1, 'incidents', 'inc-1', { title: 'B owns this' });
      expect((await push(env.b, { clientId: 'dev-b1', mutations: [m] })).status).toBe(200);
      expect(await pullAll(env.a)).toEqual(beforeA);
      const bChanges = await pullAll(env.b);
      expect(bChanges.map((c) => c.recordId)).toEqual(['inc-1']);
      expect(bChanges[0]?.fields.title?.value).toBe('B owns this');
      // A's client id means nothing in B.
      const st = await call(env.url, 'GET', '/sync/status?clientId=dev-a1', { token: env.b });
      expect(st.body).toMatchObject({ lastMutationId: 0 });
      expect((await push(env.b, { clientId: 'dev-a1', mutations: [] })).status).toBe(200);
      // Members and identity.
      const members = (await call(env.url, 'GET', '/members', { token: env.b })).body as {
        members: Array<{ email: string }>;
      };
      expect(members.members.map((x) => x.email)).toEqual(['bob@b.test']);
      const me = await call(env.url, 'GET', '/auth/me', { token: env.b });
      expect(me.body).toMatchObject({ member: { workspaceName: 'Team B' } });
      // B's admin adds to B, not A; signing B out leaves A signed in.
      await call(env.url, 'POST', '/members', {
        token: env.b,
        body: { email: 'new@b.test', password: PASSWORD, role: 'csm' },
      });
      const aMembers = (await call(env.url, 'GET', '/members', { token: env.a })).body as {
        members: Array<{ email: string }>;
      };
      expect(aMembers.members.map((x) => x.email)).not.toContain('new@b.test');
      const bTemp = await signIn(env.url, 'Team B', 'bob@b.test', PASSWORD);
      await call(env.url, 'POST', '/auth/sign-out', { token: bTemp });
      expect((await call(env.url, 'GET', '/auth/me', { token: env.a })).status).toBe(200);
      expect((await call(env.url, 'GET', '/auth/me', { token: env.b })).status).toBe(200);
    });
  });

  describe(`${label}: bad input gets 4xx with a message and stores nothing`, () => {
    it('every hostile request is refused cleanly', async () => {
      const expired = await issueToken(env.db, env.adminA, Date.now() - 40 * 24 * 3600_000);
      const revoked = await signIn(env.url, 'Team A', 'ada@a.test', PASSWORD);
      await call(env.url, 'POST', '/auth/sign-out', { token: revoked });
      const before = { a: await pullAll(env.a), b: await pullAll(env.b) };
      const cases = [
        ...badInputCases({ a: env.a, expired: expired.token, revoked }),
        ...badTextCases({ a: env.a }),
      ];
      for (const c of cases) {
        const r = await call(env.url, c.method, c.path, c.opts);
        expect(
          r.status,
          `${c.name}: ${JSON.stringify(r.body).slice(0, 300)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(r.status, c.name).toBeLessThan(500);
        if (c.status !== undefined) expect(r.status, c.name).toBe(c.status);
        expect(r.message.length, `${c.name} has a message`).toBeGreaterThan(5);
        if (c.match !== undefined) expect(r.message, c.name).toMatch(c.match);
      }
      expect(await pullAll(env.a)).toEqual(before.a);
      expect(await pullAll(env.b)).toEqual(before.b);
      const st = await call(env.url, 'GET', '/sync/status?clientId=evil', { token: env.a });
      expect(st.body).toMatchObject({ lastMutationId: 0 });
    });

    it('stores SQL-looking text verbatim, as data', async () => {
      const sqlish = "'; DROP TABLE records; --";
      const m = mutation('dev-a9', 1, 'incidents', "x'OR'1'='1", {
        title: sqlish,
        description: 'a\\"b$1',
      });
      expect((await push(env.a, { clientId: 'dev-a9', mutations: [m] })).status).toBe(200);
      const inc = (await pullAll(env.a)).find((c) => c.recordId === "x'OR'1'='1");
      expect(inc?.fields.title?.value).toBe(sqlish);
      expect((await pullAll(env.a)).length).toBeGreaterThan(1);
    });
  });

  // Last: it pushes into workspace B, which the checks above expect to hold one record.
  longPollSuite(label, env);
}
