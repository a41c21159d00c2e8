/** Sync servers and the load client of the server-load bench, each as its own process. */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadPlan, LoadResult } from './server-load-client';

const ROOT = resolve(import.meta.dirname, '../../../..');
/** From source: the committed bundle may be older than the tree being measured. */
const MAIN = ['--import', 'tsx', 'server/main.ts'];
const CLIENT = ['--import', 'tsx', 'test/bench/node/lib/server-load-client.ts'];

const envOf = (extra: Record<string, string>) => ({
  ...process.env,
  STEWARD_SCRYPT_N: '4096',
  ...extra,
});

export function createAdmin(args: string[], env: Record<string, string>): void {
  const res = spawnSync(process.execPath, [...MAIN, 'create-admin', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: envOf(env),
    input: '',
  });
  if (res.status !== 0) throw new Error(`create-admin failed: ${res.stderr}${res.stdout}`);
}

export interface ServerProcess {
  url: string;
  /** CPU time the process has used so far, in ms (Linux /proc; 0 elsewhere). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** utime + stime of a process from /proc/PID/stat, in ms (clock ticks of 10 ms). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** `nodeFlags`: e.g. --cpu-prof to profile the server. */
export function startServer(
  args: string[],
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeFlags, ...MAIN, '--port', '0', '--trust-proxy', 'loopback', ...args],
    { cwd: ROOT, env: envOf(env), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Steward sync server on (http:\/\/\S+)/.exec(output);
      if (m?.[1] === undefined) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume(); // keep draining its log
      resolveStart({
        url: m[1],
        cpuMs: () => cpuMsOf(child.pid),
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => {
      if (output.length < 100_000) output += c.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}) before listening:\n${output}`));
    });
  });
}

export function runLoadClient(plan: LoadPlan): Promise<LoadResult> {
  const child = spawn(process.execPath, [...CLIENT, JSON.stringify(plan)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolveRun, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load client failed (exit ${String(code)})`));
      else resolveRun(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as LoadResult);
    });
  });
}

const { PROTOCOL_HEADER, PROTOCOL_VERSION } = await import('../../../../shared/sync/index');

async function post(url: string, path: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${path} failed: ${String(res.status)} ${text}`);
  return JSON.parse(text) as unknown;
}

/** `from`: the device's address, believed by a server started with --trust-proxy loopback. */
export async function signIn(
  url: string,
  workspace: string,
  email: string,
  password: string,
  from = '127.0.0.1',
): Promise<string> {
  const body = { workspace, email, password };
  const res = (await post(url, '/auth/sign-in', body, { 'x-forwarded-for': from })) as {
    token: string;
  };
  return res.token;
}

/**
 * A token per device, as a team has: members of `perMember` devices each, every device signed
 * in from an address of its own (the sign-in limits count per address).
 */
export async function deviceTokens(
  url: string,
  admin: { workspace: string; email: string; password: string },
  devices: number,
  perMember = 4,
): Promise<string[]> {
  const adminToken = await signIn(url, admin.workspace, admin.email, admin.password);
  const tokens: string[] = [];
  for (let m = 0; tokens.length < devices; m++) {
    const email = `member${String(m)}@bench.test`;
    await post(
      url,
      '/members',
      { email, password: admin.password, role: 'csm' },
      { authorization: `Bearer ${adminToken}` },
    );
    for (let i = 0; i < perMember && tokens.length < devices; i++) {
      const from = `10.${String(m >> 8)}.${String(m & 255)}.${String(i + 1)}`;
      tokens.push(await signIn(url, admin.workspace, email, admin.password, from));
    }
  }
  return tokens;
}
