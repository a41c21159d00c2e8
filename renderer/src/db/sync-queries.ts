/** Live queries for the sync screens and the conflict note other screens mount. */
import { useLiveQuery } from 'dexie-react-hooks';
import { database, type ConflictRow, type StewardDatabase, type SyncRefusedRow } from './database';
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

/** How a screen names a record it lists (the sync screen's notes, refusals, warnings). */
export interface RecordRef {
  table: string;
  recordId: string;
  /** The record's name or title when it has one, else its id. */
  label: string;
  /** The record exists here and is not in the Trash: a link to its page would show it. */
  present: boolean;
}

type Named = { name?: unknown; title?: unknown; deletedAt?: unknown } | undefined;

async function readNamed(db: StewardDatabase, table: string, recordId: string): Promise<Named> {
  try {
    return await db.table<Record<string, unknown>, string>(table).get(recordId);
  } catch {
    // A table this version does not have (a record type from a newer app): no name to show.
    return undefined;
  }
}

async function recordRef(db: StewardDatabase, table: string, recordId: string): Promise<RecordRef> {
  const row = await readNamed(db, table, recordId);
  const label =
    typeof row?.name === 'string' && row.name !== ''
      ? row.name
      : typeof row?.title === 'string' && row.title !== ''
        ? row.title
        : recordId;
  const present = row !== undefined && (row.deletedAt === null || row.deletedAt === undefined);
  return { table, recordId, label, present };
}

export type ConflictRecord = RecordRef;

/** Records with conflict notes, newest first. */
export function useConflictRecords(): ConflictRecord[] | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const notes = (await db.conflicts.toArray()).sort((a, b) => b.seenAt - a.seenAt);
    const seen = new Map<string, ConflictRecord>();
    for (const n of notes) {
      const k = `${n.table}/${n.recordId}`;
      if (!seen.has(k)) seen.set(k, await recordRef(db, n.table, n.recordId));
    }
    return [...seen.values()];
  }, []);
}

/** A local change the server refused, with the record it belongs to. */
export interface RefusedChange extends RecordRef {
  id: number;
  /** Names of the fields that were not sent. */
  fields: string[];
  message: string;
  code?: string;
  at: number;
}

/** Changes the sync server refused (taken out of the outbox), newest first. */
export function useSyncRefusals(): RefusedChange[] | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const rows = (await db.syncRefused.toArray()).sort((a, b) => b.at - a.at);
    const out: RefusedChange[] = [];
    for (const r of rows) {
      if (r.id === undefined) continue;
      const ref = await recordRef(db, r.table, r.recordId);
      const code = r.code === undefined ? {} : { code: r.code };
      out.push({
        ...ref,
        id: r.id,
        fields: Object.keys(r.fields),
        message: r.message,
        ...code,
        at: r.at,
      });
    }
    return out;
  }, []);
}

/** Forgets a refused change; returns the row so Undo can put it back. */
export async function dismissRefusal(id: number): Promise<SyncRefusedRow | undefined> {
  const db = database();
  return db.transaction('rw', db.syncRefused, async () => {
    const row = await db.syncRefused.get(id);
    if (row !== undefined) await db.syncRefused.delete(id);
    return row;
  });
}

export async function restoreRefusal(row: SyncRefusedRow): Promise<void> {
  await database().syncRefused.put(row);
}

/** A record from another device this app version could not apply (it kept its own version). */
export interface NotAppliedRecord extends RecordRef {
  issues: Array<{ field: string; message: string }>;
  at: number;
}

/** Records pulled from other devices that break this version's rules, newest first. */
export function useSyncWarnings(): NotAppliedRecord[] | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const rows = (await db.syncWarnings.toArray()).sort((a, b) => b.at - a.at);
    const out: NotAppliedRecord[] = [];
    for (const w of rows) {
      const ref = await recordRef(db, w.table, w.recordId);
      out.push({ ...ref, issues: w.issues, at: w.at });
    }
    return out;
  }, []);
}
