/**
 * Property: N devices editing offline over a faulty network (dropped, duplicated,
 * held-back and replayed requests) and a server killed with SIGKILL mid-push all
 * end equal to the server, and no acknowledged write is lost.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryReplica, syncOnce } from '../shared/sync/index';
import type { Mutation, PushRequest, SyncTransport } from '../shared/sync/index';
import { runCli, startChild } from './test/child-server';
import type { ChildServer } from './test/child-server';
import { PASSWORD } from './test/fixtures';
import { signIn } from './test/http';
import { Device, liveTransport, lostWrites, scheduleArb, settle } from './test/simulation';
import type { Step } from './test/simulation';

const DEVICES = 3;
const RUNS = 40;
/** Keeps the file under a minute on a busy 2-core machine; runs done so far still count. */
const TIME_BUDGET_MS = 25_000;
const MAX_CRASHES = 3;

describe('convergence under faults and crashes', () => {
  let dir: string;
  let server: ChildServer;
  let token: string;
  let crashes = 0;
  let cut = 0;
  let schedules = 0;
  const url = () => server.url;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'steward-conv-'));
    runCli(['create-admin', '--workspace', 'Sim', '--email', 'sim@x.test', '--data', dir], {
      STEWARD_ADMIN_PASSWORD: PASSWORD,
    });
    server = await startChild(dir);
    token = await signIn(server.url, 'Sim', 'sim@x.test', PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
    console.log(
      `convergence: ${schedules} schedules ran, ${crashes} kill -9 restarts (${cut} pushes cut off)`,
    );
  }, 60_000);

  async function crashMidPush(t: SyncTransport, device: MemoryReplica, delayMs: number) {
    const batch = device.nextBatch(3);
    const inFlight =
      batch === null
        ? Promise.resolve(null)
        : t.push(batch).then(
            () => batch,
            () => null,
          );
    await new Promise((r) => setTimeout(r, delayMs));
    await server.kill9();
    const done = await inFlight;
    if (done !== null)
      device.acknowledge(done); // answered before dying: must survive
    else if (batch !== null) cut++;
    server = await startChild(dir);
    crashes++;
  }

  async function run(steps: Step[]): Promise<void> {
    const id = schedules++;
    const base = Date.now();
    const skew = [0, -90_000, 60_000];
    const acked: Mutation[] = [];
    // Devices that already hold earlier schedules' records: start from the current sequence.
    const { seq } = await liveTransport(url, token).status('none');
    const devices = Array.from(
      { length: DEVICES },
      (_, i) => new Device(`s${id}-d${i}`, acked, seq),
    );
    const transports = devices.map(() => liveTransport(url, token));
    const held: PushRequest[] = [];
    const t = (i: number) => transports[i] ?? transports[0];
    for (const [n, s] of steps.entries()) {
      const now = () => base + n * 20 + (s.k === 'edit' || s.k === 'sync' ? (skew[s.dev] ?? 0) : 0);
      if (s.k === 'edit') {
        devices[s.dev]?.edit('incidents', `s${id}-r${s.rec}`, s.values, now());
      } else if (s.k === 'replay') {
        const stale = held.shift();
        if (stale !== undefined)
          await t(0)
            ?.push(stale)
            .catch(() => undefined);
      } else if (s.k === 'crash') {
        const d = devices[s.dev];
        const tr = t(s.dev);
        if (crashes < MAX_CRASHES && d !== undefined && tr !== undefined)
          await crashMidPush(tr, d, s.delayMs);
      } else {
        const d = devices[s.dev];
        const tr = t(s.dev);
        if (d === undefined || tr === undefined) continue;
        const batch = d.nextBatch(3);
        if (batch !== null && s.fault !== 'none') {
          if (s.fault === 'hold') held.push(structuredClone(batch));
          if (s.fault === 'drop-response') await tr.push(batch);
          if (s.fault === 'duplicate') {
            await tr.push(batch);
            await tr.push(batch);
            d.acknowledge(batch);
          }
          continue; // the device goes offline after a fault
        }
        await syncOnce(d, tr, { now, batchSize: 3, pageSize: 4 });
      }
    }
    for (const stale of held) await t(0)?.push(stale);
    const now = () => Date.now();
    await settle(devices, transports, now);
    const observer = new MemoryReplica(`s${id}-observer`, { cursor: seq });
    await syncOnce(observer, t(0) as SyncTransport, { now, pageSize: 50 });
    const truth = observer.snapshot();
    for (const d of devices) expect(d.snapshot()).toEqual(truth);
    expect(lostWrites(acked, observer)).toEqual([]);
  }

  it('kill -9 during a push, restart on the same data: nothing acknowledged is lost', async () => {
    await run([
      { k: 'edit', dev: 0, rec: 0, values: { title: 'Before crash', severity: 1 } },
      { k: 'sync', dev: 0, fault: 'none' },
      { k: 'edit', dev: 1, rec: 0, values: { title: 'During crash' } },
      { k: 'edit', dev: 1, rec: 1, values: { status: 'new' } },
      { k: 'crash', dev: 1, delayMs: 3 },
      { k: 'edit', dev: 2, rec: 0, values: { deletedAt: '2026-03-01T00:00:00.000Z' } },
    ]);
    expect(crashes).toBe(1);
  }, 60_000);

  it('random schedules converge', async () => {
    await fc.assert(
      fc.asyncProperty(scheduleArb(DEVICES, true), async (steps) => run(steps)),
      {
        numRuns: RUNS,
        endOnFailure: true,
        interruptAfterTimeLimit: TIME_BUDGET_MS,
        markInterruptAsFailure: false,
      },
    );
    expect(schedules).toBeGreaterThanOrEqual(5);
  }, 90_000);
});
