/**
 * A private PostgreSQL cluster for tests: initdb into a temp dir owned by the
 * `postgres` user, started on a free port, stopped (-m fast) and removed after.
 * Never skips: without the server binaries it fails with the install command.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPgBin } from './system-tools.mjs';

export interface PgCluster {
  /** postgres://… URL of the `postgres` database. */
  url: string;
  port: number;
  dir: string;
  /** URL of another database in the same cluster (created on demand). */
  createDatabase(name: string): string;
  stop(): void;
}

const INSTALL = 'sudo apt-get update && sudo apt-get install -y postgresql';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs a PostgreSQL tool, as the `postgres` user when we are root (initdb refuses root). */
function runAsPostgres(bin: string, tool: string, args: string[]): string {
  const exe = join(bin, tool);
  if (!isRoot()) return execFileSync(exe, args, { encoding: 'utf8', stdio: 'pipe' });
  const cmd = [exe, ...args].map(quote).join(' ');
  return execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', cmd], {
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

export async function startPostgres(): Promise<PgCluster> {
  const bin = findPgBin();
  if (bin === null) {
    throw new Error(
      `PostgreSQL server binaries not found (initdb, pg_ctl). Install them with:\n\n  ${INSTALL}\n`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'steward-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  runAsPostgres(bin, 'initdb', [
    '-D',
    data,
    '--auth=trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  runAsPostgres(bin, 'pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  const urlFor = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    url: urlFor('postgres'),
    port,
    dir,
    createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad database name ${name}`);
      runAsPostgres(bin, 'psql', [
        '-h',
        dir,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-c',
        `CREATE DATABASE ${name}`,
      ]);
      return urlFor(name);
    },
    stop() {
      try {
        runAsPostgres(bin, 'pg_ctl', ['-D', data, 'stop', '-m', 'fast', '-w']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
