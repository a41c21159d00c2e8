/**
 * Sign-in attempts counted in the database, in fixed windows, so the limit holds
 * across every server instance sharing it (a per-process counter would multiply it).
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/types';

export interface SignInLimit {
  max: number;
  windowMs: number;
  /** Attempts per address alone, across accounts (default: 20 × max). */
  perAddressMax?: number;
  /**
   * Failed sign-ins on one account, from any address, that lock its sign-in until the window
   * ends (default 20): many addresses guessing one password share this count.
   */
  perAccountMax?: number;
  /** The account lock's window, from its first failure (default 15 min). */
  accountWindowMs?: number;
}

export const DEFAULT_SIGN_IN_LIMIT: Required<SignInLimit> = {
  max: 10,
  windowMs: 60_000,
  perAddressMax: 200,
  perAccountMax: 20,
  accountWindowMs: 15 * 60_000,
};

/**
 * Per address and account, so one attacker cannot lock everyone out. Hashed: the
 * table never holds an address or an email in clear.
 */
export function signInKey(ip: string, workspace: string, email: string): string {
  const text = [ip, workspace.trim().toLowerCase(), email.trim().toLowerCase()].join('\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Per address alone: one address trying many accounts (password spraying). */
export function addressKey(ip: string): string {
  return createHash('sha256').update(`address\n${ip}`, 'utf8').digest('hex');
}

/** Per account alone, whatever the address: its failed sign-ins. */
export function accountKey(workspace: string, email: string): string {
  const text = ['account', workspace.trim().toLowerCase(), email.trim().toLowerCase()].join('\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

interface Counted {
  attempts: number;
  expires_ms: number;
}

/** One more in `key`'s window (a new window when the last one ended): the row after it. */
async function count(
  db: Queryable,
  key: string,
  now: number,
  windowMs: number,
): Promise<Counted | undefined> {
  const rows = await db.query<Counted>(
    `INSERT INTO sign_in_attempts AS a (key, window_start, expires_at, attempts)
     VALUES ($1, $2, $3, 1)
     ON CONFLICT (key) DO UPDATE SET
       attempts = CASE WHEN a.expires_at <= $2 THEN 1 ELSE a.attempts + 1 END,
       window_start = CASE WHEN a.expires_at <= $2 THEN $2 ELSE a.window_start END,
       expires_at = CASE WHEN a.expires_at <= $2 THEN $3 ELSE a.expires_at END
     RETURNING a.attempts, (extract(epoch FROM a.expires_at) * 1000)::float8 AS expires_ms`,
    [key, new Date(now).toISOString(), new Date(now + windowMs).toISOString()],
  );
  return rows[0];
}

const secondsLeft = (row: Counted, now: number) =>
  Math.max(1, Math.ceil((row.expires_ms - now) / 1000));

/**
 * Failed sign-ins per account across every address and instance: `locked` before the password
 * is checked, `failed` after a wrong one. Successes are not counted, so a member signing in
 * from several devices never locks themself out.
 */
export function accountLock(db: Queryable, limit: { max: number; windowMs: number }) {
  return {
    /** Seconds until the account's window ends when it holds `max` failures, else null. */
    async locked(key: string, now: number): Promise<number | null> {
      const rows = await db.query<Counted>(
        `SELECT attempts, (extract(epoch FROM expires_at) * 1000)::float8 AS expires_ms
           FROM sign_in_attempts WHERE key = $1 AND expires_at > $2`,
        [key, new Date(now).toISOString()],
      );
      const row = rows[0];
      return row === undefined || row.attempts < limit.max ? null : secondsLeft(row, now);
    },
    async failed(key: string, now: number): Promise<void> {
      await count(db, key, now, limit.windowMs);
    },
  };
}

/**
 * Counts attempts and refuses those over the limit. A key's window opens at its first
 * attempt (a window edge never splits a burst). One upsert per attempt: the row lock
 * serializes concurrent attempts from any instance, so each gets its own count.
 */
export function signInLimiter(db: Queryable, limit: SignInLimit) {
  let nextSweep = 0;

  /** Counts one attempt; null when allowed, else the seconds until the window ends. */
  return async function attempt(key: string, now: number): Promise<number | null> {
    const row = await count(db, key, now, limit.windowMs);
    // Expired windows go at most once a window per instance, on the way.
    if (now >= nextSweep) {
      nextSweep = now + limit.windowMs;
      await db.query('DELETE FROM sign_in_attempts WHERE expires_at <= $1', [
        new Date(now).toISOString(),
      ]);
    }
    if (row === undefined || row.attempts <= limit.max) return null;
    return secondsLeft(row, now);
  };
}
