/**
 * The server's half of dropping delivered conflict notes (shared/sync/note-inbox.ts): a push
 * stores one `note_inbox` row per device a note names; a pull that carries the device's client id
 * says it holds everything up to `after`. Writing that down on every pull would be a database
 * write per pull of every device, so each instance keeps the newest position of each device in
 * memory and applies them together every few seconds (and when it closes). A position lost in a
 * crash only delays a note's removal: the device says it again with its next pull.
 */
import { NOTES_TABLE } from '../../shared/sync/index';
import type { Db } from '../db/types';
import { WORKSPACE_LOCK_CLASS } from './push';

/** How often each instance applies the positions its pulls have heard. */
export const NOTE_FLUSH_EVERY_MS = 10_000;

export class NoteAcks {
  /** Workspace → client id → the member who asked and the newest cursor it said it holds. */
  private heard = new Map<string, Map<string, { m: string; s: number }>>();

  constructor(private readonly db: Db) {}

  /** A pull by `memberId` of `clientId` from its stored cursor `after`. */
  seen(workspaceId: string, memberId: string, clientId: string, after: number): void {
    if (after <= 0) return;
    let clients = this.heard.get(workspaceId);
    if (clients === undefined) {
      clients = new Map<string, { m: string; s: number }>();
      this.heard.set(workspaceId, clients);
    }
    const known = clients.get(clientId);
    if (known === undefined || known.s < after || known.m !== memberId)
      clients.set(clientId, { m: memberId, s: after });
  }

  /**
   * Deletes the inbox rows the heard positions cover, then the notes no device waits for any
   * more. Under the workspace's push lock: a push storing a note again (a later number) never
   * interleaves. Gives how many notes went.
   */
  async flush(): Promise<number> {
    const heard = this.heard;
    this.heard = new Map();
    let dropped = 0;
    for (const [ws, clients] of heard) {
      const acks = JSON.stringify([...clients].map(([c, a]) => ({ c, ...a })));
      dropped += await this.db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
          WORKSPACE_LOCK_CLASS,
          ws,
        ]);
        // Only a device's own member speaks for it (another could otherwise hide its notes).
        const done = await tx.query<{ note_id: string }>(
          `DELETE FROM note_inbox i
            USING jsonb_to_recordset($2::jsonb) AS a(c text, m text, s bigint), sync_clients o
            WHERE i.workspace_id = $1 AND i.client_id = a.c AND i.seq <= a.s
              AND o.workspace_id = $1 AND o.client_id = a.c AND o.member_id = a.m
           RETURNING i.note_id`,
          [ws, acks],
        );
        if (done.length === 0) return 0;
        const gone = await tx.query<{ record_id: string }>(
          `DELETE FROM records r
            WHERE r.workspace_id = $1 AND r.table_name = $2
              AND r.record_id IN (SELECT jsonb_array_elements_text($3::jsonb))
              AND NOT EXISTS (SELECT 1 FROM note_inbox i
                               WHERE i.workspace_id = $1 AND i.note_id = r.record_id)
           RETURNING r.record_id`,
          [ws, NOTES_TABLE, JSON.stringify([...new Set(done.map((d) => d.note_id))])],
        );
        return gone.length;
      });
    }
    return dropped;
  }
}

/** Flushes every `everyMs`; gives the function that stops it after a last flush. */
export function scheduleNoteFlush(
  acks: NoteAcks,
  everyMs: number,
  onError: (err: unknown) => void,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running.then(() => acks.flush()).catch(onError);
  };
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    run();
    await running; // the database closes next
  };
}
