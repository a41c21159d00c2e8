/** Sync bookkeeping in the `meta` table: device id, clock, counters, cursor and the session. */
import type { Member } from '@shared/sync/index';
import { database, type StewardDatabase } from './database';

export const SYNC_META = {
  clientId: 'sync.clientId',
  hlc: 'sync.hlc',
  nextMutationId: 'sync.nextMutationId',
  cursor: 'sync.cursor',
  session: 'sync.session',
  /** Server + workspace the cursor and field clocks belong to. */
  origin: 'sync.origin',
  lastSyncAt: 'sync.lastSyncAt',
} as const;

/** Who is signed in, where; the token itself is kept by the bridge (safeStorage / IndexedDB). */
export interface SyncSession {
  serverUrl: string;
  workspace: string;
  email: string;
  member: Member;
  expiresAt: string;
}

export async function readMeta<T>(db: StewardDatabase, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function writeMeta(key: string, value: unknown, db = database()): Promise<void> {
  await db.meta.put({ key, value });
}

function randomClientId(): string {
  return `d-${crypto.randomUUID().replaceAll('-', '')}`;
}

/** This device's sync id: made once, then kept (the server binds it to the member using it). */
export async function ensureClientId(db: StewardDatabase = database()): Promise<string> {
  return db.transaction('rw', db.meta, () => clientIdIn(db));
}

/** The same, inside the caller's transaction (which includes meta): a save stamping its change. */
export async function clientIdIn(db: StewardDatabase): Promise<string> {
  const existing = await readMeta<string>(db, SYNC_META.clientId);
  if (typeof existing === 'string' && existing !== '') return existing;
  const id = randomClientId();
  await db.meta.put({ key: SYNC_META.clientId, value: id });
  return id;
}

export function readSession(db: StewardDatabase = database()): Promise<SyncSession | undefined> {
  return readMeta<SyncSession>(db, SYNC_META.session);
}

/**
 * Stores the session. Signing in to another server, workspace or member starts over: the cursor
 * and field clocks of the old one mean nothing there, and the server binds a device id to one
 * member, so this device takes a new id (unsent outbox rows are kept and re-stamped).
 */
export async function startSession(
  session: SyncSession,
  db: StewardDatabase = database(),
): Promise<void> {
  const origin = `${session.serverUrl}|${session.member.workspaceId}|${session.member.id}`;
  const tables = [db.meta, db.syncFields, db.conflicts, db.syncWarnings, db.outbox];
  await db.transaction('rw', tables, async () => {
    const previous = await readMeta<string>(db, SYNC_META.origin);
    if (previous !== undefined && previous !== origin) {
      await db.meta.bulkDelete([
        SYNC_META.cursor,
        SYNC_META.lastSyncAt,
        SYNC_META.clientId,
        SYNC_META.hlc,
        SYNC_META.nextMutationId,
      ]);
      await Promise.all([db.syncFields.clear(), db.conflicts.clear(), db.syncWarnings.clear()]);
      await db.outbox.toCollection().modify((row) => {
        delete row.mutationId;
        delete row.hlc;
      });
    }
    await db.meta.bulkPut([
      { key: SYNC_META.session, value: session },
      { key: SYNC_META.origin, value: origin },
    ]);
  });
}

/** Never reuse a mutation id the server already holds for this device (e.g. a restored backup). */
export async function raiseNextMutationId(
  lastMutationId: number,
  db: StewardDatabase = database(),
): Promise<void> {
  await db.transaction('rw', db.meta, db.outbox, async () => {
    const stored = (await readMeta<number>(db, SYNC_META.nextMutationId)) ?? 1;
    if (stored > lastMutationId) return;
    let next = lastMutationId + 1;
    // Rows already stamped with ids the server holds (saves stamp at once) would be taken for
    // repeats: they get new ids. One the server did apply comes back with its clocks and
    // merges to nothing.
    await db.outbox
      .filter((r) => r.mutationId !== undefined && r.mutationId <= lastMutationId)
      .modify((r) => {
        r.mutationId = next++;
      });
    await db.meta.put({ key: SYNC_META.nextMutationId, value: next });
  });
}

/** Forgets the session; `discardOutbox` drops unsent changes (the user confirmed it). */
export async function endSession(
  opts: { discardOutbox: boolean },
  db: StewardDatabase = database(),
): Promise<void> {
  await db.transaction('rw', [db.meta, db.outbox], async () => {
    await db.meta.delete(SYNC_META.session);
    if (opts.discardOutbox) await db.outbox.clear();
  });
}
