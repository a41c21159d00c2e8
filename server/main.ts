/** `npm run server`: the sync server, or `create-admin` for a workspace's first admin. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { addMemberRequestSchema } from '../shared/sync/index';
import { readPassword } from './admin-password';
import { buildApp } from './app';
import { createAdmin } from './auth/members';
import { parseConfig } from './config';
import type { Config } from './config';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/postgres';
import type { Db } from './db/types';

async function openDb(config: Config): Promise<Db> {
  if (config.databaseUrl !== null) return openPostgres(config.databaseUrl);
  const dir = resolve(config.dataDir);
  mkdirSync(dir, { recursive: true });
  return openPglite(dir);
}

async function main(): Promise<void> {
  const config = parseConfig(process.argv.slice(2), process.env);
  const db = await openDb(config);
  await migrate(db);

  if (config.command === 'create-admin') {
    try {
      const password = config.password ?? (await readPassword(process.stdin, process.stderr));
      const input = addMemberRequestSchema.parse({ ...config, password, role: 'admin' });
      const member = await createAdmin(db, { ...input, workspace: config.workspace });
      console.log(`Admin ${member.email} created in workspace "${member.workspaceName}".`);
    } finally {
      await db.close();
    }
    return;
  }

  const app = await buildApp({
    db,
    logger: true,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    http: { maxConnections: config.maxConnections },
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // A client that opened a connection and sent nothing would hold close() until Node's own
    // timeout: after a grace period, drop whatever is still open.
    setTimeout(() => app.server.closeAllConnections(), 5_000).unref();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  const address = await app.listen({ port: config.port, host: config.host });
  console.log(`Steward sync server on ${address} (${db.kind})`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
