import { describe, expect, it } from 'vitest';
import type { Member, PullQuery } from '../../shared/sync/index';
import type { Queryable } from '../db/types';
import { ChangeHub } from './notify';
import { PullReader } from './pull-batch';
import { pullChanges } from './pull';
import type { RecordRow } from './pull';

const member: Member = {
  id: 'm',
  email: 'm@x.test',
  role: 'csm',
  workspaceId: 'ws',
  workspaceName: 'W',
};

/** Records with seq 1..n in workspace 'ws'; answers the page and head queries, counting them. */
function fakeDb(n: number) {
  const rows: RecordRow[] = Array.from({ length: n }, (_, i) => ({
    seq: i + 1,
    table_name: 'incidents',
    record_id: `r${String(i + 1)}`,
    fields: `{"title":{"value":"t${String(i + 1)}","hlc":"h"}}`,
  }));
  const sql: string[] = [];
  const db: Queryable = {
    query: <T extends object>(text: string, params: unknown[] = []) => {
      sql.push(text);
      if (text.includes('ORDER BY seq DESC')) {
        return Promise.resolve([{ seq: rows.length }] as T[]);
      }
      const [, after, limit] = params as [string, number, number];
      return Promise.resolve(rows.filter((r) => Number(r.seq) > after).slice(0, limit) as T[]);
    },
    exec: () => Promise.resolve(),
  };
  return { db, sql, add: () => rows.push({ ...rows[0], seq: rows.length + 1 } as RecordRow) };
}

const q = (after: number, limit = 200): PullQuery => ({ after, limit, count: false, wait: 0 });

describe('PullReader', () => {
  it('answers pulls of one turn from one read, each as its own read would', async () => {
    const { db, sql } = fakeDb(30);
    const reader = new PullReader({ db, hub: new ChangeHub(), trustHead: false });
    const queries = [q(28), q(10), q(25, 2), q(5, 10), q(30)];
    const shared = await Promise.all(queries.map((x) => reader.pull(member, x)));
    expect(sql).toHaveLength(1);
    const alone = await Promise.all(queries.map((x) => pullChanges(db, member, x)));
    expect(shared).toEqual(alone);
  });

  it('reads alone a pull whose page reaches past the shared read', async () => {
    const { db, sql } = fakeDb(30);
    const reader = new PullReader({ db, hub: new ChangeHub(), trustHead: false });
    // The read from 0 is cut at 3 rows (limit 2 + 1); the pull after 20 finds none of its rows there.
    const queries = [q(1, 2), q(20, 5)];
    const shared = await Promise.all(queries.map((x) => reader.pull(member, x)));
    expect(sql).toHaveLength(2);
    expect(shared).toEqual(await Promise.all(queries.map((x) => pullChanges(db, member, x))));
  });

  it('on PGlite knows the newest number from published pushes: no query for nothing new', async () => {
    const { db, sql, add } = fakeDb(3);
    const hub = new ChangeHub();
    const reader = new PullReader({ db, hub, trustHead: true });
    expect(await reader.hasChangesAfter('ws', 3)).toBe(false); // asks once
    expect(await reader.hasChangesAfter('ws', 3)).toBe(false);
    expect(await reader.pull(member, q(3))).toBe('{"changes":[],"cursor":3,"hasMore":false}');
    expect(sql).toHaveLength(1);
    add();
    hub.publish('ws', 4);
    expect(await reader.hasChangesAfter('ws', 3)).toBe(true);
    expect(sql).toHaveLength(1);
    // A periodic re-check asks the database; so does a notice without a number (another instance).
    expect(await reader.hasChangesAfter('ws', 4, true)).toBe(false);
    hub.publish('ws');
    expect(await reader.hasChangesAfter('ws', 4)).toBe(false);
    expect(sql).toHaveLength(3);
  });

  it('with PostgreSQL always asks the database', async () => {
    const { db, sql } = fakeDb(3);
    const hub = new ChangeHub();
    const reader = new PullReader({ db, hub, trustHead: false });
    hub.publish('ws', 3);
    expect(await reader.hasChangesAfter('ws', 3)).toBe(false);
    await reader.pull(member, q(3));
    expect(sql).toHaveLength(2);
  });

  it('never answers a pull woken by a change with a look begun before it', async () => {
    const { db, sql, add } = fakeDb(3);
    const hub = new ChangeHub();
    const reader = new PullReader({ db, hub, trustHead: false });
    const before = reader.hasChangesAfter('ws', 3); // in flight…
    add(); // …when another instance commits, and its notice arrives
    hub.publish('ws');
    expect(await reader.hasChangesAfter('ws', 3)).toBe(true);
    expect(await before).toBe(false);
    expect(sql).toHaveLength(2);
  });
});
