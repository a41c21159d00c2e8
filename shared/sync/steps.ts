/**
 * The client replica's state steps, once: stamp a local edit, receive a remote clock, merge a
 * pulled change, track the fields this device changed that the server has not confirmed, and take
 * the conflict notes a pulled page carries. MemoryReplica keeps the state in memory; the Dexie
 * replica reads the part a step needs from IndexedDB, runs the step and writes the result back.
 * Pure: the caller passes the wall clock in.
 */
import { compareHlc, formatHlc, MAX_COUNTER, parseHlc, receiveHlc, tickHlc } from './hlc';
import type { Hlc } from './hlc';
import type { JsonValue } from './json';
import { maxHlc, mergeRecord, stampFields } from './merge';
import type { ConflictNote, FieldMap } from './merge';
import { NOTES_TABLE, noteFor } from './notes';
import type { PullResponse } from './protocol';

/** The one key of a record in a replica's maps (and IndexedDB's `[table+recordId]` order). */
export const recordKey = (table: string, recordId: string): string => `${table}\u0000${recordId}`;

export function splitRecordKey(key: string): [table: string, recordId: string] {
  const at = key.indexOf('\u0000');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}

/** One record on a replica: its field map and the fields this device changed, unconfirmed. */
export interface ReplicaRecord {
  fields: FieldMap;
  unconfirmed: Set<string>;
}

/**
 * What the steps read and move on. `records` holds at least the records a step touches (the
 * Dexie adapter loads just those); a missing key is a record this device has never seen.
 */
export interface ReplicaState {
  readonly clientId: string;
  clock: Hlc;
  nextMutationId: number;
  readonly records: Map<string, ReplicaRecord>;
}

/** What a local edit stamps: the mutation's id, clock, field states and base clocks. */
export interface StampedEdit {
  mutationId: number;
  hlc: string;
  fields: FieldMap;
  base: Record<string, string>;
}

/** Written even by edits that leave it alone: the server then tells a delete the author missed. */
const ALWAYS_BASED = 'deletedAt';

/** The clocks this device held for the fields an edit writes (and `deletedAt`): its base. */
export function baseOf(
  current: FieldMap | undefined,
  written: Iterable<string>,
  /** A delete replaces the whole record: its base is every field held. */
  deletes = false,
): Record<string, string> {
  const base: Record<string, string> = {};
  if (current === undefined) return base;
  for (const f of [...written, ALWAYS_BASED, ...(deletes ? Object.keys(current) : [])]) {
    const s = Object.hasOwn(current, f) ? current[f] : undefined;
    if (s !== undefined) base[f] = s.hlc;
  }
  return base;
}

/** Step: a local edit at wall time `at`. Moves the clock and the record on; gives the mutation. */
export function stampEdit(
  state: ReplicaState,
  table: string,
  recordId: string,
  values: Record<string, JsonValue>,
  at: number,
): StampedEdit {
  // A bulk import stamps thousands of rows with one time: step to the next millisecond rather
  // than overflow the clock's per-millisecond counter.
  const c = state.clock;
  state.clock = tickHlc(c, c.counter >= MAX_COUNTER ? c.millis + 1 : at);
  const hlc = formatHlc(state.clock);
  const key = recordKey(table, recordId);
  const current = state.records.get(key);
  const deletes = values.deletedAt !== undefined && values.deletedAt !== null;
  const base = baseOf(current?.fields, Object.keys(values), deletes);
  const fields = stampFields(values, hlc);
  const merged = mergeRecord(current?.fields, fields, { table, recordId });
  const unconfirmed = new Set(current?.unconfirmed);
  for (const f of merged.changed) unconfirmed.add(f);
  state.records.set(key, { fields: merged.fields, unconfirmed });
  return { mutationId: state.nextMutationId++, hlc, fields, base };
}

/** Step: the clock after seeing a remote field map; later local edits sort after all of it. */
export function receiveClock(clock: Hlc, fields: FieldMap, now: number): Hlc {
  const top = maxHlc(fields);
  if (top === null || compareHlc(top, formatHlc(clock)) <= 0) return clock;
  const remote = parseHlc(top);
  return remote === null ? clock : receiveHlc(clock, remote, now);
}

/**
 * Step: merge a pulled record state into the local one. A field of ours that came back with its
 * clock is confirmed; one replaced by another write is no longer ours to confirm.
 */
export function mergePulled(
  current: ReplicaRecord | undefined,
  table: string,
  recordId: string,
  incoming: FieldMap,
): { record: ReplicaRecord; changed: string[] } {
  const result = mergeRecord(current?.fields, incoming, { table, recordId });
  const unconfirmed = new Set(current?.unconfirmed);
  for (const [f, s] of Object.entries(incoming)) {
    if (s.hlc === current?.fields[f]?.hlc || result.changed.includes(f)) unconfirmed.delete(f);
  }
  return { record: { fields: result.fields, unconfirmed }, changed: result.changed };
}

/** Keys of the workspace records a page changes (note records are not records of the replica). */
export function pageRecordKeys(page: PullResponse): string[] {
  const keys = page.changes
    .filter((c) => c.table !== NOTES_TABLE)
    .map((c) => recordKey(c.table, c.recordId));
  return [...new Set(keys)];
}

/**
 * Step: apply a pulled page. Gives the conflict notes addressed to this device and the keys of
 * the records whose fields changed. `state.records` must hold the page's records (pageRecordKeys).
 */
export function applyPage(
  state: ReplicaState,
  page: PullResponse,
  now: number,
): { notes: ConflictNote[]; changed: string[] } {
  const notes: ConflictNote[] = [];
  const changed = new Set<string>();
  for (const c of page.changes) {
    state.clock = receiveClock(state.clock, c.fields, now);
    if (c.table === NOTES_TABLE) {
      const note = noteFor(state.clientId, c.fields);
      if (note !== null) notes.push(note);
      continue;
    }
    const key = recordKey(c.table, c.recordId);
    const merged = mergePulled(state.records.get(key), c.table, c.recordId, c.fields);
    state.records.set(key, merged.record);
    if (merged.changed.length > 0) changed.add(key);
  }
  return { notes, changed: [...changed] };
}
