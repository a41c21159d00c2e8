/**
 * The convergence and note properties (shared/sync/simulation.ts) over the replica the app ships:
 * DexieReplica on IndexedDB (fake-indexeddb), edits stamped by the outbox stamping as the app's
 * writes are. Same schedules as the in-memory run in shared/sync/convergence.test.ts.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { recordKey } from '@shared/sync/index';
import type { FieldMap } from '@shared/sync/index';
import { MemoryServer } from '@shared/sync/memory-server';
import { runSimulation, simScheduleArb } from '@shared/sync/simulation';
import type { SimDevice } from '@shared/sync/simulation';
import { openDatabase, type StewardDatabase } from './database';
import { mutationOf, outboxScope, stampOutbox } from './outbox-stamp';
import { DexieReplica } from './sync-replica';
import { fieldsOf } from './sync-rows';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
/** A Dexie schedule costs 0.3–0.7 s here (three IndexedDB stores): the file stays to seconds. */
const TIME_BUDGET_MS = 15_000;
const tally = { schedules: 0, concurrent: 0, informed: 0 };
let n = 0;

async function dexieDevice(dbs: StewardDatabase[]): Promise<SimDevice> {
  const db = openDatabase(`sync-convergence-${++n}`);
  await db.open();
  dbs.push(db);
  const replica = await DexieReplica.open({ db, now: () => T0 });
  return {
    replica,
    // A local change as the app's bulk writes leave it: an outbox row, then stamping.
    edit: (table, recordId, values, now) =>
      db.transaction('rw', outboxScope(db), async () => {
        await db.outbox.add({ table, recordId, fields: values, at: now });
        const [row] = await stampOutbox(db, replica.clientId, 'tail');
        const m = row === undefined ? null : mutationOf(replica.clientId, row);
        if (m === null) throw new Error('the edit was not stamped');
        return m.fields;
      }),
    snapshot: async () => {
      const out: Record<string, FieldMap> = {};
      for (const row of await db.syncFields.toArray())
        out[recordKey(row.table, row.recordId)] = fieldsOf(row) ?? {};
      return out;
    },
    finishPull: () => replica.finishPull(),
  };
}

describe('Dexie-backed replicas over a faulty network', () => {
  afterAll(() => {
    console.log(
      `convergence (Dexie replica): ${tally.schedules} schedules ran, ${tally.concurrent} concurrent and ${tally.informed} informed overwrites checked`,
    );
  });

  it('converge, lose no acknowledged write, and note exactly the concurrent overwrites', async () => {
    await fc.assert(
      fc.asyncProperty(simScheduleArb(3), async (steps) => {
        tally.schedules++;
        const dbs: StewardDatabase[] = [];
        try {
          const devices = [await dexieDevice(dbs), await dexieDevice(dbs), await dexieDevice(dbs)];
          const out = await runSimulation(devices, new MemoryServer(), steps, T0);
          const truth = out.snapshots.at(-1);
          for (const s of out.snapshots) expect(s).toEqual(truth);
          expect(out.lost).toEqual([]);
          expect(out.notes).toEqual(out.expectedNotes);
          expect(out.notesLeft).toBe(0);
          tally.concurrent += out.concurrent;
          tally.informed += out.informed;
        } finally {
          await Promise.all(dbs.map((db) => db.delete()));
        }
      }),
      {
        numRuns: 150,
        interruptAfterTimeLimit: TIME_BUDGET_MS,
        markInterruptAsFailure: false,
      },
    );
    expect(tally.schedules).toBeGreaterThanOrEqual(8);
    expect(tally.concurrent).toBeGreaterThan(0);
  }, 60_000);
});
