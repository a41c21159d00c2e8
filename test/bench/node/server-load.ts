// Bench: a team on one sync server. N devices of one workspace each hold a long pull open and
// push one change every 2 s for T seconds, on loopback; the load client is its own process.
// Embedded database (PGlite), then the baseline: two instances on one PostgreSQL (when its
// binaries are installed), figures suffixed _pg2.
// Run: npx tsx test/bench/node/server-load.ts [--quick] [--devices=N] [--seconds=T] [--profile=DIR]
//   [--embedded-only]
//   --profile=DIR writes the embedded server's CPU profile (node --cpu-prof) into DIR.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../../lib/postgres';
import { findPgBin } from '../../lib/system-tools.mjs';
import type { LoadPlan, LoadResult } from './lib/server-load-client';
import { createAdmin, deviceTokens, runLoadClient, startServer } from './lib/server-process';
import type { ServerProcess } from './lib/server-process';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const devices = Number(flag('devices') ?? (quick ? 50 : 200));
const seconds = Number(flag('seconds') ?? (quick ? 20 : 60));
const profileDir = flag('profile');
const WORKSPACE = 'Load';
const EMAIL = 'load@bench.test';
const PASSWORD = 'correct horse battery';

const plan = (urls: string[], tokens: string[]): LoadPlan => ({
  urls,
  tokens,
  devices,
  seconds,
  pushEveryMs: 2000,
  drainMs: 15_000,
  pullWaitMs: 25_000,
  timeoutMs: 10_000,
  runId: Date.now().toString(36),
});

/** The load client's figures, and the servers' CPU (% of one core) over its run. */
async function measure(servers: ServerProcess[], urls: string[], suffix: string) {
  const admin = { workspace: WORKSPACE, email: EMAIL, password: PASSWORD };
  const tokens = await deviceTokens(urls[0] ?? '', admin, devices);
  const cpu0 = servers.reduce((t, s) => t + s.cpuMs(), 0);
  const t0 = performance.now();
  const r = await runLoadClient(plan(urls, tokens));
  const cpu = servers.reduce((t, s) => t + s.cpuMs(), 0) - cpu0;
  print(r, suffix);
  const pct = (cpu / (performance.now() - t0)) * 100;
  console.log(`bench server_cpu_pct${suffix}: ${pct.toFixed(0)} %`);
  console.log(
    `bench server_cpu_ms_per_push${suffix}: ${(cpu / Math.max(1, r.pushes)).toFixed(1)} ms`,
  );
}

function print(r: LoadResult, suffix: string): void {
  const line = (name: string, v: string, unit: string) =>
    console.log(`bench ${name}${suffix}: ${v} ${unit}`);
  line('server_push_p99_ms', r.pushP99Ms.toFixed(0), 'ms');
  line('server_fanout_p95_ms', r.fanoutP95Ms.toFixed(0), 'ms');
  line('server_timeouts', String(r.timeouts), 'count');
  line('server_load_client_cpu_pct', r.clientCpuPct.toFixed(0), '%');
  line('server_push_p50_ms', r.pushP50Ms.toFixed(0), 'ms');
  line('server_fanout_p50_ms', r.fanoutP50Ms.toFixed(0), 'ms');
  line('server_fanout_missing', String(r.fanoutMissing), 'count');
  line('server_errors', String(r.errors), 'count');
  line('server_pushes', String(r.pushes), 'count');
}

async function withServers(
  servers: ServerProcess[],
  run: (urls: string[]) => Promise<void>,
): Promise<void> {
  try {
    await run(servers.map((s) => s.url));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

async function embedded(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'steward-load-'));
  try {
    const data = ['--data', join(dir, 'data')];
    createAdmin([...data, '--workspace', WORKSPACE, '--email', EMAIL], {
      STEWARD_ADMIN_PASSWORD: PASSWORD,
    });
    const flags = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`];
    const server = await startServer(data, {}, flags);
    await withServers([server], async ([url = '']) => {
      await measure([server], [url], '');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresBaseline(): Promise<void> {
  if (findPgBin() === null) {
    console.error('# PostgreSQL binaries not found: the _pg2 baseline is skipped');
    return;
  }
  const cluster = await startPostgres();
  try {
    const env = { DATABASE_URL: cluster.createDatabase('load') };
    createAdmin(['--workspace', WORKSPACE, '--email', EMAIL], {
      ...env,
      STEWARD_ADMIN_PASSWORD: PASSWORD,
    });
    const servers = [await startServer([], env), await startServer([], env)];
    await withServers(servers, async (urls) => {
      await measure(servers, urls, '_pg2');
    });
  } finally {
    cluster.stop();
  }
}

console.error(`# server-load: ${String(devices)} devices, ${String(seconds)} s`);
await embedded();
if (!args.includes('--embedded-only')) await postgresBaseline();
