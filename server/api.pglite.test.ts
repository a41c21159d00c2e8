import { openPglite } from './db/pglite';
import { apiSuite } from './test/api-suite';

// One in-memory PGlite for the whole file: creating one takes several seconds.
apiSuite('PGlite', async () => {
  const db = await openPglite();
  return { db, cleanup: () => db.close() };
});
