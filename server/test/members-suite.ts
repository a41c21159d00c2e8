/**
 * Members, roles and per-workspace cursors over real HTTP, shared by the PGlite and PostgreSQL
 * test files. `open` gives a fresh, empty database each call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWorkspaceSettings, PROTOCOL_HEADER } from '../../shared/index';
import type { JsonValue, Member, PullResponse, PushResponse } from '../../shared/sync/index';
import { createAdmin } from '../auth/members';
import { loadMigrations, migrate } from '../db/migrate';
import type { Db } from '../db/types';
import { incident, mutation, PASSWORD } from './fixtures';
import { call, listen, signIn } from './http';
import type { Running } from './http';

type Open = (name: string) => Promise<{ db: Db; cleanup: () => Promise<void> }>;

const NEW_PASSWORD = 'a brand new passphrase';

export function membersSuite(label: string, open: Open) {
  let db: Db;
  let cleanup: () => Promise<void>;
  let server: Running;
  let url = '';
  const tokens: Record<'admin' | 'dm' | 'sdm' | 'csm' | 'b', string> = {
    admin: '',
    dm: '',
    sdm: '',
    csm: '',
    b: '',
  };

  const get = (path: string, token: string) => call(url, 'GET', path, { token });
  const push = (token: string, body: unknown, headers?: Record<string, string>) =>
    call(url, 'POST', '/sync/push', { token, body, ...(headers ? { headers } : {}) });
  const members = async () =>
    ((await get('/members', tokens.admin)).body as { members: Member[] }).members;
  const idOf = async (email: string) => {
    const m = (await members()).find((x) => x.email === email);
    if (m === undefined) throw new Error(`${email} is not a member`);
    return m.id;
  };
  const add = async (email: string, role: string) => {
    const r = await call(url, 'POST', '/members', {
      token: tokens.admin,
      body: { email, password: PASSWORD, role },
    });
    expect(r.status, r.message).toBe(201);
  };

  beforeAll(async () => {
    ({ db, cleanup } = await open('members'));
    await migrate(db);
    await createAdmin(db, { workspace: 'Team A', email: 'ada@a.test', password: PASSWORD });
    await createAdmin(db, { workspace: 'Team B', email: 'bob@b.test', password: PASSWORD });
    server = await listen({ db, signInLimit: { max: 100, windowMs: 60_000 }, recheckMs: 60_000 });
    url = server.url;
    tokens.admin = await signIn(url, 'Team A', 'ada@a.test', PASSWORD);
    tokens.b = await signIn(url, 'Team B', 'bob@b.test', PASSWORD);
    await add('dan@a.test', 'delivery-manager');
    await add('sue@a.test', 'sdm');
    await add('cy@a.test', 'csm');
    tokens.dm = await signIn(url, 'Team A', 'dan@a.test', PASSWORD);
    tokens.sdm = await signIn(url, 'Team A', 'sue@a.test', PASSWORD);
    tokens.csm = await signIn(url, 'Team A', 'cy@a.test', PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await server.close();
    await cleanup();
  }, 60_000);

  describe(`${label}: members`, () => {
    it('admins list members; every other role gets 403 on member management', async () => {
      expect((await members()).map((m) => [m.email, m.role])).toEqual([
        ['ada@a.test', 'admin'],
        ['cy@a.test', 'csm'],
        ['dan@a.test', 'delivery-manager'],
        ['sue@a.test', 'sdm'],
      ]);
      const cy = await idOf('cy@a.test');
      for (const token of [tokens.dm, tokens.sdm, tokens.csm]) {
        const tries = [
          await get('/members', token),
          await call(url, 'POST', '/members', {
            token,
            body: { email: 'x@a.test', password: PASSWORD, role: 'csm' },
          }),
          await call(url, 'PATCH', `/members/${cy}`, { token, body: { role: 'admin' } }),
          await call(url, 'DELETE', `/members/${cy}`, { token }),
        ];
        expect(tries.map((r) => r.status)).toEqual([403, 403, 403, 403]);
        expect(tries[0]?.message).toMatch(/admin/);
      }
      expect((await members()).find((m) => m.id === cy)?.role).toBe('csm');
    });

    it('an admin changes a role, which holds at once for the member’s live session', async () => {
      const sue = await idOf('sue@a.test');
      const r = await call(url, 'PATCH', `/members/${sue}`, {
        token: tokens.admin,
        body: { role: 'delivery-manager' },
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ member: { email: 'sue@a.test', role: 'delivery-manager' } });
      const me = await get('/auth/me', tokens.sdm);
      expect(me.body).toMatchObject({ member: { role: 'delivery-manager' } });
      await call(url, 'PATCH', `/members/${sue}`, { token: tokens.admin, body: { role: 'sdm' } });
      expect((await get('/auth/me', tokens.sdm)).body).toMatchObject({ member: { role: 'sdm' } });
    });

    it('removing a member refuses every one of its tokens at once and its sign-in', async () => {
      await add('leaver@a.test', 'csm');
      const one = await signIn(url, 'Team A', 'leaver@a.test', PASSWORD);
      const two = await signIn(url, 'Team A', 'leaver@a.test', PASSWORD);
      const id = await idOf('leaver@a.test');
      const removed = await call(url, 'DELETE', `/members/${id}`, { token: tokens.admin });
      expect(removed.status).toBe(204);
      for (const token of [one, two]) {
        expect((await get('/auth/me', token)).status).toBe(401);
        expect((await get('/sync/pull?after=0', token)).status).toBe(401);
        const p = await push(token, {
          clientId: 'leaver-dev',
          mutations: [mutation('leaver-dev', 1, 'incidents', 'lv-1', incident('lv-1'))],
        });
        expect(p.status).toBe(401);
      }
      const again = await call(url, 'POST', '/auth/sign-in', {
        body: { workspace: 'Team A', email: 'leaver@a.test', password: PASSWORD },
      });
      expect(again.status).toBe(401);
      expect((await members()).map((m) => m.email)).not.toContain('leaver@a.test');
      // Removing again: the member is gone. Adding the email again brings the person back.
      const twice = await call(url, 'DELETE', `/members/${id}`, { token: tokens.admin });
      expect(twice.status).toBe(404);
      await add('leaver@a.test', 'sdm');
      expect(await idOf('leaver@a.test')).toBe(id);
      const back = await signIn(url, 'Team A', 'leaver@a.test', PASSWORD);
      expect((await get('/auth/me', back)).body).toMatchObject({ member: { role: 'sdm' } });
      // The old tokens stay refused.
      expect((await get('/auth/me', one)).status).toBe(401);
    });

    it('keeps one admin: the last one can be neither demoted nor removed', async () => {
      const ada = await idOf('ada@a.test');
      const demote = await call(url, 'PATCH', `/members/${ada}`, {
        token: tokens.admin,
        body: { role: 'csm' },
      });
      expect(demote.status).toBe(409);
      expect(demote.message).toMatch(/last admin/);
      const remove = await call(url, 'DELETE', `/members/${ada}`, { token: tokens.admin });
      expect(remove.status).toBe(409);
      expect((await get('/auth/me', tokens.admin)).body).toMatchObject({
        member: { role: 'admin' },
      });
    });

    it('never reaches into another workspace and validates ids and bodies', async () => {
      const bMembers = (await get('/members', tokens.b)).body as { members: Member[] };
      const bob = bMembers.members[0]?.id ?? '';
      expect((await call(url, 'DELETE', `/members/${bob}`, { token: tokens.admin })).status).toBe(
        404,
      );
      const patchB = await call(url, 'PATCH', `/members/${bob}`, {
        token: tokens.admin,
        body: { role: 'csm' },
      });
      expect(patchB.status).toBe(404);
      expect((await get('/auth/me', tokens.b)).body).toMatchObject({ member: { role: 'admin' } });
      const cy = await idOf('cy@a.test');
      const cases: Array<[string, string, unknown, RegExp]> = [
        ['PATCH', `/members/${cy}`, { role: 'root' }, /role must be one of/],
        ['PATCH', `/members/${cy}`, { role: 'csm', extra: { deep: [1] } }, /extra/],
        ['PATCH', `/members/${cy}`, null, /./],
        ['PATCH', `/members/not%20an%20id`, { role: 'csm' }, /member id/],
        ['DELETE', `/members/${'f'.repeat(80)}`, undefined, /member id/],
      ];
      for (const [method, path, body, match] of cases) {
        const r = await call(url, method, path, {
          token: tokens.admin,
          ...(body === undefined ? {} : { body }),
        });
        expect(r.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
        expect(r.status, `${method} ${path}`).toBeLessThan(500);
        expect(r.message, `${method} ${path}`).toMatch(match);
      }
      expect((await members()).find((m) => m.id === cy)?.role).toBe('csm');
    });

    it('a member changes their password: other sessions end, this one stays', async () => {
      const other = await signIn(url, 'Team A', 'cy@a.test', PASSWORD);
      const wrong = await call(url, 'POST', '/auth/password', {
        token: tokens.csm,
        body: { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
      });
      expect(wrong.status).toBe(403);
      expect((await get('/auth/me', other)).status).toBe(200);
      const weak = await call(url, 'POST', '/auth/password', {
        token: tokens.csm,
        body: { currentPassword: PASSWORD, newPassword: 'short' },
      });
      expect(weak.status).toBe(400);
      expect(weak.message).toMatch(/at least 10/);

      const ok = await call(url, 'POST', '/auth/password', {
        token: tokens.csm,
        body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      });
      expect(ok.status).toBe(204);
      expect((await get('/auth/me', tokens.csm)).status).toBe(200);
      expect((await get('/auth/me', other)).status).toBe(401);
      const old = await call(url, 'POST', '/auth/sign-in', {
        body: { workspace: 'Team A', email: 'cy@a.test', password: PASSWORD },
      });
      expect(old.status).toBe(401);
      expect(await signIn(url, 'Team A', 'cy@a.test', NEW_PASSWORD)).toMatch(/^stw_/);
      // Nobody else's session ended.
      expect((await get('/auth/me', tokens.sdm)).status).toBe(200);
    });
  });

  describe(`${label}: who may change what`, () => {
    const stamp = '2026-03-01T09:00:00.000Z';
    const settings = defaultWorkspaceSettings(stamp);
    const targets: Record<string, JsonValue> = { atRiskFraction: 0.3, updatedAt: stamp };
    const thresholds: Record<string, JsonValue> = {
      tierThresholds: { ...settings.tierThresholds, business: 1 },
      updatedAt: stamp,
    };
    let n = 0;
    /** Pushes an incident, a settings change and another incident as one batch. */
    const mixed = async (token: string, values: Record<string, JsonValue>, protocol?: string) => {
      const client = `perm-${String(++n)}`;
      const ids = [`${client}-1`, `${client}-2`];
      const ms = [
        mutation(client, 1, 'incidents', ids[0] ?? '', incident(ids[0] ?? '')),
        mutation(client, 2, 'settings', 'workspace', values),
        mutation(client, 3, 'incidents', ids[1] ?? '', incident(ids[1] ?? '')),
      ];
      const headers = protocol === undefined ? undefined : { [PROTOCOL_HEADER]: protocol };
      const r = await push(token, { clientId: client, mutations: ms }, headers);
      const pulled = (
        (await get('/sync/pull?after=0&limit=1000', tokens.admin)).body as PullResponse
      ).changes;
      const stored = ids.filter((id) => pulled.some((c) => c.recordId === id));
      return { r, body: r.body as PushResponse, stored, client };
    };
    const settingsNow = async () => {
      const pulled = (
        (await get('/sync/pull?after=0&limit=1000', tokens.admin)).body as PullResponse
      ).changes;
      return pulled.find((c) => c.table === 'settings')?.fields;
    };

    it('SDM and CSM: every record, never the workspace settings — refused one by one with a reason', async () => {
      for (const token of [tokens.sdm, tokens.csm]) {
        const before = await settingsNow();
        const { r, body, stored } = await mixed(token, targets);
        expect(r.status).toBe(200);
        expect(body.applied).toBe(2);
        expect(body.refused.map((x) => [x.mutationId, x.code])).toEqual([
          [2, 'settings-admin-only'],
        ]);
        expect(body.refused[0]?.message).toMatch(/ask an admin/);
        expect(stored).toHaveLength(2);
        expect(await settingsNow()).toEqual(before);
      }
    });

    it('delivery manager: the targets, not the other settings', async () => {
      const ok = await mixed(tokens.dm, targets);
      expect(ok.body.refused).toEqual([]);
      expect(ok.body.applied).toBe(3);
      expect((await settingsNow())?.atRiskFraction?.value).toBe(0.3);
      const no = await mixed(tokens.dm, thresholds);
      expect(no.body.refused.map((x) => x.code)).toEqual(['targets-only']);
      expect(no.stored).toHaveLength(2);
      expect((await settingsNow())?.tierThresholds).toBeUndefined();
    });

    it('admin: everything', async () => {
      const all = await mixed(tokens.admin, thresholds);
      expect(all.body.refused).toEqual([]);
      expect((await settingsNow())?.tierThresholds?.value).toEqual(thresholds.tierThresholds);
    });

    it('apps on protocols 1 and 2 (no base clocks) get "update the app", and nothing is applied', async () => {
      for (const old of ['1', '2']) {
        const { r, stored } = await mixed(tokens.csm, targets, old);
        expect(r.status).toBe(426);
        expect(r.body).toMatchObject({ error: { code: 'update-required' } });
        expect(r.body).toMatchObject({ error: { message: /Update the app/ } });
        expect(stored).toHaveLength(0);
      }
    });
  });

  describe(`${label}: cursors`, () => {
    it('number each workspace’s changes on their own: another team’s pushes never show', async () => {
      const cursorOf = async (token: string) =>
        ((await get('/sync/pull?after=0&limit=1000', token)).body as PullResponse).cursor;
      const bStart = await cursorOf(tokens.b);
      const aStart = await cursorOf(tokens.admin);
      const burst = Array.from({ length: 40 }, (_, i) =>
        mutation('b-dev', i + 1, 'incidents', `b-${String(i)}`, incident(`b-${String(i)}`)),
      );
      expect((await push(tokens.b, { clientId: 'b-dev', mutations: burst })).status).toBe(200);
      expect(await cursorOf(tokens.b)).toBe(bStart + 40);
      const one = mutation('a-dev', 1, 'incidents', 'a-after-b', incident('a-after-b'));
      const r = (await push(tokens.admin, { clientId: 'a-dev', mutations: [one] }))
        .body as PushResponse;
      // A's next number follows A's last one, whatever B did meanwhile.
      expect(r.seq).toBe(aStart + 1);
      expect(await cursorOf(tokens.admin)).toBe(aStart + 1);
      const status = (await get('/sync/status?clientId=a-dev', tokens.admin)).body as {
        seq: number;
      };
      expect(status.seq).toBe(aStart + 1);
    });

    it('a fresh workspace starts at 1 and counts up by one per change', async () => {
      await createAdmin(db, { workspace: 'Team C', email: 'cat@c.test', password: PASSWORD });
      const c = await signIn(url, 'Team C', 'cat@c.test', PASSWORD);
      for (let i = 1; i <= 3; i++) {
        const m = mutation('c-dev', i, 'incidents', `c-${String(i)}`, incident(`c-${String(i)}`));
        const r = (await push(c, { clientId: 'c-dev', mutations: [m] })).body as PushResponse;
        expect(r.seq).toBe(i);
      }
      const page = (await get('/sync/pull?after=0', c)).body as PullResponse;
      expect(page.changes.map((x) => x.seq)).toEqual([1, 2, 3]);
    });
  });

  describe(`${label}: upgrading a server keeps the cursors devices hold`, () => {
    it('numbering goes on from each workspace’s last number under the shared sequence', async () => {
      const old = await open('cursors_upgrade');
      try {
        const before = loadMigrations().filter((m) => m.version < 4);
        await migrate(old.db, before);
        // Two workspaces interleaved on the old shared sequence: A has 1, 3, 5; B has 2, 4.
        await old.db.exec(`
          INSERT INTO workspaces (id, name) VALUES ('wa', 'Old A'), ('wb', 'Old B');
          INSERT INTO records (workspace_id, table_name, record_id, fields, seq) VALUES
            ('wa', 'incidents', 'a1', '{}', 1), ('wb', 'incidents', 'b1', '{}', 2),
            ('wa', 'incidents', 'a2', '{}', 3), ('wb', 'incidents', 'b2', '{}', 4),
            ('wa', 'incidents', 'a3', '{}', 5);
          INSERT INTO changes (seq, workspace_id, table_name, record_id, client_id, mutation_id, member_id, fields)
            SELECT seq, workspace_id, table_name, record_id, 'c', seq, 'm', fields FROM records;
          SELECT setval('change_seq', 5);`);
        expect(await migrate(old.db)).toEqual(
          loadMigrations()
            .filter((m) => m.version >= 4)
            .map((m) => m.version),
        );
        await createAdmin(old.db, { workspace: 'Old A', email: 'a@old.test', password: PASSWORD });
        await createAdmin(old.db, { workspace: 'Old B', email: 'b@old.test', password: PASSWORD });
        const s = await listen({ db: old.db });
        try {
          const a = await signIn(s.url, 'Old A', 'a@old.test', PASSWORD);
          const b = await signIn(s.url, 'Old B', 'b@old.test', PASSWORD);
          const pushOne = async (token: string, client: string, id: string) =>
            (
              (
                await call(s.url, 'POST', '/sync/push', {
                  token,
                  body: {
                    clientId: client,
                    mutations: [mutation(client, 1, 'incidents', id, incident(id))],
                  },
                })
              ).body as PushResponse
            ).seq;
          expect(await pushOne(a, 'da', 'a4')).toBe(6);
          expect(await pushOne(b, 'db', 'b3')).toBe(5);
          // A device of A that had pulled up to 3 gets exactly what came after.
          const page = (await call(s.url, 'GET', '/sync/pull?after=3', { token: a }))
            .body as PullResponse;
          expect(page.changes.map((c) => [c.recordId, c.seq])).toEqual([
            ['a3', 5],
            ['a4', 6],
          ]);
          const pageB = (await call(s.url, 'GET', '/sync/pull?after=4', { token: b }))
            .body as PullResponse;
          expect(pageB.changes.map((c) => c.recordId)).toEqual(['b3']);
        } finally {
          await s.close();
        }
      } finally {
        await old.cleanup();
      }
    }, 60_000);
  });
}
