/**
 * Test support: random schedules of edits, deletes, restores, cleared fields, rank moves and
 * syncs over a faulty network (dropped, duplicated, held-back and replayed requests), run against
 * any replica (in memory or Dexie-backed) and the server's rules in memory (MemoryServer). After
 * each schedule: every replica equals the server, no acknowledged write is lost, and every
 * concurrent overwrite gave exactly one note to each of its two devices while no informed one
 * gave any, and the server keeps no note once every device holds everything (note-inbox.ts). Concurrency is judged here from what each device had received (knowledge sets), not
 * from the base clocks the code under test sends.
 */
import fc from 'fast-check';
import { INCIDENT_STATUSES } from '../domain/types';
import type { RecordTable } from '../schemas/index';
import { syncOnce } from './client';
import { compareHlc, parseHlc } from './hlc';
import { canonicalJson } from './json';
import type { JsonValue } from './json';
import type { MemoryServer } from './memory-server';
import type { ConflictNote, FieldMap } from './merge';
import { NOTES_TABLE } from './notes';
import type { SyncTransport } from './client';
import type { Mutation, PushRequest } from './protocol';
import type { SyncReplica } from './replica';
import { recordKey } from './steps';

/** A device under test: its replica, how it makes a local edit, and its synced state. */
export interface SimDevice {
  readonly replica: SyncReplica;
  /** A local edit; gives the stamped field states (one clock per field). */
  edit(
    table: RecordTable,
    recordId: string,
    values: Record<string, JsonValue>,
    now: number,
  ): Promise<FieldMap>;
  /** Key (recordKey) → field map of every record held. */
  snapshot(): Promise<Record<string, FieldMap>>;
  /** After the last page of a pull (the Dexie replica's rank repairs). */
  finishPull?(): Promise<unknown>;
}

export type Fault = 'none' | 'drop-request' | 'drop-response' | 'duplicate' | 'hold';
export type SimStep =
  | { k: 'edit'; dev: number; rec: number; values: Record<string, JsonValue> }
  | { k: 'sync'; dev: number; fault: Fault }
  | { k: 'replay' };

const DELETED = '2026-03-01T00:00:00.000Z';

/** Field values an edit may set; null in respondedAt clears that optional field. */
const editValues = fc
  .record(
    {
      title: fc.constantFrom('Login down', 'Payroll', 'Export slow', 'X'),
      severity: fc.constantFrom(1, 2, 3, 4),
      status: fc.constantFrom(...INCIDENT_STATUSES),
      respondedAt: fc.constantFrom('2026-03-01T10:00:00.000Z', null),
      futureField: fc.integer({ min: 0, max: 9 }),
    },
    { requiredKeys: [] },
  )
  .filter((v) => Object.keys(v).length > 0) as fc.Arbitrary<Record<string, JsonValue>>;

/** One operation's values: an edit, a delete, a restore, a cleared field or a rank move. */
const opValues: fc.Arbitrary<Record<string, JsonValue>> = fc.oneof(
  { weight: 5, arbitrary: editValues },
  { weight: 1, arbitrary: fc.constant({ deletedAt: DELETED }) },
  { weight: 1, arbitrary: fc.constant({ deletedAt: null }) },
  { weight: 1, arbitrary: fc.constant({ respondedAt: null, title: 'Cleared' }) },
  { weight: 1, arbitrary: fc.constantFrom('a0', 'a1', 'Zz').map((k) => ({ rankKey: k })) },
);

export function simScheduleArb(devices: number): fc.Arbitrary<SimStep[]> {
  const dev = fc.integer({ min: 0, max: devices - 1 });
  const fault = fc.constantFrom<Fault>(
    'none',
    'none',
    'none',
    'drop-request',
    'drop-response',
    'duplicate',
    'hold',
  );
  const step: fc.Arbitrary<SimStep> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        k: fc.constant('edit' as const),
        dev,
        rec: fc.integer({ min: 0, max: 2 }),
        values: opValues,
      }),
    },
    { weight: 4, arbitrary: fc.record({ k: fc.constant('sync' as const), dev, fault }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('replay' as const) }) },
  );
  return fc.array(step, { minLength: 4, maxLength: 24 });
}

/** A deep copy, as the network would deliver it (shared/ has no structuredClone). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const fieldKey = (table: string, recordId: string, field: string) =>
  `${recordKey(table, recordId)}\u0000${field}`;

/** What each device has received, and what each write's author had received (by clock). */
class Knowledge {
  private readonly byWrite = new Map<string, Set<string>>();
  private readonly byDevice: Array<Map<string, Set<string>>>;
  constructor(devices: number) {
    this.byDevice = Array.from({ length: devices }, () => new Map<string, Set<string>>());
  }
  wrote(dev: number, fk: string, hlc: string): void {
    const known = new Set(this.byDevice[dev]?.get(fk));
    known.add(hlc);
    this.byWrite.set(`${fk}|${hlc}`, new Set(known)); // frozen: what the author had then
    this.byDevice[dev]?.set(fk, known);
  }
  received(dev: number, fk: string, hlc: string): void {
    const mine = this.byDevice[dev]?.get(fk) ?? new Set<string>();
    for (const h of this.byWrite.get(`${fk}|${hlc}`) ?? [hlc]) mine.add(h);
    this.byDevice[dev]?.set(fk, mine);
  }
  knew(fk: string, writer: string, other: string): boolean {
    return this.byWrite.get(`${fk}|${writer}`)?.has(other) === true;
  }
}

/** The replica, with every mutation the server acknowledges also pushed onto `acked`. */
export function recordingAcks(replica: SyncReplica, acked: Mutation[]): SyncReplica {
  return {
    clientId: replica.clientId,
    nextBatch: (max) => replica.nextBatch(max),
    acknowledge: async (sent) => {
      acked.push(...sent.mutations);
      await replica.acknowledge(sent);
    },
    cursor: () => replica.cursor(),
    applyPull: (page, now) => replica.applyPull(page, now),
  };
}

export interface SimOutcome {
  /** Notes expected (from the displacements and knowledge) and given, as sorted keys. */
  expectedNotes: string[];
  notes: string[];
  /** Acknowledged fields missing, or replaced only by an older clock. */
  lost: string[];
  /** Replica snapshots, then the server's last. */
  snapshots: Array<Record<string, FieldMap>>;
  concurrent: number;
  informed: number;
  /** Note records the server still holds once every device has pulled everything. */
  notesLeft: number;
}

const noteKey = (clientId: string, kind: string, fk: string, mine: JsonValue, other: JsonValue) =>
  `${clientId}|${kind}|${fk.replaceAll('\u0000', '/')}|${canonicalJson(mine)}|${canonicalJson(other)}`;

/** Runs one schedule over `devices` (fresh replicas) against `server` (fresh). */
export async function runSimulation(
  devices: SimDevice[],
  server: MemoryServer,
  steps: readonly SimStep[],
  base: number,
): Promise<SimOutcome> {
  const knowledge = new Knowledge(devices.length);
  const acked: Mutation[] = [];
  const notes: ConflictNote[][] = devices.map(() => []);
  const held: PushRequest[] = [];
  const indexOf = new Map(devices.map((d, i) => [d.replica.clientId, i]));

  const transport = (dev: number): SyncTransport => ({
    push: (req) => Promise.resolve(server.push(clone(req))),
    pull: (after, limit, options) => {
      const page = clone(server.pull(after, limit, options?.clientId));
      for (const c of page.changes) {
        if (c.table === NOTES_TABLE) continue;
        for (const [f, s] of Object.entries(c.fields))
          knowledge.received(dev, fieldKey(c.table, c.recordId, f), s.hlc);
      }
      return Promise.resolve(page);
    },
    status: () => Promise.resolve(server.status()),
  });
  // Acknowledged mutations are remembered, to check none is lost.
  const tracked = (d: SimDevice): SyncReplica => recordingAcks(d.replica, acked);
  const sync = async (dev: number, now: number) => {
    const d = devices[dev];
    if (d === undefined) return;
    const round = await syncOnce(tracked(d), transport(dev), {
      now: () => now,
      batchSize: 3,
      pageSize: 4,
    });
    await d.finishPull?.();
    notes[dev]?.push(...round.conflicts);
  };
  // Device clocks disagree: one is 90 s behind, one 60 s ahead.
  const skew = [0, -90_000, 60_000];

  for (const [n, s] of steps.entries()) {
    if (s.k === 'replay') {
      const stale = held.shift();
      if (stale !== undefined) server.push(stale);
      continue;
    }
    const now = base + n * 1_000 + (skew[s.dev] ?? 0);
    const d = devices[s.dev];
    if (d === undefined) continue;
    if (s.k === 'edit') {
      const id = `r${s.rec}`;
      const stamped = await d.edit('incidents', id, s.values, now);
      for (const [f, st] of Object.entries(stamped))
        knowledge.wrote(s.dev, fieldKey('incidents', id, f), st.hlc);
      continue;
    }
    if (s.fault === 'none') {
      await sync(s.dev, now);
      continue;
    }
    const batch = await d.replica.nextBatch(3);
    if (batch === null) continue;
    // The device goes offline after a fault.
    if (s.fault === 'hold') held.push(clone(batch));
    if (s.fault === 'drop-response') server.push(clone(batch));
    if (s.fault === 'duplicate') {
      server.push(clone(batch));
      server.push(clone(batch));
      await tracked(d).acknowledge(batch);
    }
  }
  for (const stale of held) server.push(stale);
  // Everyone online, no faults, until every outbox is empty and everyone has everything.
  const end = base + steps.length * 1_000 + 120_000;
  for (let round = 0; round < 4; round++) {
    for (const i of devices.keys()) await sync(i, end + round);
  }
  for (const i of devices.keys()) await sync(i, end + 10);

  let concurrent = 0;
  let informed = 0;
  const expected: string[] = [];
  for (const d of server.displacements) {
    if (d.field === 'updatedAt') continue; // bookkeeping: never noted
    const fk = fieldKey(d.table, d.recordId, d.field);
    if (knowledge.knew(fk, d.won.hlc, d.lost.hlc)) {
      informed++;
      continue;
    }
    concurrent++;
    const loser = parseHlc(d.lost.hlc)?.node ?? '';
    const winner = parseHlc(d.won.hlc)?.node ?? '';
    expected.push(noteKey(loser, 'overwritten', fk, d.lost.value, d.won.value));
    expected.push(noteKey(winner, 'unseen', fk, d.won.value, d.lost.value));
  }
  // Delete/edit notes are checked in the replica tests (renderer/src/db/sync-trash-notes.test.ts).
  const given = notes.flatMap((list, i) =>
    list
      .filter((n) => n.kind !== 'trashed')
      .map((n) =>
        noteKey(
          devices[i]?.replica.clientId ?? '',
          n.kind ?? 'overwritten',
          fieldKey(n.table, n.recordId, n.field),
          n.localValue,
          n.winningValue,
        ),
      ),
  );
  const truth = server.snapshot();
  const lost: string[] = [];
  for (const m of acked) {
    const rec = truth[recordKey(m.table, m.recordId)];
    for (const [f, s] of Object.entries(m.fields)) {
      const now = rec?.[f];
      if (now === undefined || compareHlc(now.hlc, s.hlc) < 0)
        lost.push(`${m.recordId}.${f}@${s.hlc}`);
    }
  }
  const snapshots = await Promise.all(devices.map((d) => d.snapshot()));
  // One more quiet round: each device now says it holds everything, so no note is left to keep.
  for (const i of devices.keys()) await sync(i, end + 20);
  // Every note names a device of this run.
  for (const k of given) if (!indexOf.has(k.split('|')[0] ?? '')) lost.push(`stray note ${k}`);
  return {
    expectedNotes: expected.sort(),
    notes: given.sort(),
    lost,
    snapshots: [...snapshots, truth],
    concurrent,
    informed,
    notesLeft: server.noteCount(),
  };
}
