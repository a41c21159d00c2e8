import type { RecordTable } from '@shared/schemas/index';
import { database, type StewardDatabase } from './database';
import { guardQuota } from './errors';

/**
 * Deletes a record from the Trash for good, on this device only. Its tombstone has already
 * been queued for sync when it was soft-deleted, so other devices keep it in their Trash until
 * they purge it too. Refuses records that are not in the Trash.
 */
export async function purgeRecord(
  table: RecordTable,
  id: string,
  db: StewardDatabase = database(),
): Promise<void> {
  const store = db.table<{ id: string; deletedAt: string | null }, string>(table);
  await guardQuota(() =>
    db.transaction('rw', store, async () => {
      const row = await store.get(id);
      if (!row) return;
      if (row.deletedAt === null) throw new Error('Only records in the Trash can be purged.');
      await store.delete(id);
    }),
  );
}
