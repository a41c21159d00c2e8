import Dexie, { type ObservabilitySet } from 'dexie';
import type { RecordTable } from '@shared/schemas/index';
import { database, type StewardDatabase } from './database';

/**
 * Calls `listener` after each committed write to one of `tables`, made in this context or in
 * another window or worker of the app (Dexie broadcasts its writes). For caches that read again
 * only after a change, without holding a live query. Returns the unsubscribe function.
 */
export function onTablesChanged(
  tables: ReadonlyArray<RecordTable | 'preferences' | 'meta'>,
  listener: () => void,
  db: StewardDatabase = database(),
): () => void {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const handler = (parts: ObservabilitySet) => {
    for (const part of Object.keys(parts)) {
      if (prefixes.some((prefix) => part.startsWith(prefix))) {
        listener();
        return;
      }
    }
  };
  Dexie.on('storagemutated', handler);
  return () => {
    Dexie.on.storagemutated.unsubscribe(handler);
  };
}
