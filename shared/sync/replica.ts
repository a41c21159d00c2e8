/**
 * The client half of sync, in memory: the replica steps (steps.ts) over a state held in memory.
 * The Dexie replica runs the same steps over IndexedDB; tests use this one as a simulated device.
 */
import type { RecordTable } from '../schemas/index';
import { createHlc } from './hlc';
import type { JsonValue } from './json';
import type { ConflictNote, FieldMap } from './merge';
import type { Mutation, PullResponse, PushRequest } from './protocol';
import { applyPage, recordKey, splitRecordKey, stampEdit } from './steps';
import type { ReplicaState } from './steps';

/** What the sync loop needs from a replica; the Dexie one may answer with promises. */
export interface SyncReplica {
  readonly clientId: string;
  nextBatch(max: number): PushRequest | null | Promise<PushRequest | null>;
  acknowledge(sent: PushRequest): void | Promise<void>;
  cursor(): number | Promise<number>;
  applyPull(page: PullResponse, now: number): ConflictNote[] | Promise<ConflictNote[]>;
  /**
   * The server refused this one change for good (400/413): take it out of the outbox and keep it
   * for the user to see, so the changes after it can still be sent. `code` is the server's reason
   * code (e.g. 'settings-admin-only'), which the app words in the user's language.
   */
  setAside?(mutation: Mutation, message: string, now: number, code?: string): void | Promise<void>;
}

export interface StoredRecord {
  table: string;
  recordId: string;
  fields: FieldMap;
}

export class MemoryReplica implements SyncReplica {
  private readonly state: ReplicaState;
  private pullCursor = 0;
  readonly outbox: Mutation[] = [];
  readonly conflicts: ConflictNote[] = [];

  /**
   * `cursor` lets a device skip history it already has; `nextMutationId` must be
   * above the server's `lastMutationId` for this client when restoring a device.
   */
  constructor(
    readonly clientId: string,
    start: { cursor?: number; nextMutationId?: number } = {},
  ) {
    this.state = {
      clientId,
      clock: createHlc(clientId),
      nextMutationId: start.nextMutationId ?? 1,
      records: new Map(),
    };
    this.pullCursor = start.cursor ?? 0;
  }

  /** A local edit: stamps the values with a fresh clock, applies them, queues the mutation. */
  edit(
    table: RecordTable,
    recordId: string,
    values: Record<string, JsonValue>,
    now: number,
  ): Mutation {
    const stamped = stampEdit(this.state, table, recordId, values, now);
    const mutation: Mutation = {
      clientId: this.clientId,
      mutationId: stamped.mutationId,
      table,
      recordId,
      fields: stamped.fields,
      base: stamped.base,
    };
    this.outbox.push(mutation);
    return mutation;
  }

  nextBatch(max: number): PushRequest | null {
    if (this.outbox.length === 0) return null;
    return { clientId: this.clientId, mutations: this.outbox.slice(0, max) };
  }

  /** The server applied the whole batch (or had it already): drop it from the outbox. */
  acknowledge(sent: PushRequest): void {
    const done = new Set(sent.mutations.map((m) => m.mutationId));
    for (let i = this.outbox.length - 1; i >= 0; i--) {
      const m = this.outbox[i];
      if (m !== undefined && done.has(m.mutationId)) this.outbox.splice(i, 1);
    }
  }

  cursor(): number {
    return this.pullCursor;
  }

  applyPull(page: PullResponse, now: number): ConflictNote[] {
    const { notes } = applyPage(this.state, page, now);
    this.conflicts.push(...notes);
    this.pullCursor = Math.max(this.pullCursor, page.cursor);
    return notes;
  }

  /** Values of one live or deleted record, or undefined. */
  get(table: string, recordId: string): FieldMap | undefined {
    return this.state.records.get(recordKey(table, recordId))?.fields;
  }

  /** Every record held: table, id and field map. */
  records(): StoredRecord[] {
    return [...this.state.records].map(([k, r]) => {
      const [table, recordId] = splitRecordKey(k);
      return { table, recordId, fields: r.fields };
    });
  }

  /** Forgets every record (the outbox stays): a seeding tool that only pushes frees memory. */
  clearRecords(): void {
    this.state.records.clear();
  }

  /** Stable view for comparing replicas: key → field map. */
  snapshot(): Record<string, FieldMap> {
    const keys = [...this.state.records.keys()].sort();
    return Object.fromEntries(keys.map((k) => [k, this.state.records.get(k)?.fields ?? {}]));
  }
}
