/**
 * `tsx server/main.ts` (or the committed bundle, `BUNDLE`) as a child process, so a test can
 * kill -9 it and start it again.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = ['--import', 'tsx', 'server/main.ts'];
/** What `npm run server` runs: the committed bundle, plain JavaScript with no TypeScript loader. */
export const BUNDLE = ['server/dist/server.mjs'];
/** Test servers hash at scrypt N=2^12 (production: 2^17) unless the caller's env says otherwise. */
const childEnv = (extra: Record<string, string> = {}) => ({
  STEWARD_SCRYPT_N: '4096',
  ...process.env,
  ...extra,
});

/** The server CLI; `env` passes e.g. STEWARD_ADMIN_PASSWORD (create-admin never reads argv). */
export function runCli(args: string[], env: Record<string, string> = {}, main = MAIN): string {
  const res = spawnSync(process.execPath, [...main, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv(env),
    input: '',
  });
  if (res.status !== 0) throw new Error(`server CLI failed: ${res.stderr}${res.stdout}`);
  return res.stdout;
}

export interface ChildServer {
  url: string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** `extra`: more server arguments, e.g. `--cors-origin` for a page served from another origin. */
export function startChild(
  dataDir: string,
  main = MAIN,
  extra: readonly string[] = [],
): Promise<ChildServer> {
  const args = [...main, '--port', '0', '--data', dataDir, ...extra];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Steward sync server on (http:\/\/\S+)/.exec(output);
      if (m?.[1] === undefined) return;
      clearTimeout(timer);
      output = ''; // keep draining the pipe, but stop buffering
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolveStart({
        url: m[1],
        async kill9() {
          child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  });
}
