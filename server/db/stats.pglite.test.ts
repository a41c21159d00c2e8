import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAdmin } from '../auth/members';
import { incident, mutation, PASSWORD } from '../test/fixtures';
import { listen, signIn, transport } from '../test/http';
import type { Running } from '../test/http';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { PlannerStats } from './stats';
import type { Db, Queryable } from './types';

/** The plan of a bootstrap's first pull page (the query pullChanges runs). */
async function pullPlan(db: Queryable, workspaceId: string): Promise<string> {
  const rows = await db.query<Record<string, string>>(
    `EXPLAIN SELECT seq, table_name, record_id, fields::text AS fields FROM records
      WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
    [workspaceId, 0, 101],
  );
  return rows.map((r) => Object.values(r)[0]).join('\n');
}

const knownRecords = async (db: Queryable) =>
  Number(
    (
      await db.query<{ n: unknown }>(
        "SELECT reltuples AS n FROM pg_class WHERE relname = 'records'",
      )
    )[0]?.n,
  );

describe('PlannerStats', () => {
  /** A database that records its ANALYZEs and says the records table holds `rows`. */
  function fakeDb(rows: number, fail = false) {
    const analyses: string[] = [];
    let release: () => void = () => undefined;
    const db: Queryable = {
      exec: async (sql) => {
        analyses.push(sql);
        await new Promise<void>((r) => (release = r));
        if (fail) throw new Error('disk full');
      },
      query: <T extends object>() => Promise.resolve([{ n: rows }] as T[]),
    };
    return { db, analyses, release: () => release() };
  }

  it('waits for a tenth of what is stored, runs one refresh at a time, never throws', async () => {
    const fake = fakeDb(50_000);
    const stats = new PlannerStats(fake.db, { minRows: 1_000, fraction: 0.1 });
    const started = stats.refresh();
    fake.release();
    await started;
    expect(fake.analyses).toHaveLength(1);
    stats.noteWrites(4_999);
    expect(fake.analyses).toHaveLength(1); // 10% of 50,000 not reached
    stats.noteWrites(1);
    expect(fake.analyses).toHaveLength(2);
    stats.noteWrites(20_000); // while one runs: none started beside it
    expect(fake.analyses).toHaveLength(2);
    fake.release();
    await stats.idle();
    expect(fake.analyses[0]).toMatch(/^ANALYZE \(SKIP_LOCKED\) records/);
  });

  it('reports a failed refresh and keeps serving', async () => {
    const fake = fakeDb(0, true);
    const errors: unknown[] = [];
    const stats = new PlannerStats(fake.db, { minRows: 10, onError: (e) => errors.push(e) });
    stats.noteWrites(10);
    fake.release();
    await stats.idle();
    expect(errors).toEqual([new Error('disk full')]);
    stats.noteWrites(10); // tried again at the next threshold
    expect(fake.analyses).toHaveLength(2);
    fake.release();
    await stats.idle();
  });
});

describe('planner statistics (PGlite)', () => {
  let db: Db;
  let server: Running;
  let workspaceId: string;
  let token: string;

  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    workspaceId = (
      await createAdmin(db, { workspace: 'Stats', email: 's@s.test', password: PASSWORD })
    ).workspaceId;
    server = await listen({ db, plannerStats: { minRows: 1_000, fraction: 0.1 } });
    token = await signIn(server.url, 'Stats', 's@s.test', PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('are refreshed after enough pushes, so a pull page reads in index order', async () => {
    const t = transport(server.url, token);
    let id = 0;
    const push = async (n: number) => {
      const mutations = Array.from({ length: n }, () => {
        id++;
        return mutation(
          'dev-1',
          id,
          'incidents',
          `inc-${String(id)}`,
          incident(`inc-${String(id)}`),
        );
      });
      await t.push({ clientId: 'dev-1', mutations });
    };
    for (let i = 0; i < 4; i++) await push(200);
    // 800 rows, under the threshold: the planner still has the empty table's statistics, and
    // would sort every record after the cursor to return the first page.
    expect(await knownRecords(db)).toBeLessThan(800);
    expect(await pullPlan(db, workspaceId)).toMatch(/Sort/);
    for (let i = 0; i < 4; i++) await push(200);
    await vi.waitFor(async () => expect(await knownRecords(db)).toBeGreaterThanOrEqual(1_000));
    const plan = await pullPlan(db, workspaceId);
    expect(plan).toMatch(/Index Scan using records_workspace_seq/);
    expect(plan).not.toMatch(/Sort/);
  }, 60_000);
});
