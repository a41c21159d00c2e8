/** How the sync replica stores field maps and reads outbox values (see sync-replica.ts). */
import { jsonEqual, packFieldMap, unpackFieldMap } from '@shared/sync/index';
import type { FieldMap, JsonValue } from '@shared/sync/index';
import type { SyncFieldsRow } from './database';

/** A stored field map, packed or (rows from before packing) as it is. */
export const fieldsOf = (row: SyncFieldsRow | undefined): FieldMap | undefined =>
  row?.packed === undefined ? row?.fields : unpackFieldMap(row.packed);

export const fieldsRow = (
  table: string,
  recordId: string,
  fields: FieldMap,
  unconfirmed: Set<string> | undefined,
): SyncFieldsRow => ({
  table,
  recordId,
  packed: packFieldMap(fields),
  unconfirmed: [...(unconfirmed ?? [])],
});

/** JSON values only: `undefined` (a cleared optional field) has no wire form and is left out. */
export function jsonFields(fields: Record<string, unknown>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v !== undefined) out[k] = v as JsonValue;
  }
  return out;
}

/**
 * Whether a stored plain row already holds these values. Key order does not count: the server's
 * jsonb hands nested objects back with their keys reordered.
 */
export function sameRow(
  stored: Record<string, unknown> | undefined,
  row: Record<string, unknown>,
): boolean {
  if (stored === undefined) return false;
  const keys = Object.keys(row);
  if (Object.keys(stored).length !== keys.length) return false;
  return keys.every(
    (k) => Object.hasOwn(stored, k) && jsonEqual(stored[k] as JsonValue, row[k] as JsonValue),
  );
}
