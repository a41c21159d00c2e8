import type {
  Change,
  FieldMap,
  Member,
  PullQuery,
  PullResponse,
  SyncStatusResponse,
} from '../../shared/sync/index';
import type { Queryable } from '../db/types';
import { toNumber } from '../db/types';

/**
 * Current state of records changed after `after`, in sequence order. A record
 * changed again while a client pages moves to a later sequence number, so it is
 * still delivered (once, in its newer state).
 */
export async function pullChanges(
  db: Queryable,
  member: Member,
  q: PullQuery,
): Promise<PullResponse> {
  const ws = member.workspaceId;
  const rows = await db.query<{
    seq: unknown;
    table_name: string;
    record_id: string;
    fields: FieldMap;
  }>(
    `SELECT seq, table_name, record_id, fields FROM records
      WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
    [ws, q.after, q.limit + 1],
  );
  const page = rows.slice(0, q.limit);
  const changes: Change[] = page.map((r) => ({
    seq: toNumber(r.seq),
    table: r.table_name,
    recordId: r.record_id,
    fields: r.fields,
  }));
  const cursor = changes.at(-1)?.seq ?? q.after;
  const hasMore = rows.length > q.limit;
  let remaining = 0;
  if (hasMore) {
    const count = await db.query<{ n: unknown }>(
      'SELECT count(*) AS n FROM records WHERE workspace_id = $1 AND seq > $2',
      [ws, cursor],
    );
    remaining = toNumber(count[0]?.n);
  }
  return { changes, cursor, hasMore, remaining };
}

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
