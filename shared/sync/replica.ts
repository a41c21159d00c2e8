/**
 * The client half of sync, in memory: local records as field maps, an outbox of
 * mutations, the HLC and the pull cursor. The Dexie client mirrors these steps
 * (same calls, stored in IndexedDB); tests use this one as a simulated device.
 */
import type { RecordTable } from '../schemas/index';
import { compareHlc, createHlc, formatHlc, parseHlc, receiveHlc, tickHlc } from './hlc';
import type { Hlc } from './hlc';
import type { JsonValue } from './json';
import { maxHlc, mergeRecord, stampFields } from './merge';
import type { ConflictNote, FieldMap } from './merge';
import type { Change, Mutation, PullResponse, PushRequest } from './protocol';

export const recordKey = (table: string, recordId: string): string => `${table}/${recordId}`;

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
  private clock: Hlc;
  private pullCursor = 0;
  private nextMutationId = 1;
  readonly records = new Map<string, StoredRecord>();
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
    this.clock = createHlc(clientId);
    this.pullCursor = start.cursor ?? 0;
    this.nextMutationId = start.nextMutationId ?? 1;
  }

  /** A local edit: stamps the values with a fresh clock, applies them, queues the mutation. */
  edit(
    table: RecordTable,
    recordId: string,
    values: Record<string, JsonValue>,
    now: number,
  ): Mutation {
    this.clock = tickHlc(this.clock, now);
    const fields = stampFields(values, formatHlc(this.clock));
    this.mergeIn(table, recordId, fields, false);
    const mutation: Mutation = {
      clientId: this.clientId,
      mutationId: this.nextMutationId++,
      table,
      recordId,
      fields,
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
    const notes = page.changes.flatMap((c) => this.applyChange(c, now));
    this.pullCursor = Math.max(this.pullCursor, page.cursor);
    return notes;
  }

  /** Values of one live or deleted record, or undefined. */
  get(table: string, recordId: string): FieldMap | undefined {
    return this.records.get(recordKey(table, recordId))?.fields;
  }

  /** Stable view for comparing replicas: key → field map. */
  snapshot(): Record<string, FieldMap> {
    const keys = [...this.records.keys()].sort();
    return Object.fromEntries(keys.map((k) => [k, this.records.get(k)?.fields ?? {}]));
  }

  private applyChange(change: Change, now: number): ConflictNote[] {
    const top = maxHlc(change.fields);
    const remote = top === null ? null : parseHlc(top);
    // Receive semantics: later local edits must sort after everything seen.
    if (remote !== null && compareHlc(top ?? '', formatHlc(this.clock)) > 0) {
      this.clock = receiveHlc(this.clock, remote, now);
    }
    return this.mergeIn(change.table, change.recordId, change.fields, true);
  }

  private mergeIn(
    table: string,
    recordId: string,
    fields: FieldMap,
    remote: boolean,
  ): ConflictNote[] {
    const key = recordKey(table, recordId);
    const current = this.records.get(key);
    const ctx = remote ? { table, recordId, localClientId: this.clientId } : { table, recordId };
    const result = mergeRecord(current?.fields, fields, ctx);
    this.records.set(key, { table, recordId, fields: result.fields });
    this.conflicts.push(...result.conflicts);
    return result.conflicts;
  }
}
