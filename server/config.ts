import { parseArgs } from 'node:util';
import { parseOrigin } from './http/cors';

export interface ServeConfig {
  command: 'serve';
  dataDir: string;
  port: number;
  host: string;
  databaseUrl: string | null;
  /** Browser origins allowed to call the server besides the app's own. */
  corsOrigins: string[];
}

export interface CreateAdminConfig {
  command: 'create-admin';
  dataDir: string;
  databaseUrl: string | null;
  workspace: string;
  email: string;
  password: string;
}

export type Config = ServeConfig | CreateAdminConfig;

export const USAGE = `Usage:
  npm run server -- [--data DIR] [--port N] [--host ADDR]
  npm run server -- create-admin --workspace NAME --email E --password P [--data DIR]
With DATABASE_URL set, PostgreSQL is used instead of the embedded database in DIR (default ./data).
Browsers may call the server from the app itself (app://steward) and from 'npm run web' at
http://localhost:5174; name any other origin (scheme://host[:port], never *) with
--cors-origin ORIGIN (repeatable) or STEWARD_CORS_ORIGINS=ORIGIN,ORIGIN.`;

export function parseConfig(argv: string[], env: Record<string, string | undefined>): Config {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: './data' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      workspace: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
    },
  });
  const databaseUrl =
    env.DATABASE_URL !== undefined && env.DATABASE_URL !== '' ? env.DATABASE_URL : null;
  const command = positionals[0] ?? 'serve';
  if (command === 'create-admin') {
    const { workspace, email, password } = values;
    if (workspace === undefined || email === undefined || password === undefined) {
      throw new Error(`create-admin needs --workspace, --email and --password.\n${USAGE}`);
    }
    return { command, dataDir: values.data, databaseUrl, workspace, email, password };
  }
  if (command !== 'serve') throw new Error(`Unknown command "${command}".\n${USAGE}`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535.\n${USAGE}`);
  }
  const corsOrigins = corsOriginsOf(values['cors-origin'] ?? [], env.STEWARD_CORS_ORIGINS);
  return { command, dataDir: values.data, port, host: values.host, databaseUrl, corsOrigins };
}

function corsOriginsOf(flags: string[], fromEnv: string | undefined): string[] {
  const listed = [...flags, ...(fromEnv ?? '').split(',')].filter((o) => o.trim() !== '');
  try {
    return [...new Set(listed.map(parseOrigin))];
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`, { cause: error });
  }
}
