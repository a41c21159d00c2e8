import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './types';

/** Embedded PostgreSQL (WASM) in a data folder, or in memory when `dataDir` is omitted. */
export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await pg.waitReady;
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T extends object>(sql: string, params: unknown[] = []) {
      const res = await q.query<T>(sql, params);
      return res.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    // PGlite runs one statement at a time and its transaction() holds that lock throughout.
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    // One process owns a PGlite folder: the server's in-process notices reach every waiter.
    onChange: () => Promise.resolve(() => undefined),
    close: () => pg.close(),
  };
}
