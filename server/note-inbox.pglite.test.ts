/**
 * Delivered conflict notes leave the server: a note stays until each device it names has pulled
 * from a stored cursor past it (sync/note-inbox.ts). Positions are applied when the server closes
 * here (the periodic flush is set beyond the test), so what is asserted does not race a timer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTES_TABLE } from '../shared/sync/index';
import type { PullResponse, PushResponse } from '../shared/sync/index';
import { createAdmin } from './auth/members';
import { openPglite } from './db/pglite';
import { migrate } from './db/migrate';
import type { Db } from './db/types';
import { incident, mutation, PASSWORD } from './test/fixtures';
import { call, listen, signIn } from './test/http';
import type { Running } from './test/http';

let db: Db;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  await createAdmin(db, { workspace: 'Team N', email: 'nia@n.test', password: PASSWORD });
}, 120_000);
afterAll(async () => {
  await db.close();
});

const start = (): Promise<Running> => listen({ db, noteFlushEveryMs: 3_600_000 });

const notesHeld = async () =>
  (
    await db.query<{ n: unknown }>('SELECT count(*) AS n FROM records WHERE table_name = $1', [
      NOTES_TABLE,
    ])
  )[0]?.n;

describe('conflict notes on the server', () => {
  it('are dropped once both devices they name pulled past them, and not on anyone else’s word', async () => {
    let server = await start();
    const nia = await signIn(server.url, 'Team N', 'nia@n.test', PASSWORD);
    const added = await call(server.url, 'POST', '/members', {
      token: nia,
      body: { email: 'otto@n.test', password: PASSWORD, role: 'csm' },
    });
    expect(added.status).toBe(201);
    const otto = await signIn(server.url, 'Team N', 'otto@n.test', PASSWORD);
    const pull = (token: string, after: number, clientId?: string) =>
      call(
        server.url,
        'GET',
        `/sync/pull?after=${after}&limit=100${clientId === undefined ? '' : `&clientId=${clientId}`}`,
        { token },
      );

    // Two laptops of one member: the second writes a title offline, unseen by the first.
    const t = Date.now();
    const push = (clientId: string, values: object, at: number) =>
      call(server.url, 'POST', '/sync/push', {
        token: nia,
        body: {
          clientId,
          mutations: [
            { ...mutation(clientId, 1, 'incidents', 'inc-1', { ...values }, at), base: {} },
          ],
        },
      });
    expect((await push('lap-1', incident('inc-1', { title: 'New' }), t)).status).toBe(200);
    const late = (await push('lap-2', { title: 'Old' }, t - 1_000)).body as PushResponse;
    expect(late.conflicts).toHaveLength(1);
    const head = ((await pull(nia, 0)).body as PullResponse).cursor;
    expect(await notesHeld()).toBe(1);

    // lap-1 holds it; another member cannot speak for lap-2; a pull without a client id says nothing.
    expect((await pull(nia, head, 'lap-1')).status).toBe(200);
    expect((await pull(otto, head, 'lap-2')).status).toBe(200);
    expect((await pull(nia, head)).status).toBe(200);
    await server.close(); // applies what the pulls said
    expect(await notesHeld()).toBe(1);

    server = await start();
    // lap-2 from a cursor before the note: it still has to receive it.
    expect((await pull(nia, head - 1, 'lap-2')).status).toBe(200);
    await server.close();
    expect(await notesHeld()).toBe(1);

    server = await start();
    expect((await pull(nia, head, 'lap-2')).status).toBe(200);
    await server.close();
    expect(await notesHeld()).toBe(0);
    const inbox = await db.query<{ n: unknown }>('SELECT count(*) AS n FROM note_inbox');
    expect(inbox[0]?.n).toBe(0);
  }, 60_000);
});
