/**
 * The replica the app ships (DexieReplica on fake-indexeddb) against the real sync server process
 * (`tsx server/main.ts` on an embedded database) over HTTP, for a few random schedules of edits,
 * deletes, restores, cleared fields and rank moves: every device ends equal to what the server
 * holds, and no acknowledged write is lost. The memory-server properties check the notes; this
 * checks that the shipped client and the shipped server agree.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareHlc,
  createSyncTransport,
  MemoryReplica,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  syncOnce,
} from '@shared/sync/index';
import type { FieldMap, Mutation, SyncTransport } from '@shared/sync/index';
import { recordingAcks, simScheduleArb } from '@shared/sync/simulation';
import type { SimDevice } from '@shared/sync/simulation';
import type { StewardDatabase } from './database';
import { dexieDevice } from './sync-sim-device';

const ROOT = resolve(import.meta.dirname, '../../..');
const MAIN = ['--import', 'tsx', 'server/main.ts'];
const ENV = {
  ...process.env,
  STEWARD_SCRYPT_N: '4096',
  STEWARD_ADMIN_PASSWORD: 'a long passphrase',
};
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
/** Each schedule is a few seconds of HTTP on a busy machine: a few schedules, bounded. */
const TIME_BUDGET_MS = 30_000;

let dir: string;
let child: ChildProcess;
let url = '';
let token = '';
let schedules = 0;
/** Records compared over every schedule: the property is not vacuous. */
let compared = 0;

async function startServer(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'steward-dexie-conv-'));
  const admin = ['create-admin', '--workspace', 'Dx', '--email', 'dx@x.test', '--data', dir];
  const made = spawnSync(process.execPath, [...MAIN, ...admin], { cwd: ROOT, env: ENV });
  if (made.status !== 0) throw new Error(`create-admin failed: ${String(made.stderr)}`);
  child = spawn(process.execPath, [...MAIN, '--port', '0', '--data', dir], { cwd: ROOT, env: ENV });
  url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Steward sync server on (http:\/\/\S+)/.exec(out);
      if (m?.[1] !== undefined) done(m[1]);
    });
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => fail(new Error(`server exited (${String(code)}):\n${out}`)));
  });
  const res = await fetch(`${url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
    body: JSON.stringify({
      workspace: 'Dx',
      email: 'dx@x.test',
      password: ENV.STEWARD_ADMIN_PASSWORD,
    }),
  });
  token = ((await res.json()) as { token: string }).token;
}

const transport = (): SyncTransport =>
  createSyncTransport({ baseUrl: url, token, fetchFn: (u, init) => fetch(u, init) });

/** Only this schedule's records (earlier schedules' are on the same server). */
const own = (snap: Record<string, FieldMap>, prefix: string) =>
  Object.fromEntries(Object.entries(snap).filter(([k]) => k.startsWith(prefix)));

beforeAll(startServer, 120_000);
afterAll(async () => {
  child.kill('SIGTERM');
  await new Promise((done) => child.once('exit', done));
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `convergence (Dexie replica, real server): ${schedules} schedules ran, ${compared} records compared`,
  );
}, 60_000);

describe('Dexie-backed replicas against the real server over HTTP', () => {
  it('converge with the server and lose no acknowledged write', async () => {
    await fc.assert(
      fc.asyncProperty(simScheduleArb(3), async (steps) => {
        const n = ++schedules;
        const dbs: StewardDatabase[] = [];
        const acked: Mutation[] = [];
        try {
          const devices: SimDevice[] = [];
          for (let i = 0; i < 3; i++) devices.push(await dexieDevice(dbs, T0));
          const sync = async (d: SimDevice, now: number) => {
            const tracked = recordingAcks(d.replica, acked);
            await syncOnce(tracked, transport(), { now: () => now, batchSize: 3, pageSize: 4 });
            await d.finishPull?.();
          };
          // Faults are the memory-server properties' business: here every sync goes through.
          for (const [k, s] of steps.entries()) {
            const d = s.k === 'replay' ? undefined : devices[s.dev];
            if (d === undefined || s.k === 'replay') continue;
            const now = T0 + k * 1_000;
            if (s.k === 'edit') await d.edit('incidents', `s${n}-r${s.rec}`, s.values, now);
            else await sync(d, now);
          }
          const end = T0 + steps.length * 1_000 + 60_000;
          for (let round = 0; round < 3; round++) for (const d of devices) await sync(d, end);

          const observer = new MemoryReplica(`obs-${n}-${Date.now()}`);
          await syncOnce(observer, transport(), { now: () => end, pageSize: 200 });
          const prefix = `incidents\u0000s${n}-`;
          const truth = own(observer.snapshot(), prefix);
          compared += Object.keys(truth).length;
          for (const d of devices) expect(own(await d.snapshot(), prefix)).toEqual(truth);
          for (const m of acked) {
            const rec = observer.get(m.table, m.recordId);
            for (const [f, st] of Object.entries(m.fields)) {
              const held = rec?.[f];
              expect(held !== undefined && compareHlc(held.hlc, st.hlc) >= 0).toBe(true);
            }
          }
        } finally {
          await Promise.all(dbs.map((db) => db.delete()));
        }
      }),
      { numRuns: 6, interruptAfterTimeLimit: TIME_BUDGET_MS, markInterruptAsFailure: false },
    );
    expect(schedules).toBeGreaterThanOrEqual(1);
    expect(compared).toBeGreaterThan(0);
  }, 120_000);
});
