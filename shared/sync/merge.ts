/**
 * Per-field last-writer-wins merge, like Excalidraw's reconcile: one small pure
 * function that client and server both run. A field's winner is the higher
 * clock; equal clocks (only from a misbehaving peer) fall back to the value's
 * canonical JSON so the merge stays commutative, associative and idempotent.
 */
import { compareHlc, parseHlc } from './hlc';
import { canonicalJson, jsonEqual } from './json';
import type { JsonValue } from './json';

export interface FieldState {
  value: JsonValue;
  hlc: string;
}

/** A record as synced: every field carries the clock of its last write. */
export type FieldMap = Record<string, FieldState>;

/**
 * Told to the user: their edit of `field` was replaced by one from `by` written without seeing it
 * ('overwritten', the default), or they replaced `by`'s value without having seen it ('unseen').
 */
export interface ConflictNote {
  table: string;
  recordId: string;
  field: string;
  /** This device's value. */
  localValue: JsonValue;
  /** The other device's value: the one that won ('overwritten'), or the one replaced ('unseen'). */
  winningValue: JsonValue;
  /** Client id of the other write. */
  by: string;
  /** When the other write happened (ISO UTC, from its clock). */
  at: string;
  /** 'trashed': a delete and edits that did not see each other (see shared/sync/notes.ts). */
  kind?: 'overwritten' | 'unseen' | 'trashed';
  /** The member who made the other write (e-mail), when the server knows. */
  member?: string;
}

export interface MergeContext {
  table: string;
  recordId: string;
  /** The client whose edits count as "mine" for conflict notes; omit for none. */
  localClientId?: string;
}

export interface MergeResult {
  fields: FieldMap;
  /** Fields where `incoming` won and changed the value or clock. */
  changed: string[];
  conflicts: ConflictNote[];
}

/** True when `candidate` beats `current` (a missing field always loses). */
export function fieldWins(candidate: FieldState, current: FieldState | undefined): boolean {
  if (current === undefined) return true;
  const c = compareHlc(candidate.hlc, current.hlc);
  if (c !== 0) return c > 0;
  return canonicalJson(candidate.value) > canonicalJson(current.value);
}

const own = (map: FieldMap, key: string): FieldState | undefined =>
  Object.hasOwn(map, key) ? map[key] : undefined;

/**
 * Merges `incoming` into `local`. `fields` does not depend on argument order;
 * `changed` and `conflicts` are from the local side's point of view.
 */
export function mergeRecord(
  local: FieldMap | undefined,
  incoming: FieldMap,
  ctx: MergeContext,
): MergeResult {
  const fields: FieldMap = { ...local };
  const changed: string[] = [];
  const conflicts: ConflictNote[] = [];
  for (const key of Object.keys(incoming)) {
    if (key === '__proto__') continue;
    const theirs = own(incoming, key);
    if (theirs === undefined) continue;
    const mine = local === undefined ? undefined : own(local, key);
    if (!fieldWins(theirs, mine)) continue;
    fields[key] = { value: theirs.value, hlc: theirs.hlc };
    changed.push(key);
    if (mine === undefined || ctx.localClientId === undefined) continue;
    const mineBy = parseHlc(mine.hlc)?.node;
    const winner = parseHlc(theirs.hlc);
    if (mineBy === ctx.localClientId && winner !== null && winner.node !== ctx.localClientId) {
      if (!jsonEqual(mine.value, theirs.value)) {
        conflicts.push({
          table: ctx.table,
          recordId: ctx.recordId,
          field: key,
          localValue: mine.value,
          winningValue: theirs.value,
          by: winner.node,
          at: new Date(winner.millis).toISOString(),
        });
      }
    }
  }
  return { fields, changed, conflicts };
}

/** Just the merged field map (the CRDT join). */
export function mergeFieldMaps(a: FieldMap, b: FieldMap): FieldMap {
  return mergeRecord(a, b, { table: '', recordId: '' }).fields;
}

/** Field maps for one local edit: every value stamped with the same clock. */
export function stampFields(values: Record<string, JsonValue>, hlc: string): FieldMap {
  const out: FieldMap = {};
  for (const [key, value] of Object.entries(values)) out[key] = { value, hlc };
  return out;
}

/** The plain record the app reads: values only. */
export function valuesOf(fields: FieldMap): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, state] of Object.entries(fields)) out[key] = state.value;
  return out;
}

/** Deletions are tombstones: a non-null `deletedAt` value. */
export function isTombstone(fields: FieldMap): boolean {
  const d = own(fields, 'deletedAt');
  return d !== undefined && d.value !== null;
}

/** Highest clock in a field map (for the receiving side's HLC), or null when empty. */
export function maxHlc(fields: FieldMap): string | null {
  let best: string | null = null;
  for (const state of Object.values(fields)) {
    if (best === null || compareHlc(state.hlc, best) > 0) best = state.hlc;
  }
  return best;
}
