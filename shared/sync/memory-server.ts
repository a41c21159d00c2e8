/**
 * The sync server's rules in memory, for tests of the replicas: idempotent pushes, the per-field
 * merge and conflict notes of shared applyMutation (what server/sync/push.ts runs), note records
 * streamed after the change that made them and dropped once both devices they name hold them
 * (note-inbox.ts), and a sequence number per change.
 */
import { parseHlc } from './hlc';
import { jsonEqual } from './json';
import type { ConflictNote, FieldMap, FieldState } from './merge';
import { NoteInbox } from './note-inbox';
import { applyMutation, noteFor, noteRecord, NOTES_TABLE, trashNoteRecord } from './notes';
import type { PullResponse, PushRequest, PushResponse, SyncStatusResponse } from './protocol';
import { recordKey } from './steps';

export interface ServerRecord {
  seq: number;
  table: string;
  recordId: string;
  fields: FieldMap;
}

/**
 * A value of one field replaced by another device's different value, as applied (whatever the
 * base clocks say): what the note property checks the notes against.
 */
export interface Displacement {
  table: string;
  recordId: string;
  field: string;
  lost: FieldState;
  won: FieldState;
}

export class MemoryServer {
  seq = 0;
  readonly records = new Map<string, ServerRecord>();
  readonly applied = new Set<string>();
  /** Member (e-mail) of each client id, for the notes. */
  readonly members = new Map<string, string>();
  readonly displacements: Displacement[] = [];
  /** Notes some device they name has not pulled yet. */
  readonly inbox = new NoteInbox();

  push(req: PushRequest): PushResponse {
    let applied = 0;
    const conflicts: ConflictNote[] = [];
    for (const m of req.mutations) {
      const id = `${m.clientId}/${m.mutationId}`;
      if (this.applied.has(id)) continue;
      this.applied.add(id);
      applied++;
      const k = recordKey(m.table, m.recordId);
      const stored = this.records.get(k)?.fields;
      const result = applyMutation(stored, m);
      this.logDisplacements(m.table, m.recordId, stored, m.fields);
      if (Object.keys(result.won).length > 0) {
        this.records.set(k, {
          seq: ++this.seq,
          table: m.table,
          recordId: m.recordId,
          fields: result.fields,
        });
      }
      const memberOf = (c: string) => this.members.get(c);
      const notes = [
        ...result.overwrites.map((o) => noteRecord(o, memberOf)),
        ...result.setAside.map((a) => trashNoteRecord(a, memberOf)),
      ];
      for (const note of notes) {
        this.records.set(recordKey(NOTES_TABLE, note.recordId), {
          seq: ++this.seq,
          table: NOTES_TABLE,
          recordId: note.recordId,
          fields: note.fields,
        });
        this.inbox.add(note.recordId, note.fields, this.seq);
        const mine = noteFor(req.clientId, note.fields);
        if (mine !== null) conflicts.push(mine);
      }
    }
    return {
      applied,
      duplicates: req.mutations.length - applied,
      lastMutationId: 0,
      seq: this.seq,
      conflicts,
      warnings: [],
      refused: [],
    };
  }

  /** `clientId`: the device has stored everything up to `after` (see note-inbox.ts). */
  pull(after: number, limit: number, clientId?: string): PullResponse {
    if (clientId !== undefined) {
      for (const id of this.inbox.seen(clientId, after))
        this.records.delete(recordKey(NOTES_TABLE, id));
    }
    const all = [...this.records.values()]
      .filter((r) => r.seq > after)
      .sort((a, b) => a.seq - b.seq);
    const page = all.slice(0, limit);
    return {
      changes: page.map((r) => ({
        seq: r.seq,
        table: r.table,
        recordId: r.recordId,
        fields: r.fields,
      })),
      cursor: page.at(-1)?.seq ?? after,
      hasMore: all.length > limit,
      remaining: Math.max(0, all.length - limit),
    };
  }

  status(): SyncStatusResponse {
    return { lastMutationId: 0, seq: this.seq };
  }

  /** Note records held (streamed to devices that have not pulled them yet). */
  noteCount(): number {
    return [...this.records.values()].filter((r) => r.table === NOTES_TABLE).length;
  }

  /** The workspace's records (no notes): key → field map. */
  snapshot(): Record<string, FieldMap> {
    const keys = [...this.records.keys()].filter((k) => !k.startsWith(`${NOTES_TABLE}\u0000`));
    return Object.fromEntries(keys.sort().map((k) => [k, this.records.get(k)?.fields ?? {}]));
  }

  private logDisplacements(
    table: string,
    recordId: string,
    stored: FieldMap | undefined,
    pushed: FieldMap,
  ): void {
    if (stored === undefined) return;
    for (const [field, mine] of Object.entries(pushed)) {
      const theirs = Object.hasOwn(stored, field) ? stored[field] : undefined;
      if (theirs === undefined || theirs.hlc === mine.hlc || jsonEqual(theirs.value, mine.value))
        continue;
      if (parseHlc(theirs.hlc)?.node === parseHlc(mine.hlc)?.node) continue;
      const pushedWins = mine.hlc > theirs.hlc;
      this.displacements.push({
        table,
        recordId,
        field,
        lost: pushedWins ? theirs : mine,
        won: pushedWins ? mine : theirs,
      });
    }
  }
}
