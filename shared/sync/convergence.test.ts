/**
 * The convergence and note properties over the in-memory replica (the Dexie-backed one runs the
 * same schedules in renderer/src/db/sync-convergence.test.ts; the real server with kill -9 in
 * server/convergence.test.ts).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryServer } from './memory-server';
import { MemoryReplica } from './replica';
import { runSimulation, simScheduleArb } from './simulation';
import type { SimDevice } from './simulation';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const tally = { schedules: 0, concurrent: 0, informed: 0 };

function memoryDevice(clientId: string): SimDevice {
  const replica = new MemoryReplica(clientId);
  return {
    replica,
    edit: (table, id, values, now) => Promise.resolve(replica.edit(table, id, values, now).fields),
    snapshot: () => Promise.resolve(replica.snapshot()),
  };
}

describe('in-memory replicas over a faulty network', () => {
  afterAll(() => {
    console.log(
      `convergence (memory replica): ${tally.schedules} schedules ran, ${tally.concurrent} concurrent and ${tally.informed} informed overwrites checked`,
    );
  });

  it('converge, lose no acknowledged write, and note exactly the concurrent overwrites', async () => {
    await fc.assert(
      fc.asyncProperty(simScheduleArb(3), async (steps) => {
        const n = tally.schedules++;
        const devices = [0, 1, 2].map((i) => memoryDevice(`m${n}-d${i}`));
        const out = await runSimulation(devices, new MemoryServer(), steps, T0);
        const truth = out.snapshots.at(-1);
        for (const s of out.snapshots) expect(s).toEqual(truth);
        expect(out.lost).toEqual([]);
        expect(out.notes).toEqual(out.expectedNotes);
        expect(out.notesLeft).toBe(0);
        tally.concurrent += out.concurrent;
        tally.informed += out.informed;
      }),
      { numRuns: 300 },
    );
    // Schedules that overwrite both ways ran: the property is not vacuous.
    expect(tally.concurrent).toBeGreaterThan(0);
    expect(tally.informed).toBeGreaterThan(0);
  }, 60_000);
});
