/**
 * Text limits on push, over real HTTP (PGlite): an over-limit text refuses that change alone,
 * inside a successful push; a text the server already holds (stored before the limits) syncs
 * as it is until someone edits it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../shared/schemas/index';
import { stampFields, formatHlc } from '../shared/sync/index';
import type { PullResponse, PushResponse } from '../shared/sync/index';
import { createAdmin } from './auth/members';
import { openPglite } from './db/pglite';
import { migrate } from './db/migrate';
import type { Db } from './db/types';
import { incident, mutation, PASSWORD } from './test/fixtures';
import { call, listen, signIn, type Running } from './test/http';

const LONG = 'W'.repeat(10_000);
let db: Db;
let server: Running;
let token = '';

const push = async (body: unknown) => {
  const r = await call(server.url, 'POST', '/sync/push', { token, body });
  expect(r.status, r.message).toBe(200);
  return r.body as PushResponse;
};
const pulled = async (recordId: string) => {
  const r = await call(server.url, 'GET', '/sync/pull?after=0&limit=1000', { token });
  return (r.body as PullResponse).changes.filter((c) => c.recordId === recordId);
};

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  await createAdmin(db, { workspace: 'Team A', email: 'ada@a.test', password: PASSWORD });
  server = await listen({ db, signInLimit: { max: 100, windowMs: 60_000 }, recheckMs: 60_000 });
  token = await signIn(server.url, 'Team A', 'ada@a.test', PASSWORD);
}, 120_000);

afterAll(async () => {
  await server.close();
  await db.close();
}, 60_000);

describe('text limits on push', () => {
  it('refuses an over-limit title as that one change, applying the others of the push', async () => {
    const ms = [
      mutation('lim-1', 1, 'incidents', 'ok-1', incident('ok-1')),
      mutation('lim-1', 2, 'incidents', 'long-1', incident('long-1', { title: 'x'.repeat(201) })),
      mutation('lim-1', 3, 'incidents', 'ok-2', incident('ok-2')),
    ];
    const body = await push({ clientId: 'lim-1', mutations: ms });
    expect(body.applied).toBe(2);
    expect(body.refused.map((x) => [x.mutationId, x.code])).toEqual([[2, 'text-too-long']]);
    expect(body.refused[0]?.message).toMatch(
      new RegExp(`^title: Title is longer than ${String(TEXT_LIMITS.name)} characters`),
    );
    expect(await pulled('long-1')).toEqual([]);
    expect(await pulled('ok-2')).toHaveLength(1);
  });

  it('keeps a value stored before the limits through other edits, and refuses editing it', async () => {
    // Stored before the limits existed: written as the server stores records.
    const [ws] = await db.query<{ id: string }>("SELECT id FROM workspaces WHERE name = 'Team A'");
    const hlc = formatHlc({ millis: Date.now() - 60_000, counter: 0, node: 'old-device' });
    const fields = stampFields(incident('legacy', { title: LONG }), hlc);
    await db.query(
      'INSERT INTO records (workspace_id, table_name, record_id, fields, seq) VALUES ($1, $2, $3, $4::jsonb, 1)',
      [ws?.id, 'incidents', 'legacy', JSON.stringify(fields)],
    );
    const other = await push({
      clientId: 'lim-2',
      // The same long title sent again (a whole-record push) with a new status: accepted.
      mutations: [
        mutation('lim-2', 1, 'incidents', 'legacy', { status: 'in-progress', title: LONG }),
      ],
    });
    expect(other.refused).toEqual([]);
    expect(other.applied).toBe(1);
    const edit = await push({
      clientId: 'lim-2',
      mutations: [mutation('lim-2', 2, 'incidents', 'legacy', { title: `${LONG}!` })],
    });
    expect(edit.refused.map((x) => x.code)).toEqual(['text-too-long']);
    const title = (await pulled('legacy'))[0]?.fields.title?.value;
    expect(title).toBe(LONG);
  });
});
