/**
 * The convergence and note properties (shared/sync/simulation.ts) over the replica the app ships:
 * DexieReplica on IndexedDB (fake-indexeddb), edits stamped by the outbox stamping as the app's
 * writes are. Same schedules as the in-memory run in shared/sync/convergence.test.ts.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryServer } from '@shared/sync/memory-server';
import { runSimulation, simScheduleArb } from '@shared/sync/simulation';
import type { StewardDatabase } from './database';
import { dexieDevice } from './sync-sim-device';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
/** A Dexie schedule costs 0.3–0.7 s here (three IndexedDB stores): the file stays to seconds. */
const TIME_BUDGET_MS = 15_000;
const tally = { schedules: 0, concurrent: 0, informed: 0 };

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
          const devices = [
            await dexieDevice(dbs, T0),
            await dexieDevice(dbs, T0),
            await dexieDevice(dbs, T0),
          ];
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
