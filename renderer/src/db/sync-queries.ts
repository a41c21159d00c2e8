/** Live queries for the sync screens and the conflict note other screens mount. */
import { useLiveQuery } from 'dexie-react-hooks';
import { database, type ConflictRow } from './database';
import { readSession, type SyncSession } from './sync-meta';

/** undefined while loading, null when signed out. */
export function useSyncSession(): SyncSession | null | undefined {
  return useLiveQuery(async () => (await readSession()) ?? null, []);
}

/** Local changes not yet acknowledged by the server. */
export function usePendingChangeCount(): number | undefined {
  return useLiveQuery(() => database().outbox.count(), []);
}

export function useConflicts(table: string, recordId: string): ConflictRow[] | undefined {
  return useLiveQuery(
    () => database().conflicts.where('[table+recordId]').equals([table, recordId]).toArray(),
    [table, recordId],
  );
}

export async function dismissConflicts(table: string, recordId: string): Promise<void> {
  await database().conflicts.where('[table+recordId]').equals([table, recordId]).delete();
}

export interface ConflictRecord {
  table: string;
  recordId: string;
  /** The record's name or title when it has one, else its id. */
  label: string;
}

/** Records with conflict notes, newest first. */
export function useConflictRecords(): ConflictRecord[] | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const notes = (await db.conflicts.toArray()).sort((a, b) => b.seenAt - a.seenAt);
    const seen = new Map<string, ConflictRecord>();
    for (const n of notes) {
      const k = `${n.table}/${n.recordId}`;
      if (seen.has(k)) continue;
      const row = (await db
        .table<Record<string, unknown>, string>(n.table)
        .get(n.recordId)
        .catch(() => undefined)) as { name?: unknown; title?: unknown } | undefined;
      const label =
        typeof row?.name === 'string'
          ? row.name
          : typeof row?.title === 'string'
            ? row.title
            : n.recordId;
      seen.set(k, { table: n.table, recordId: n.recordId, label });
    }
    return [...seen.values()];
  }, []);
}
