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

/** Edits of one device and a delete that did not see each other: the edits stay, in the Trash. */
export interface SetAside {
  table: string;
  recordId: string;
  /** The `deletedAt` write. */
  deleted: FieldState;
  /** The fields the other device wrote that the delete did not see (or that did not see it). */
  edits: FieldMap;
}

const isDelete = (s: FieldState | undefined): boolean => s !== undefined && s.value !== null;
const UNLISTED = new Set(['updatedAt', 'deletedAt', 'id']);

/**
 * Deletes and edits made without knowledge of each other: a delete over edits its author had not
 * seen (the delete's base covers every field it held), or edits over a delete their author had
 * not seen (base of `deletedAt`). One per editing device. The merge keeps both: the record stays
 * deleted with the edits applied, so Restore brings it back with them.
 */
export function concurrentDeletes(stored: FieldMap | undefined, change: BasedChange): SetAside[] {
  const base = change.base;
  if (stored === undefined || base === undefined) return [];
  const author = nodeOf(Object.values(change.fields)[0]?.hlc ?? '');
  const seen = (f: string, hlc: string) => {
    const b = Object.hasOwn(base, f) ? base[f] : undefined;
    return b !== undefined && compareHlc(b, hlc) >= 0;
  };
  const at = { table: change.table, recordId: change.recordId };
  const storedDelete = Object.hasOwn(stored, 'deletedAt') ? stored.deletedAt : undefined;
  const pushedDelete = Object.hasOwn(change.fields, 'deletedAt')
    ? change.fields.deletedAt
    : undefined;
  if (pushedDelete === undefined) {
    // Edits landing on a record deleted by another device they had not seen delete it.
    if (storedDelete === undefined || !isDelete(storedDelete)) return [];
    if (nodeOf(storedDelete.hlc) === author || seen('deletedAt', storedDelete.hlc)) return [];
    const edits = Object.fromEntries(
      Object.entries(change.fields).filter(([f]) => !UNLISTED.has(f)),
    );
    return Object.keys(edits).length === 0 ? [] : [{ ...at, deleted: storedDelete, edits }];
  }
  // A delete landing on edits it had not seen (on a record not deleted already).
  if (!isDelete(pushedDelete) || isDelete(storedDelete)) return [];
  if (storedDelete !== undefined && !fieldWins(pushedDelete, storedDelete)) return [];
  const byEditor = new Map<string, FieldMap>();
  for (const [f, s] of Object.entries(stored)) {
    if (UNLISTED.has(f) || seen(f, s.hlc)) continue;
    const editor = nodeOf(s.hlc);
    if (editor === undefined || editor === author) continue;
    byEditor.set(editor, { ...byEditor.get(editor), [f]: s });
  }
  return [...byEditor.values()].map((edits) => ({ ...at, deleted: pushedDelete, edits }));
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

const trashNoteSchema = z.object({
  table: z.string(),
  recordId: z.string(),
  deleted: noteSideSchema,
  /** The latest of the kept edits (clock, member) and the fields they wrote. */
  edited: noteSideSchema.extend({ fields: z.array(z.string()) }),
});

/** The note record for a delete and edits that did not see each other. */
export function trashNoteRecord(
  a: SetAside,
  memberOf: (clientId: string) => string | undefined,
): { recordId: string; fields: FieldMap } {
  const states = Object.values(a.edits);
  const last = states.reduce((x, y) => (compareHlc(y.hlc, x.hlc) > 0 ? y : x));
  const who = (hlc: string): Record<string, string> => {
    const member = memberOf(nodeOf(hlc) ?? '');
    return member === undefined ? {} : { member };
  };
  const value: JsonValue = {
    table: a.table,
    recordId: a.recordId,
    deleted: { value: a.deleted.value, hlc: a.deleted.hlc, ...who(a.deleted.hlc) },
    edited: { value: null, hlc: last.hlc, ...who(last.hlc), fields: Object.keys(a.edits).sort() },
  };
  const editor = nodeOf(last.hlc) ?? '';
  const hlc = compareHlc(a.deleted.hlc, last.hlc) > 0 ? a.deleted.hlc : last.hlc;
  return {
    recordId: `trash/${a.table}/${a.deleted.hlc}/${editor}/${a.recordId}`,
    fields: { trash: { value, hlc } },
  };
}

/**
 * A delete/edit note for the deleting or the editing device: kind 'trashed', field `deletedAt`;
 * `localValue` says when and by whom the record was deleted, `winningValue` the edits kept in the
 * Trash (when, by whom, which fields).
 */
function trashNoteFor(clientId: string, fields: FieldMap): ConflictNote | null {
  const parsed = trashNoteSchema.safeParse(fields.trash?.value);
  if (!parsed.success) return null;
  const n = parsed.data;
  const deleted = parseHlc(n.deleted.hlc);
  const edited = parseHlc(n.edited.hlc);
  if (deleted === null || edited === null) return null;
  if (deleted.node !== clientId && edited.node !== clientId) return null;
  const mine = deleted.node === clientId;
  const other = mine ? n.edited.member : n.deleted.member;
  return {
    table: n.table,
    recordId: n.recordId,
    field: 'deletedAt',
    kind: 'trashed',
    localValue: { at: new Date(deleted.millis).toISOString(), by: n.deleted.member ?? null },
    winningValue: {
      at: new Date(edited.millis).toISOString(),
      by: n.edited.member ?? null,
      fields: n.edited.fields,
    },
    by: mine ? edited.node : deleted.node,
    at: new Date((mine ? edited : deleted).millis).toISOString(),
    ...(other === undefined ? {} : { member: other }),
  };
}

/**
 * What a pulled note tells this device, if anything: its value was replaced ('overwritten'), or
 * it replaced a value it had not seen ('unseen'). Notes for other devices give null.
 */
export function noteFor(clientId: string, fields: FieldMap): ConflictNote | null {
  if (Object.hasOwn(fields, 'trash')) return trashNoteFor(clientId, fields);
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
 * record, the fields the mutation won (what the change stream carries), the overwrites owed a
 * note and the delete/edit pairs set aside in the Trash (owed a note each too).
 */
export function applyMutation(
  stored: FieldMap | undefined,
  change: BasedChange,
): { fields: FieldMap; won: FieldMap; overwrites: Overwrite[]; setAside: SetAside[] } {
  const overwrites = concurrentOverwrites(stored, change);
  const setAside = concurrentDeletes(stored, change);
  const result = mergeRecord(stored, change.fields, {
    table: change.table,
    recordId: change.recordId,
  });
  const won: FieldMap = {};
  for (const f of result.changed) {
    const s = result.fields[f];
    if (s !== undefined) won[f] = s;
  }
  return { fields: result.fields, won, overwrites, setAside };
}
