/**
 * Conflict notes by causality, decided where every overwrite happens: on the server, as it
 * applies a push. Each mutation carries, per field, the clock of the value it replaced on its
 * author's device (its base). A value replaced by one written without knowledge of it (a
 * concurrent overwrite) owes a note to its author's device; a later, informed overwrite owes none.
 *
 * The server streams each note as a record of the pseudo-table NOTES_TABLE, so a note reaches its
 * device through the ordinary pull, in order, once, whichever device syncs first.
 */
import { z } from 'zod';
import { compareHlc, parseHlc } from './hlc';
import type { JsonValue } from './json';
import { jsonEqual } from './json';
import { fieldWins, mergeRecord } from './merge';
import type { ConflictNote, FieldMap, FieldState } from './merge';

/** Pulled records of this table are conflict notes, not records of the workspace. */
export const NOTES_TABLE = '_notes';

/** Bookkeeping every edit rewrites; never worth a note. */
const UNNOTED = new Set(['updatedAt']);

/** One value replaced by another written without knowledge of it. */
export interface Overwrite {
  table: string;
  recordId: string;
  field: string;
  lost: FieldState;
  won: FieldState;
}

/** What a mutation needs for the decision: its stamped fields and the bases its author had. */
export interface BasedChange {
  table: string;
  recordId: string;
  fields: FieldMap;
  /** Field → clock of the value the author's device held when it wrote; absent: none there. */
  base?: Record<string, string> | undefined;
}

const nodeOf = (hlc: string): string | undefined => parseHlc(hlc)?.node;

/**
 * The concurrent overwrites applying `change` over `stored` makes. A pushed value that wins over
 * a stored value its author had not seen replaces it; a pushed value that loses is replaced by a
 * stored value whose author could not have seen it (it never reached the server before). Without
 * `base` (a caller that does not know) nothing is decided.
 */
export function concurrentOverwrites(
  stored: FieldMap | undefined,
  change: BasedChange,
): Overwrite[] {
  const base = change.base;
  if (stored === undefined || base === undefined) return [];
  const out: Overwrite[] = [];
  for (const [field, mine] of Object.entries(change.fields)) {
    if (UNNOTED.has(field) || !Object.hasOwn(stored, field)) continue;
    const theirs = stored[field];
    if (theirs === undefined || theirs.hlc === mine.hlc) continue;
    if (jsonEqual(theirs.value, mine.value)) continue; // nothing anyone wrote is gone
    if (nodeOf(theirs.hlc) === nodeOf(mine.hlc)) continue; // a device never races itself
    const at = { table: change.table, recordId: change.recordId, field };
    if (fieldWins(mine, theirs)) {
      const seen = Object.hasOwn(base, field) ? base[field] : undefined;
      if (seen !== undefined && compareHlc(seen, theirs.hlc) >= 0) continue; // informed
      out.push({ ...at, lost: theirs, won: mine });
    } else {
      out.push({ ...at, lost: mine, won: theirs });
    }
  }
  return out;
}

/** A note's record id: one per replaced write of one field (so a note is delivered once). */
export const noteId = (o: Overwrite): string => `${o.table}/${o.field}/${o.lost.hlc}/${o.recordId}`;

const noteSideSchema = z.object({
  value: z.custom<JsonValue>((v) => v !== undefined),
  hlc: z.string(),
  /** The member who wrote it (e-mail), when the server knows. */
  member: z.string().optional(),
});

/** The value of a note record's one field, `note`. */
export const syncNoteSchema = z.object({
  table: z.string(),
  recordId: z.string(),
  field: z.string(),
  lost: noteSideSchema,
  won: noteSideSchema,
});
export type SyncNote = z.infer<typeof syncNoteSchema>;

/** The note record the server stores and streams for one overwrite. */
export function noteRecord(
  o: Overwrite,
  memberOf: (clientId: string) => string | undefined,
): { recordId: string; fields: FieldMap } {
  const side = (s: FieldState) => {
    const member = memberOf(nodeOf(s.hlc) ?? '');
    return { value: s.value, hlc: s.hlc, ...(member === undefined ? {} : { member }) };
  };
  const note: SyncNote = {
    table: o.table,
    recordId: o.recordId,
    field: o.field,
    lost: side(o.lost),
    won: side(o.won),
  };
  return { recordId: noteId(o), fields: { note: { value: note, hlc: o.won.hlc } } };
}

/**
 * What a pulled note tells this device, if anything: its value was replaced ('overwritten'), or
 * it replaced a value it had not seen ('unseen'). Notes for other devices give null.
 */
export function noteFor(clientId: string, fields: FieldMap): ConflictNote | null {
  const parsed = syncNoteSchema.safeParse(fields.note?.value);
  if (!parsed.success) return null;
  const n = parsed.data;
  const lost = parseHlc(n.lost.hlc);
  const won = parseHlc(n.won.hlc);
  if (lost === null || won === null) return null;
  const at = { table: n.table, recordId: n.recordId, field: n.field };
  if (lost.node === clientId) {
    return {
      ...at,
      kind: 'overwritten',
      localValue: n.lost.value,
      winningValue: n.won.value,
      by: won.node,
      at: new Date(won.millis).toISOString(),
      ...(n.won.member === undefined ? {} : { member: n.won.member }),
    };
  }
  if (won.node === clientId) {
    return {
      ...at,
      kind: 'unseen',
      localValue: n.won.value,
      winningValue: n.lost.value,
      by: lost.node,
      at: new Date(lost.millis).toISOString(),
      ...(n.lost.member === undefined ? {} : { member: n.lost.member }),
    };
  }
  return null;
}

/**
 * The server's rule for one mutation, shared by the server and the test servers: the merged
 * record, the fields the mutation won (what the change stream carries) and the overwrites owed a
 * note.
 */
export function applyMutation(
  stored: FieldMap | undefined,
  change: BasedChange,
): { fields: FieldMap; won: FieldMap; overwrites: Overwrite[] } {
  const overwrites = concurrentOverwrites(stored, change);
  const result = mergeRecord(stored, change.fields, {
    table: change.table,
    recordId: change.recordId,
  });
  const won: FieldMap = {};
  for (const f of result.changed) {
    const s = result.fields[f];
    if (s !== undefined) won[f] = s;
  }
  return { fields: result.fields, won, overwrites };
}
