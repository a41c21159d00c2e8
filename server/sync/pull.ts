import type { Member, PullQuery, SyncStatusResponse } from '../../shared/sync/index';
import type { Queryable } from '../db/types';
import { toNumber } from '../db/types';

/**
 * Current state of records changed after `after`, in sequence order, as the JSON text of a
 * PullResponse. A record changed again while a client pages moves to a later sequence number, so
 * it is still delivered (once, in its newer state).
 *
 * The field maps leave the database as jsonb text and go out as they are: parsing and
 * re-serialising tens of thousands of them was most of a bootstrap's server time.
 */
export async function pullChanges(db: Queryable, member: Member, q: PullQuery): Promise<string> {
  const ws = member.workspaceId;
  const rows = await db.query<RecordRow>(PAGE_SQL, [ws, q.after, q.limit + 1]);
  const page = rows.slice(0, q.limit);
  const changes = page.map(changeJson);
  const last = page.at(-1);
  const cursor = last === undefined ? q.after : toNumber(last.seq);
  const hasMore = rows.length > q.limit;
  // Counting is a scan of what is left: only on the first page of a round, for its progress bar.
  let remaining = '';
  if (q.after === 0 || q.count) {
    let n = 0;
    if (hasMore) {
      const count = await db.query<{ n: unknown }>(
        'SELECT count(*) AS n FROM records WHERE workspace_id = $1 AND seq > $2',
        [ws, cursor],
      );
      n = toNumber(count[0]?.n);
    }
    remaining = `,"remaining":${String(n)}`;
  }
  return pageJson(changes, cursor, hasMore, remaining);
}

export interface RecordRow {
  seq: unknown;
  table_name: string;
  record_id: string;
  /** jsonb as text. */
  fields: string;
}

/** One change of a PullResponse as JSON text (the fields go out as the database gave them). */
export const changeJson = (r: RecordRow): string =>
  `{"seq":${String(toNumber(r.seq))},"table":${JSON.stringify(r.table_name)},` +
  `"recordId":${JSON.stringify(r.record_id)},"fields":${r.fields}}`;

/** A PullResponse as JSON text; `remaining` is '' or `,"remaining":N`. */
export const pageJson = (changes: string[], cursor: number, hasMore: boolean, remaining = '') =>
  `{"changes":[${changes.join(',')}],"cursor":${String(cursor)},` +
  `"hasMore":${String(hasMore)}${remaining}}`;

/** The query of a pull page: records of the workspace changed after `after`, in order. */
export const PAGE_SQL = `SELECT seq, table_name, record_id, fields::text AS fields FROM records
      WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`;

export async function syncStatus(
  db: Queryable,
  member: Member,
  clientId: string,
): Promise<SyncStatusResponse> {
  const rows = await db.query<{ last: unknown; seq: unknown }>(
    `SELECT
       (SELECT last_mutation_id FROM sync_clients WHERE workspace_id = $1 AND client_id = $2) AS last,
       (SELECT max(seq) FROM records WHERE workspace_id = $1) AS seq`,
    [member.workspaceId, clientId],
  );
  return { lastMutationId: toNumber(rows[0]?.last), seq: toNumber(rows[0]?.seq) };
}
