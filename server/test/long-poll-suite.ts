/**
 * Long-poll pulls over real HTTP, run by the api suite on both databases. The app under
 * test re-checks the database only every minute, so within these waits only a push's
 * notice can deliver a change.
 */
import { request } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/index';
import type { PullResponse } from '../../shared/sync/index';
import { ChangeHub } from '../sync/notify';
import { mutation } from './fixtures';
import { call, listen } from './http';
import type { SuiteEnv } from './api-suite';

const page = (body: unknown) => body as PullResponse;

/**
 * A request on a connection of its own, dropped by destroying the socket. (fetch's pool,
 * once a request is aborted, opens a spare connection that would keep the server from closing.)
 */
function droppable(url: string, path: string, token: string): () => void {
  const req = request(`${url}${path}`, {
    agent: false,
    headers: { authorization: `Bearer ${token}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
  });
  req.on('error', () => undefined);
  req.end();
  return () => req.destroy();
}

export function longPollSuite(label: string, env: SuiteEnv): void {
  const seqOf = async (token: string) => {
    const r = await call(env.url, 'GET', '/sync/status?clientId=lp-none', { token });
    return (r.body as { seq: number }).seq;
  };
  const pull = (token: string, after: number, wait: number) =>
    call(env.url, 'GET', `/sync/pull?after=${after}&wait=${wait}`, { token });
  /** Until the app holds `n` waiting pulls on the workspace. */
  const waiting = (hub: ChangeHub, workspaceId: string, n: number) =>
    vi.waitFor(() => expect(hub.count(workspaceId)).toBe(n), { timeout: 10_000 });

  describe(`${label}: long-poll pull`, () => {
    it('a waiting pull answers with the push another device makes meanwhile', async () => {
      const ws = env.adminA.workspaceId;
      const after = await seqOf(env.a);
      const pending = pull(env.a, after, 30_000);
      await waiting(env.hub, ws, 1);
      const m = mutation('lp-c1', 1, 'incidents', 'lp-1', { title: 'Pushed while waiting' });
      const pushed = await call(env.url, 'POST', '/sync/push', {
        token: env.csm,
        body: { clientId: 'lp-c1', mutations: [m] },
      });
      expect(pushed.status).toBe(200);
      // Released by the push, not by its 30 s wait running out (which would answer the same page).
      await waiting(env.hub, ws, 0);
      const r = await pending;
      expect(r.status).toBe(200);
      const got = page(r.body);
      expect(got.changes.map((c) => c.recordId)).toEqual(['lp-1']);
      expect(got.changes[0]?.fields.title?.value).toBe('Pushed while waiting');
      expect(got.cursor).toBeGreaterThan(after);
      expect(env.hub.count(ws)).toBe(0);
    }, 30_000);

    it('answers at once when there is already something after the cursor', async () => {
      const r = await pull(env.a, 0, 20_000);
      expect(page(r.body).changes.length).toBeGreaterThan(0);
    }, 30_000);

    it('without a push, answers an empty page when the wait ends', async () => {
      const after = await seqOf(env.a);
      const r = await pull(env.a, after, 200);
      expect(r.status).toBe(200);
      expect(page(r.body)).toMatchObject({ changes: [], cursor: after, hasMore: false });
    });

    it('refuses a wait out of range with a readable message', async () => {
      for (const [wait, match] of [
        ['30001', /wait is at most 30000 ms/],
        ['-1', /wait cannot be negative/],
        ['1.5', /whole number/],
        ['soon', /wait must be a number/],
      ] as const) {
        const r = await call(env.url, 'GET', `/sync/pull?wait=${wait}`, { token: env.a });
        expect(r.status, wait).toBe(400);
        expect(r.message, wait).toMatch(match);
      }
    });

    it('a push in another workspace neither wakes nor reaches a waiting member', async () => {
      const ws = env.adminA.workspaceId;
      const after = await seqOf(env.a);
      const pending = pull(env.a, after, 1500);
      await waiting(env.hub, ws, 1);
      const m = mutation('lp-b1', 1, 'incidents', 'lp-b', { title: 'Only in B' });
      const pushed = await call(env.url, 'POST', '/sync/push', {
        token: env.b,
        body: { clientId: 'lp-b1', mutations: [m] },
      });
      expect(pushed.status).toBe(200);
      expect(env.hub.count(ws)).toBe(1); // still waiting
      const r = await pending;
      expect(page(r.body)).toMatchObject({ changes: [], cursor: after });
    }, 30_000);

    it('a client that gives up leaves no waiter behind', async () => {
      const ws = env.adminA.workspaceId;
      const after = await seqOf(env.a);
      const drop = droppable(env.url, `/sync/pull?after=${after}&wait=30000`, env.a);
      await waiting(env.hub, ws, 1);
      drop();
      await waiting(env.hub, ws, 0);
    }, 30_000);

    it('closing the server answers its waiting pulls instead of hanging', async () => {
      const hub = new ChangeHub();
      const other = await listen({ db: env.db, changes: hub, recheckMs: 60_000 });
      const after = await seqOf(env.a);
      const pending = call(other.url, 'GET', `/sync/pull?after=${after}&wait=30000`, {
        token: env.a,
      });
      await waiting(hub, env.adminA.workspaceId, 1);
      await other.close();
      const r = await pending;
      expect(r.status).toBe(200);
      expect(page(r.body)).toMatchObject({ changes: [], cursor: after });
    }, 20_000);
  });
}
