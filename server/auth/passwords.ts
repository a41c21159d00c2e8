import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost: N=2^17, r=8, p=1 (current guidance), about 128 MiB of memory per hash. */
export const DEFAULT_SCRYPT_N = 2 ** 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
/** Hashes computed at once: each holds 128 × N × r bytes (128 MiB at the default). */
const MAX_CONCURRENT = 2;
/** Stored hashes are ours, but a damaged one must not ask for gigabytes. */
const MAX_N = 2 ** 20;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * The cost new hashes get: `STEWARD_SCRYPT_N` (a power of two, at least 2^10) lets tests and
 * benches hash faster; production leaves it unset.
 */
export function scryptParams(env: Record<string, string | undefined> = process.env): ScryptParams {
  const text = env.STEWARD_SCRYPT_N;
  if (text === undefined || text === '') return { N: DEFAULT_SCRYPT_N, r: R, p: P };
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1024 || n > MAX_N || (n & (n - 1)) !== 0) {
    throw new Error(
      `STEWARD_SCRYPT_N must be a power of two from 1024 to ${MAX_N}, not "${text}".`,
    );
  }
  return { N: n, r: R, p: P };
}

let running = 0;
const queue: Array<() => void> = [];

/** Waits for a free slot: a burst of sign-ins queues instead of allocating 128 MiB each. */
async function slot(): Promise<() => void> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((go) => queue.push(go));
  running += 1;
  return () => {
    running -= 1;
    queue.shift()?.();
  };
}

async function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const release = await slot();
  try {
    return await new Promise((resolve, reject) => {
      scrypt(
        password.normalize('NFC'),
        salt,
        KEY_LENGTH,
        // Node refuses above maxmem (32 MiB by default); 128 × N × r plus room for the rest.
        { ...params, maxmem: 128 * params.N * params.r + 32 * 1024 * 1024 },
        (err, key) => (err ? reject(err) : resolve(key)),
      );
    });
  } finally {
    release();
  }
}

/** `scrypt$N$r$p$salt$hash` (base64): parameters travel with the hash so they can change later. */
export async function hashPassword(password: string, params = scryptParams()): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

function parseHash(stored: string): (ScryptParams & { salt: Buffer; hash: Buffer }) | null {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (kind !== 'scrypt' || salt === undefined || hash === undefined) return null;
  if (!Object.values(params).every((v) => Number.isInteger(v) && v > 0)) return null;
  if (params.N > MAX_N || params.r > 32 || params.p > 16) return null;
  return { ...params, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === null) return false;
  const key = await derive(password, parsed.salt, parsed);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** True when a hash was made with other parameters than new ones get (rehash at sign-in). */
export function needsRehash(stored: string, params = scryptParams()): boolean {
  const parsed = parseHash(stored);
  return parsed === null || parsed.N !== params.N || parsed.r !== params.r || parsed.p !== params.p;
}

/** Verified against when the email is unknown, so both cases take the same time. */
export function dummyHash(params = scryptParams()): string {
  return `scrypt$${params.N}$${params.r}$${params.p}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;
}

export const DUMMY_HASH = dummyHash();
