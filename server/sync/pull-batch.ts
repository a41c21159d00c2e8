/**
 * One database read per wake-up, shared by every pull of a workspace answered at that moment.
 *
 * A push wakes every device's waiting pull at once; each used to read its own page (and look
 * whether anything was new twice before waiting), so a team of 200 devices made ~800 reads per
 * push and the embedded database, one statement at a time, fell minutes behind. Pulls of one
 * workspace that arrive in the same turn of the event loop are now answered from one read from
 * the lowest cursor among them, each given the records after its own cursor (the same rows its
 * own read would return: `records` holds each record once, at the number of its last change).
 */
import type { Member, PullQuery } from '../../shared/sync/index';
import type { Queryable } from '../db/types';
import { toNumber } from '../db/types';
import type { ChangeHub } from './notify';
import { changeJson, PAGE_SQL, pageJson, pullChanges } from './pull';
import type { RecordRow } from './pull';

interface Waiting {
  member: Member;
  q: PullQuery;
  resolve: (body: string) => void;
  reject: (error: unknown) => void;
}

interface SharedRow {
  seq: number;
  json: string;
}

export interface PullReaderOptions {
  db: Queryable;
  hub: ChangeHub;
  /**
   * The hub's head is the truth only when every change is published with its number, i.e. when
   * this process is the database's only writer (PGlite). With PostgreSQL, other instances'
   * notices carry no number and may be lost: every look goes to the database.
   */
  trustHead: boolean;
}

export class PullReader {
  private readonly batches = new Map<string, Waiting[]>();
  /**
   * The "newest sequence number" read in flight per workspace, shared by whoever asks before a
   * change is published; a pull woken by a change must not take an answer read before it.
   */
  private readonly headReads = new Map<string, { epoch: number; seq: Promise<number> }>();

  constructor(private readonly o: PullReaderOptions) {}

  /** Whether the workspace holds a change after `after`; `fresh` skips what the hub knows. */
  async hasChangesAfter(workspaceId: string, after: number, fresh = false): Promise<boolean> {
    const known = this.o.trustHead && !fresh ? this.o.hub.head(workspaceId) : null;
    if (known !== null) return known > after;
    return (await this.readHead(workspaceId)) > after;
  }

  /** A pull page as JSON text (see pullChanges). */
  pull(member: Member, q: PullQuery): Promise<string> {
    // A first page or a counted one needs its own `remaining`: read alone.
    if (q.after === 0 || q.count) return pullChanges(this.o.db, member, q);
    const head = this.o.trustHead ? this.o.hub.head(member.workspaceId) : null;
    if (head !== null && head <= q.after) return Promise.resolve(pageJson([], q.after, false));
    return new Promise((resolve, reject) => {
      const ws = member.workspaceId;
      let batch = this.batches.get(ws);
      if (batch === undefined) {
        batch = [];
        this.batches.set(ws, batch);
        // After the I/O callbacks of this turn: every pull a push woke has joined by then.
        setImmediate(() => void this.flush(ws));
      }
      batch.push({ member, q, resolve, reject });
    });
  }

  private readHead(workspaceId: string): Promise<number> {
    const epoch = this.o.hub.epoch(workspaceId);
    const shared = this.headReads.get(workspaceId);
    if (shared?.epoch === epoch) return shared.seq;
    const read = {
      epoch,
      seq: this.o.db
        .query<{ seq: unknown }>(
          'SELECT seq FROM records WHERE workspace_id = $1 ORDER BY seq DESC LIMIT 1',
          [workspaceId],
        )
        .then((rows) => {
          const seq = toNumber(rows[0]?.seq);
          this.o.hub.noteHead(workspaceId, seq, epoch);
          return seq;
        })
        .finally(() => {
          if (this.headReads.get(workspaceId) === read) this.headReads.delete(workspaceId);
        }),
    };
    this.headReads.set(workspaceId, read);
    return read.seq;
  }

  private async flush(ws: string): Promise<void> {
    const batch = this.batches.get(ws) ?? [];
    this.batches.delete(ws);
    const first = batch[0];
    if (first === undefined) return;
    if (batch.length === 1) {
      await pullChanges(this.o.db, first.member, first.q).then(first.resolve, first.reject);
      return;
    }
    const from = Math.min(...batch.map((w) => w.q.after));
    const limit = Math.max(...batch.map((w) => w.q.limit));
    const epoch = this.o.hub.epoch(ws);
    let rows: SharedRow[];
    try {
      const read = await this.o.db.query<RecordRow>(PAGE_SQL, [ws, from, limit + 1]);
      rows = read.map((r) => ({ seq: toNumber(r.seq), json: changeJson(r) }));
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    const complete = rows.length <= limit;
    const last = rows.at(-1);
    if (complete && last !== undefined) this.o.hub.noteHead(ws, last.seq, epoch);
    for (const w of batch) {
      const body = answerFrom(rows, complete, w.q);
      if (body !== null) w.resolve(body);
      // Its page reaches past what the shared read returned: its own read.
      else pullChanges(this.o.db, w.member, w.q).then(w.resolve, w.reject);
    }
  }
}

/** `q`'s page from rows read after a cursor at or before its own, or null if they fall short. */
function answerFrom(rows: SharedRow[], complete: boolean, q: PullQuery): string | null {
  let start = 0;
  while (start < rows.length && (rows[start]?.seq ?? 0) <= q.after) start++;
  const mine = rows.length - start;
  if (!complete && mine <= q.limit) return null;
  const page = rows.slice(start, start + q.limit);
  const cursor = page.at(-1)?.seq ?? q.after;
  return pageJson(
    page.map((r) => r.json),
    cursor,
    mine > q.limit,
  );
}
