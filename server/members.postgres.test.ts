import { afterAll, beforeAll } from 'vitest';
import { startPostgres } from '../test/lib/postgres';
import type { PgCluster } from '../test/lib/postgres';
import { openPostgres } from './db/postgres';
import { membersSuite } from './test/members-suite';

// A private cluster for this file; the suite is the same one PGlite passes.
let cluster: PgCluster | undefined;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop(), 60_000);

membersSuite('PostgreSQL', (name) => {
  if (cluster === undefined) throw new Error('PostgreSQL did not start');
  const db = openPostgres(cluster.createDatabase(name));
  return Promise.resolve({ db, cleanup: () => db.close() });
});
