/**
 * What one pull may skip reading back. A device's first download starts from a store with no
 * synced state: reading 50,000 absent field maps and records, one by one, and deleting as many
 * absent warnings was most of a bootstrap's storage time. The scope is decided once, at the
 * pull's first page, and keeps track of what local edits stamp while the pull runs.
 */
import type { Table } from 'dexie';
import { RECORD_TABLES } from '@shared/schemas/index';
import { recordKey } from '@shared/sync/index';
import type { StewardDatabase } from './database';
import { SYNC_META, readMeta } from './sync-meta';

export interface PullScope {
  /** No field maps were stored when the pull began (only keys stamped since may have one). */
  fresh: boolean;
  /** `table\0id` of records stamped by local edits since the pull began. */
  stampedKeys: Set<string>;
  /** Record tables that held rows when the pull began. */
  populated: Set<string>;
  /** Sync warnings may exist (some did at the start, or this pull wrote one). */
  warnings: boolean;
  /** On a fresh pull: the rank fields of every incident written, by id. */
  incidents: Map<string, Record<string, unknown>>;
}

export async function openPullScope(db: StewardDatabase): Promise<PullScope> {
  const cursor = (await readMeta<number>(db, SYNC_META.cursor)) ?? 0;
  const hasRows = async (t: Table) => (await t.limit(1).primaryKeys()).length > 0;
  const fresh = cursor === 0 && !(await hasRows(db.syncFields));
  const populated = new Set<string>();
  if (fresh) {
    for (const t of RECORD_TABLES) if (await hasRows(db.table(t))) populated.add(t);
  }
  return {
    fresh,
    stampedKeys: new Set(),
    populated,
    warnings: !fresh || (await hasRows(db.syncWarnings)),
    incidents: new Map(),
  };
}

/** A pull that skips nothing: right for any store, and what every pull after the first is. */
export function settledScope(): PullScope {
  return {
    fresh: false,
    stampedKeys: new Set(),
    populated: new Set(),
    warnings: true,
    incidents: new Map(),
  };
}

/**
 * `table.bulkGet(keys)`, except that on a fresh pull only keys that can exist are read: those of
 * tables that held rows at the start, and those stamped by local edits since.
 */
export async function readBack<T, K>(
  table: Table<T, K>,
  keys: K[],
  scope: PullScope,
  keyOf: (key: K) => string = (key) => recordKey(...(key as unknown as [string, string])),
  recordTable?: string,
): Promise<Array<T | undefined>> {
  if (!scope.fresh) return table.bulkGet(keys);
  if (recordTable !== undefined && scope.populated.has(recordTable)) return table.bulkGet(keys);
  const wanted = keys.filter((k) => scope.stampedKeys.has(keyOf(k)));
  if (wanted.length === 0) return keys.map(() => undefined);
  const found = await table.bulkGet(wanted);
  const byKey = new Map(wanted.map((k, i) => [keyOf(k), found[i]]));
  return keys.map((k) => byKey.get(keyOf(k)));
}

/** The fields rank-key repair reads. */
export function rankFields(incident: Record<string, unknown>): Record<string, unknown> {
  const { id, accountId, rankKey, deletedAt } = incident;
  return { id, accountId, rankKey, deletedAt };
}
