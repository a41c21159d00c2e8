import { afterEach, beforeEach } from 'vitest';
import { openDatabase, setDatabaseForTesting, type StewardDatabase } from './database';

/**
 * Test set-up: each test of the calling file (or describe block) gets a fresh database, open and
 * installed as the app's, handed to `setUp` (which keeps it and seeds it); it is deleted after
 * the test. One place for what every component and data-layer test file needs.
 */
export function withTestDatabase(
  prefix: string,
  setUp: (db: StewardDatabase) => Promise<void> | void,
): void {
  let db: StewardDatabase | null = null;
  let n = 0;
  beforeEach(async () => {
    db = openDatabase(`${prefix}-${String(++n)}`);
    await db.open();
    setDatabaseForTesting(db);
    await setUp(db);
  });
  afterEach(async () => {
    setDatabaseForTesting(null);
    await db?.delete();
    db = null;
  });
}
