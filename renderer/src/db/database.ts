import Dexie, { type EntityTable, type Table } from 'dexie';
import type { RecordOf, RecordTable } from '@shared/schemas/index';
import type { ConflictNote, FieldMap, PackedFieldMap } from '@shared/sync/index';
import type { Preferences } from './preferences-schema';

export const DATABASE_NAME = 'steward';

/** Device-local preferences row; workspace records live in their own tables. */
export interface PreferencesRow extends Preferences {
  key: 'device';
}

/** A local change waiting to be sent to the sync server, written in the same transaction. */
export interface OutboxRow {
  seq?: number;
  table: RecordTable;
  recordId: string;
  /** Only the fields this change set, with their new values. */
  fields: Record<string, unknown>;
  /** Wall-clock time of the edit (ms); the sync layer turns it into a hybrid logical clock. */
  at: number;
  /** Set by the sync replica when it first queues the row, so a retried push reuses them. */
  mutationId?: number;
  hlc?: string;
  /** Per field, the clock of the value this edit replaced here (the mutation's `base`). */
  base?: Record<string, string>;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Per-record field clocks (the synced field map), including fields this app version does not know. */
export interface SyncFieldsRow {
  table: string;
  recordId: string;
  /** The field map, packed (shared/sync/packed.ts): what rows are written as now. */
  packed?: PackedFieldMap;
  /** The field map as rows before packing held it (still read, never written). */
  fields?: FieldMap;
  /**
   * Fields whose local write this device has not yet seen come back from the server. Only these
   * can raise a conflict note: overwriting a write the others had already seen is no conflict.
   */
  unconfirmed?: string[];
}

/** "Your edit of this field lost to someone else's": shown on the record until dismissed. */
export interface ConflictRow extends ConflictNote {
  /** When this device learned about it (ms). */
  seenAt: number;
}

/** A merged record this app version cannot show (invalid here): its plain row was left as it was. */
export interface SyncWarningRow {
  table: string;
  recordId: string;
  issues: Array<{ field: string; message: string }>;
  at: number;
}

/**
 * A local change the sync server refused (400/413 for that one change): taken out of the outbox
 * so the rest can sync. The record here still holds the values; other devices do not have them.
 */
export interface SyncRefusedRow {
  id?: number;
  table: string;
  recordId: string;
  /** The values that were not sent. */
  fields: Record<string, unknown>;
  message: string;
  /** The server's reason code, when it gave one (the Sync screen words known codes itself). */
  code?: string;
  at: number;
}

type RecordTables = { [T in RecordTable]: Table<RecordOf<T>, string> };

export type StewardDatabase = Dexie &
  RecordTables & {
    preferences: EntityTable<PreferencesRow, 'key'>;
    outbox: EntityTable<OutboxRow, 'seq'>;
    meta: EntityTable<MetaRow, 'key'>;
    syncFields: Table<SyncFieldsRow, [string, string]>;
    conflicts: Table<ConflictRow, [string, string, string]>;
    syncWarnings: Table<SyncWarningRow, [string, string]>;
    syncRefused: EntityTable<SyncRefusedRow, 'id'>;
  };

/**
 * Index plan, per the queries the screens make. deletedAt is not indexed: IndexedDB cannot index
 * null, and soft-deleted rows are filtered in memory.
 */
export const SCHEMA_V2: Record<
  Exclude<RecordTable, 'readinessAssessments'> | 'outbox' | 'meta',
  string
> = {
  accounts: 'id, name, plan, csmName, sdmName, updatedAt',
  incidents: 'id, accountId, status, severity, [accountId+status], reportedAt, updatedAt',
  meetings: 'id, accountId, startsAt, updatedAt',
  actionItems: 'id, accountId, meetingId, status, dueDate, updatedAt',
  releases: 'id, releaseDate, updatedAt',
  releaseAssessments: 'id, releaseId, accountId, &[releaseId+accountId], updatedAt',
  specialEvents: 'id, accountId, start, updatedAt',
  timeEntries: 'id, accountId, at, updatedAt',
  workOrders: 'id, accountId, updatedAt',
  settings: 'id',
  outbox: '++seq, [table+recordId]',
  meta: 'key',
};

/** Version 3 adds sustainability readiness assessments (issue #6). */
export const SCHEMA_V3_ADDED = { readinessAssessments: 'id, accountId, assessedOn, updatedAt' };

/** Version 4 adds the sync replica's field clocks, conflict notes and warnings (issue #8). */
export const SCHEMA_V4_ADDED = {
  syncFields: '[table+recordId]',
  conflicts: '[table+recordId+field], [table+recordId]',
  syncWarnings: '[table+recordId]',
};

/** Version 5 keeps the changes the server refused, so one bad change no longer blocks the rest. */
export const SCHEMA_V5_ADDED = { syncRefused: '++id, [table+recordId]' };

/**
 * Version 6 keeps only the indexes the screens query (accountId everywhere, incident status,
 * action items by meeting, releases by date, the one-assessment-per-release-and-account rule).
 * Every index is written with each row: the others only slowed saves and the first download.
 */
export const SCHEMA_V6_INDEXES = {
  accounts: 'id',
  incidents: 'id, accountId, status',
  meetings: 'id, accountId',
  actionItems: 'id, accountId, meetingId',
  releases: 'id, releaseDate',
  releaseAssessments: 'id, releaseId, accountId, &[releaseId+accountId]',
  specialEvents: 'id, accountId',
  timeEntries: 'id, accountId',
  workOrders: 'id, accountId',
  readinessAssessments: 'id, accountId',
} satisfies Partial<Record<RecordTable, string>>;

/** Opens (and upgrades) the app's IndexedDB database. Only the db/ layer calls this. */
export function openDatabase(name: string = DATABASE_NAME): StewardDatabase {
  const db = new Dexie(name) as StewardDatabase;
  db.version(1).stores({ preferences: 'key' });
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3_ADDED);
  db.version(4).stores(SCHEMA_V4_ADDED);
  db.version(5).stores(SCHEMA_V5_ADDED);
  db.version(6).stores(SCHEMA_V6_INDEXES);
  return db;
}

let current: StewardDatabase | null = null;

export function database(): StewardDatabase {
  current ??= openDatabase();
  return current;
}

/** Tests point the app at a fresh database. */
export function setDatabaseForTesting(db: StewardDatabase | null): void {
  current = db;
}
