/** The JSON backup format: versioned, migrated forward, validated before anything is stored. */
import { RECORD_TABLES, validateWrite, type RecordOf, type RecordTable } from '../schemas/index';

export const BACKUP_FORMAT = 'steward-backup';
export const BACKUP_VERSION = 1;

export type BackupTables = { [T in RecordTable]: RecordOf<T>[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  tables: BackupTables;
}

export type BackupErrorCode = 'not-json' | 'not-backup' | 'too-new' | 'invalid';

/** A backup that cannot be restored; `details` lists the first problems (table, row, field). */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    readonly details: string[] = [],
  ) {
    super(code);
  }
}

export function createBackup(tables: BackupTables, exportedAt: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    tables,
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Migrations, one per version step: MIGRATIONS[n] turns a version-n document into version n+1.
 * v0 (the pre-release export) kept rows under `data`, had no format tag, and rows had no
 * `deletedAt`.
 */
export const MIGRATIONS: Record<number, (doc: Json) => Json> = {
  0: (doc) => {
    const data = isObject(doc.data) ? doc.data : {};
    const tables: Json = {};
    for (const [table, rows] of Object.entries(data)) {
      tables[table] = Array.isArray(rows)
        ? rows.map((r: unknown) => (isObject(r) ? { deletedAt: null, ...r } : r))
        : rows;
    }
    return { format: BACKUP_FORMAT, version: 1, exportedAt: doc.exportedAt, tables };
  },
};

/** Runs the migration chain from the document's version up to BACKUP_VERSION. */
export function migrateBackup(doc: Json): Json {
  let current = doc;
  let version = typeof current.version === 'number' ? current.version : Number.NaN;
  if (!Number.isInteger(version) || version < 0) throw new BackupError('not-backup');
  if (version > BACKUP_VERSION) throw new BackupError('too-new');
  while (version < BACKUP_VERSION) {
    const step = MIGRATIONS[version];
    if (step === undefined) throw new BackupError('not-backup');
    current = step(current);
    version++;
    if (current.version !== version) throw new Error(`Migration ${String(version - 1)} is broken.`);
  }
  return current;
}

const MAX_DETAILS = 20;

/** Parses, migrates and validates a backup file's text; throws BackupError, never half-parses. */
export function parseBackup(text: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError('not-json');
  }
  if (!isObject(raw)) throw new BackupError('not-backup');
  const isV0 = raw.format === undefined && raw.version === 0 && isObject(raw.data);
  if (raw.format !== BACKUP_FORMAT && !isV0) throw new BackupError('not-backup');
  const doc = migrateBackup(raw);
  const source = isObject(doc.tables) ? doc.tables : {};
  const details: string[] = [];
  const tables = {} as Record<RecordTable, unknown[]>;
  for (const table of RECORD_TABLES) {
    const rows = source[table] ?? [];
    if (!Array.isArray(rows)) {
      details.push(`${table}: not a list`);
      continue;
    }
    tables[table] = rows.map((row: unknown, index) => {
      const result = validateWrite(table, row); // a file's texts are new: held to their limits
      if (result.ok) return result.value;
      if (details.length < MAX_DETAILS) {
        const first = result.errors[0];
        details.push(
          `${table} #${String(index + 1)}: ${first ? `${first.path}: ${first.message}` : ''}`,
        );
      }
      return null;
    });
  }
  if (details.length > 0) throw new BackupError('invalid', details);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt : '',
    tables: tables as BackupTables,
  };
}

export function backupCounts(backup: Backup): Partial<Record<RecordTable, number>> {
  return Object.fromEntries(RECORD_TABLES.map((t) => [t, backup.tables[t].length]));
}
