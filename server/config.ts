import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { parseOrigin } from './http/cors';
import { DEFAULT_HTTP_LIMITS } from './http/limits';

export interface ServeConfig {
  command: 'serve';
  dataDir: string;
  port: number;
  host: string;
  databaseUrl: string | null;
  /** Browser origins allowed to call the server besides the app's own. */
  corsOrigins: string[];
  /** Proxies whose x-forwarded-for is believed (addresses, CIDRs, loopback…); empty: none. */
  trustProxy: string[];
  maxConnections: number;
}

export interface CreateAdminConfig {
  command: 'create-admin';
  dataDir: string;
  databaseUrl: string | null;
  workspace: string;
  email: string;
  /** From STEWARD_ADMIN_PASSWORD; null: read from standard input. Never from argv. */
  password: string | null;
}

export type Config = ServeConfig | CreateAdminConfig;

export const USAGE = `Usage:
  npm run server -- [--data DIR] [--port N] [--host ADDR]
  npm run server -- [--trust-proxy ADDR|CIDR ...] [--max-connections N] [--cors-origin O ...]
  npm run server -- create-admin --workspace NAME --email E [--data DIR]
With DATABASE_URL set, PostgreSQL is used instead of the embedded database in DIR (default ./data).
create-admin reads the password from STEWARD_ADMIN_PASSWORD, else from standard input (typed, or
piped: printf '%s' "$PW" | npm run server -- create-admin ...); never from the command line,
where ps and the shell history would show it.
Behind a TLS proxy, name it with --trust-proxy (repeatable, or comma-separated; also
STEWARD_TRUST_PROXY): addresses such as 10.0.0.5, ranges such as 10.0.0.0/8, or loopback. Only
from those is x-forwarded-for believed; sign-in limits then count the client's own address.
Limits (fixed): headers within 10 s and a whole request within 20 s (a half-sent body is closed
within 25 s, answered 408); a connection idle for 75 s is closed, a kept-alive one after 65 s
(both longer than a pull's 30 s wait); at most --max-connections N open at once (default 4000,
also STEWARD_MAX_CONNECTIONS; each signed-in device holds one open pull); bodies up to 2 MiB.
Sign-in: 10 attempts a minute per address and account, 200 per address; 20 failures on one account
from any addresses lock its sign-in for 15 minutes. Counts live in the database, shared by all
instances; expired tokens and sign-in counts are purged hourly.
Passwords: scrypt N=2^17, r=8, p=1 (about 128 MiB each, two at a time); STEWARD_SCRYPT_N
lowers N for tests and benchmarks only. Older hashes are upgraded at the next sign-in.
Browsers may call the server from the app itself (app://steward) and from 'npm run web' at
http://localhost:5174; name any other origin (scheme://host[:port], never *) with
--cors-origin ORIGIN (repeatable) or STEWARD_CORS_ORIGINS=ORIGIN,ORIGIN.`;

const OPTIONS = {
  data: { type: 'string', default: './data' },
  port: { type: 'string', default: '8787' },
  host: { type: 'string', default: '127.0.0.1' },
  workspace: { type: 'string' },
  email: { type: 'string' },
  // Accepted only to refuse it with the reason (argv is visible to every user of the machine).
  password: { type: 'string' },
  'cors-origin': { type: 'string', multiple: true },
  'trust-proxy': { type: 'string', multiple: true },
  'max-connections': { type: 'string' },
} as const;

/** parseArgs, its errors (unknown option, missing value) followed by the usage. */
function parseArgsOrUsage(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`, { cause: error });
  }
}

export function parseConfig(argv: string[], env: Record<string, string | undefined>): Config {
  const { values, positionals } = parseArgsOrUsage(argv);
  const databaseUrl =
    env.DATABASE_URL !== undefined && env.DATABASE_URL !== '' ? env.DATABASE_URL : null;
  const command = positionals[0] ?? 'serve';
  if (command === 'create-admin') {
    const { workspace, email } = values;
    if (values.password !== undefined) {
      throw new Error(
        `create-admin does not take --password: the command line shows in ps and in the shell history. Set STEWARD_ADMIN_PASSWORD, or leave it out and type the password when asked (or pipe it to standard input).\n${USAGE}`,
      );
    }
    if (workspace === undefined || email === undefined) {
      throw new Error(`create-admin needs --workspace and --email.\n${USAGE}`);
    }
    const password = env.STEWARD_ADMIN_PASSWORD ?? null;
    return { command, dataDir: values.data, databaseUrl, workspace, email, password };
  }
  if (command !== 'serve') throw new Error(`Unknown command "${command}".\n${USAGE}`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535.\n${USAGE}`);
  }
  const corsOrigins = corsOriginsOf(values['cors-origin'] ?? [], env.STEWARD_CORS_ORIGINS);
  const trustProxy = trustProxyOf(values['trust-proxy'] ?? [], env.STEWARD_TRUST_PROXY);
  const capText = values['max-connections'] ?? env.STEWARD_MAX_CONNECTIONS;
  const maxConnections =
    capText === undefined || capText === '' ? DEFAULT_HTTP_LIMITS.maxConnections : Number(capText);
  if (!Number.isInteger(maxConnections) || maxConnections < 16) {
    throw new Error(`--max-connections must be a whole number, at least 16.\n${USAGE}`);
  }
  return {
    command,
    dataDir: values.data,
    port,
    host: values.host,
    databaseUrl,
    corsOrigins,
    trustProxy,
    maxConnections,
  };
}

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Addresses, CIDR ranges or Fastify's keywords; anything else is refused with the reason. */
function trustProxyOf(flags: string[], fromEnv: string | undefined): string[] {
  const listed = [...flags, ...(fromEnv === undefined ? [] : [fromEnv])]
    .flatMap((f) => f.split(','))
    .map((f) => f.trim())
    .filter((f) => f !== '');
  for (const entry of listed) {
    if (PROXY_KEYWORDS.has(entry)) continue;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const max = family === 6 ? 128 : 32;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max);
    if (family === 0 || !prefixOk || rest.length > 0) {
      throw new Error(
        `--trust-proxy "${entry}" is not an address, a range such as 10.0.0.0/8, or loopback.\n${USAGE}`,
      );
    }
  }
  return [...new Set(listed)];
}

function corsOriginsOf(flags: string[], fromEnv: string | undefined): string[] {
  const listed = [...flags, ...(fromEnv ?? '').split(',')].filter((o) => o.trim() !== '');
  try {
    return [...new Set(listed.map(parseOrigin))];
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`, { cause: error });
  }
}
