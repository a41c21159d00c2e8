import { openPglite } from './db/pglite';
import { membersSuite } from './test/members-suite';

membersSuite('PGlite', async () => {
  const db = await openPglite();
  return { db, cleanup: () => db.close() };
});
