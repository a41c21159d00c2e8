import type { Queryable } from '../db/types';

/** How often each instance purges (any instance's purge serves all: the rows are shared). */
export const PURGE_EVERY_MS = 3600_000;
/** Revoked tokens are kept this long after revocation (to tell "signed out" in logs), then go. */
export const REVOKED_KEPT_MS = 24 * 3600_000;

/**
 * Deletes tokens that can never sign anyone in again (expired, or revoked a day ago) and
 * sign-in counts whose window has ended. Idempotent, so instances running it together is fine.
 */
export async function purgeExpired(
  db: Queryable,
  now: number,
): Promise<{ tokens: number; attempts: number }> {
  const at = new Date(now).toISOString();
  const tokens = await db.query<{ token_hash: string }>(
    `DELETE FROM tokens WHERE expires_at <= $1 OR revoked_at <= $2 RETURNING token_hash`,
    [at, new Date(now - REVOKED_KEPT_MS).toISOString()],
  );
  const attempts = await db.query<{ key: string }>(
    'DELETE FROM sign_in_attempts WHERE expires_at <= $1 RETURNING key',
    [at],
  );
  return { tokens: tokens.length, attempts: attempts.length };
}

/** Runs `purgeExpired` now and then every `everyMs`; gives the function that stops it
 * (and waits for a purge under way). */
export function schedulePurge(
  db: Queryable,
  now: () => number,
  everyMs: number,
  onError: (err: unknown) => void,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = purgeExpired(db, now()).catch(onError);
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running; // the database closes next
  };
}
