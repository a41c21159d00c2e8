/**
 * Applies a push in one transaction. Writers of one workspace are serialized by
 * an advisory lock, so the workspace's own sequence numbers are taken and committed in
 * order and a puller's cursor never skips a change committed later.
 */
import {
  applyMutation,
  checkRecord,
  MAX_CLOCK_AHEAD_MS,
  noteAddressees,
  noteFor,
  noteRecord,
  NOTES_TABLE,
  trashNoteRecord,
  parseHlc,
  valuesOf,
  writeRefusal,
} from '../../shared/sync/index';
import type {
  ConflictNote,
  FieldMap,
  Member,
  Mutation,
  Overwrite,
  PushRequest,
  SetAside,
  PushResponse,
  RecordWarning,
  RefusedMutation,
  WriteRefusalCode,
} from '../../shared/sync/index';
import { fieldLimitIssues, type RecordTable } from '../../shared/schemas/index';
import type { Db, Queryable } from '../db/types';
import { CHANGE_CHANNEL, toNumber } from '../db/types';
import { ApiError } from '../http/errors';

/** Advisory lock class of a workspace's writers (pushes, and the removal of delivered notes). */
export const WORKSPACE_LOCK_CLASS = 7302;
const key = (table: string, id: string) => `${table}\u0000${id}`;

/** Checks that need no database: clock drift, and records that are complete but invalid on their own. */
export function precheckPush(req: PushRequest, now: number): void {
  for (const [i, m] of req.mutations.entries()) {
    for (const [field, state] of Object.entries(m.fields)) {
      const ahead = (parseHlc(state.hlc)?.millis ?? 0) - now;
      if (ahead > MAX_CLOCK_AHEAD_MS) {
        throw new ApiError(
          400,
          'clock-ahead',
          `mutations.${i}.fields.${field}: the device clock is ${Math.ceil(ahead / 60_000)} min ahead of the server. Fix the computer's date and time, then sync again.`,
        );
      }
    }
    // A mutation carrying a whole record must be a valid record by itself.
    const check = checkRecord(m.table, m.recordId, valuesOf(m.fields));
    if (check.status === 'invalid') {
      const what = check.issues.map((x) => `${x.field}: ${x.message}`).join('; ');
      throw new ApiError(
        400,
        'invalid-record',
        `mutations.${i} (${m.table} ${m.recordId}): ${what}`,
      );
    }
  }
}

/** The server's words for each refusal code (the app has its own, in the user's language). */
const REFUSAL_MESSAGES: Record<WriteRefusalCode, string> = {
  'settings-admin-only': 'Your role cannot change the workspace settings: ask an admin.',
  'targets-only':
    'Your role can change the workspace’s response targets and at-risk threshold only: ask an admin for the other settings.',
};

/** Null when the member's role may make this change (shared/sync/permissions.ts). */
function refusalOf(member: Member, m: Mutation): RefusedMutation | null {
  const code = writeRefusal(member.role, m.table, Object.keys(m.fields));
  return code === null ? null : { mutationId: m.mutationId, code, message: REFUSAL_MESSAGES[code] };
}

/**
 * Text over its limit (shared/schemas/limits.ts) in the pushed fields refuses that change alone.
 * A text the stored record already holds passes: values from before the limits sync as they are.
 */
function textLimitRefusal(m: Mutation, stored: FieldMap | undefined): RefusedMutation | null {
  const issues = fieldLimitIssues(m.table, valuesOf(m.fields), stored && valuesOf(stored));
  if (issues.length === 0) return null;
  const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return { mutationId: m.mutationId, code: 'text-too-long', message };
}

interface Applied {
  mutation: Mutation;
  won: FieldMap;
}

export async function applyPush(db: Db, member: Member, req: PushRequest): Promise<PushResponse> {
  const ws = member.workspaceId;
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [WORKSPACE_LOCK_CLASS, ws]);
    await claimClient(tx, ws, req.clientId, member.id);

    const ids = [...new Set(req.mutations.map((m) => m.mutationId))];
    const seen = await tx.query<{ mutation_id: unknown }>(
      `SELECT a.mutation_id FROM applied_mutations a
        JOIN jsonb_array_elements_text($3::jsonb) AS k(id) ON a.mutation_id = k.id::bigint
       WHERE a.workspace_id = $1 AND a.client_id = $2`,
      [ws, req.clientId, JSON.stringify(ids.map(String))],
    );
    const done = new Set(seen.map((r) => toNumber(r.mutation_id)));
    const fresh: Mutation[] = [];
    const refused: RefusedMutation[] = [];
    for (const m of req.mutations) {
      if (done.has(m.mutationId)) continue;
      done.add(m.mutationId); // a mutation id repeated within the batch counts once
      const refusal = refusalOf(member, m);
      if (refusal === null) fresh.push(m);
      else refused.push(refusal);
    }

    const current = await loadRecords(tx, ws, fresh);
    const applied: Applied[] = [];
    const overwrites: Overwrite[] = [];
    const setAside: SetAside[] = [];
    for (const m of fresh) {
      const k = key(m.table, m.recordId);
      const stored = current.get(k);
      const tooLong = textLimitRefusal(m, stored);
      if (tooLong !== null) {
        refused.push(tooLong);
        continue;
      }
      // Overwrites are decided by causality (each field's base), in the order they happen here.
      const result = applyMutation(stored, m);
      overwrites.push(...result.overwrites);
      setAside.push(...result.setAside);
      current.set(k, result.fields);
      applied.push({ mutation: m, won: result.won });
    }
    const members = await membersOf(tx, ws, [
      ...overwrites.flatMap((o) => [o.lost.hlc, o.won.hlc]),
      ...setAside.flatMap((a) => [a.deleted.hlc, ...Object.values(a.edits).map((e) => e.hlc)]),
    ]);
    const memberOf = (c: string) => members.get(c);
    // One row per note id (a later edit's delete/edit note replaces an earlier one of the batch).
    const notes = [
      ...new Map(
        [
          ...overwrites.map((o) => noteRecord(o, memberOf)),
          ...setAside.map((a) => trashNoteRecord(a, memberOf)),
        ].map((n) => [n.recordId, n]),
      ).values(),
    ];
    const conflicts = notes
      .map((n) => noteFor(req.clientId, n.fields))
      .filter((n): n is ConflictNote => n !== null);

    const changing = applied.filter((a) => Object.keys(a.won).length > 0);
    const seqs = await takeSeqs(tx, ws, changing.length + notes.length);
    const lastSeq = new Map<string, number>();
    const changeRows = changing.map((a, i) => {
      const seq = seqs[i] ?? 0;
      lastSeq.set(key(a.mutation.table, a.mutation.recordId), seq);
      return { ...rowOf(a.mutation), seq, fields: a.won };
    });
    const seqOf = new Map(changing.map((a, i) => [a.mutation.mutationId, seqs[i] ?? null]));
    // Each note is a record of its own, streamed after the change that made it.
    const noteRows = notes.map((n, i) => ({
      t: NOTES_TABLE,
      id: n.recordId,
      seq: seqs[changing.length + i] ?? 0,
      fields: n.fields,
    }));

    // One inbox row per device a note names, until it has pulled it (server/sync/note-inbox.ts).
    const inboxRows = noteRows.flatMap((n) =>
      noteAddressees(n.fields).map((c) => ({ c, id: n.id, seq: n.seq })),
    );

    const recordRows = [...lastSeq].map(([k, seq]) => {
      const [t = '', id = ''] = k.split('\u0000');
      return { t, id, seq, fields: current.get(k) ?? {} };
    });
    const appliedRows = applied.map((a) => ({
      mid: a.mutation.mutationId,
      seq: seqOf.get(a.mutation.mutationId),
    }));
    // One statement for every write: on a busy machine each statement is a wait for the pusher
    // and for the devices whose pulls this push wakes. The notice is delivered at COMMIT only, to
    // every instance listening (long-polling pulls).
    const last = await tx.query<{ last_mutation_id: unknown }>(
      `WITH c AS (
         INSERT INTO changes (seq, workspace_id, table_name, record_id, client_id, mutation_id, member_id, fields)
         SELECT r.seq, $1, r.t, r.id, $2, r.mid, $3, r.fields
           FROM jsonb_to_recordset($4::jsonb) AS r(seq bigint, t text, id text, mid bigint, fields jsonb)
       ), r AS (
         INSERT INTO records (workspace_id, table_name, record_id, fields, seq)
         SELECT $1, r.t, r.id, r.fields, r.seq
           FROM jsonb_to_recordset($5::jsonb) AS r(t text, id text, fields jsonb, seq bigint)
         ON CONFLICT (workspace_id, table_name, record_id)
         DO UPDATE SET fields = EXCLUDED.fields, seq = EXCLUDED.seq
       ), a AS (
         INSERT INTO applied_mutations (workspace_id, client_id, mutation_id, seq)
         SELECT $1, $2, r.mid, r.seq FROM jsonb_to_recordset($6::jsonb) AS r(mid bigint, seq bigint)
       ), n AS (
         INSERT INTO note_inbox (workspace_id, client_id, note_id, seq)
         SELECT $1, r.c, r.id, r.seq
           FROM jsonb_to_recordset($10::jsonb) AS r(c text, id text, seq bigint)
         ON CONFLICT (workspace_id, client_id, note_id) DO UPDATE SET seq = EXCLUDED.seq
       ), u AS (
         UPDATE sync_clients SET last_mutation_id = GREATEST(last_mutation_id, $7)
          WHERE workspace_id = $1 AND client_id = $2 RETURNING last_mutation_id
       )
       SELECT u.last_mutation_id, CASE WHEN $8::boolean THEN pg_notify($9, $1) END AS notified
         FROM u`,
      [
        ws,
        req.clientId,
        member.id,
        JSON.stringify(changeRows),
        JSON.stringify([...recordRows, ...noteRows]),
        JSON.stringify(appliedRows),
        // Refused ones count as seen: a restored device must not reuse their ids.
        Math.max(
          0,
          ...applied.map((a) => a.mutation.mutationId),
          ...refused.map((r) => r.mutationId),
        ),
        seqs.length > 0,
        CHANGE_CHANNEL,
        JSON.stringify(inboxRows),
      ],
    );

    const warnings: RecordWarning[] = [];
    for (const r of recordRows) {
      const check = checkRecord(r.t as RecordTable, r.id, valuesOf(r.fields));
      if (check.status === 'invalid')
        warnings.push({ table: r.t, recordId: r.id, issues: check.issues });
    }
    return {
      applied: applied.length,
      duplicates: req.mutations.length - applied.length - refused.length,
      lastMutationId: toNumber(last[0]?.last_mutation_id),
      seq: seqs.length > 0 ? Math.max(...seqs) : null,
      conflicts,
      warnings,
      refused,
    };
  });
}

/** The e-mail of the member behind the device of each clock (for the notes). */
async function membersOf(
  tx: Queryable,
  ws: string,
  clocks: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const nodes = new Set<string>();
  for (const h of clocks) {
    const node = parseHlc(h)?.node;
    if (node !== undefined) nodes.add(node);
  }
  if (nodes.size === 0) return out;
  const rows = await tx.query<{ client_id: string; email: string }>(
    `SELECT s.client_id, m.email FROM sync_clients s JOIN members m ON m.id = s.member_id
      WHERE s.workspace_id = $1 AND s.client_id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [ws, JSON.stringify([...nodes])],
  );
  for (const r of rows) out.set(r.client_id, r.email);
  return out;
}

const rowOf = (m: Mutation) => ({ t: m.table, id: m.recordId, mid: m.mutationId });

/** Binds a client id to the member first using it; another member may not push as that client. */
async function claimClient(tx: Queryable, ws: string, clientId: string, memberId: string) {
  // One statement: the outer SELECT does not see the CTE's insert, so exactly one row comes back.
  const owner = await tx.query<{ member_id: string }>(
    `WITH claimed AS (
       INSERT INTO sync_clients (workspace_id, client_id, member_id) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, client_id) DO NOTHING RETURNING member_id
     )
     SELECT member_id FROM claimed
     UNION ALL
     SELECT member_id FROM sync_clients WHERE workspace_id = $1 AND client_id = $2`,
    [ws, clientId, memberId],
  );
  if (owner[0]?.member_id !== memberId) {
    throw new ApiError(
      403,
      'client-taken',
      'This clientId belongs to another member: generate a new one.',
    );
  }
}

async function loadRecords(
  tx: Queryable,
  ws: string,
  ms: Mutation[],
): Promise<Map<string, FieldMap>> {
  const out = new Map<string, FieldMap>();
  if (ms.length === 0) return out;
  const keys = ms.map((m) => ({ t: m.table, id: m.recordId }));
  const rows = await tx.query<{ table_name: string; record_id: string; fields: FieldMap }>(
    `SELECT r.table_name, r.record_id, r.fields FROM records r
       JOIN (SELECT DISTINCT t, id FROM jsonb_to_recordset($2::jsonb) AS k(t text, id text)) k
         ON r.table_name = k.t AND r.record_id = k.id
      WHERE r.workspace_id = $1`,
    [ws, JSON.stringify(keys)],
  );
  for (const r of rows) out.set(key(r.table_name, r.record_id), r.fields);
  return out;
}

/**
 * The next `n` numbers of this workspace's own sequence (no other workspace moves it, so a cursor
 * reveals nothing about them). Under the workspace lock, so numbers commit in order.
 */
async function takeSeqs(tx: Queryable, ws: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await tx.query<{ last_seq: unknown }>(
    'UPDATE workspaces SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq',
    [ws, n],
  );
  const last = toNumber(rows[0]?.last_seq);
  return Array.from({ length: n }, (_, i) => last - n + 1 + i);
}
