import type { Queryable } from '../db/types';
import { hashPassword, needsRehash } from './passwords';

/**
 * After a successful sign-in, the only moment the password is known: a hash made with older
 * parameters (e.g. N=2^14) is rewritten with the current ones. Conditional on the old hash, so
 * a password changed meanwhile is never overwritten.
 */
export async function upgradeHash(
  db: Queryable,
  memberId: string,
  password: string,
): Promise<boolean> {
  const rows = await db.query<{ password_hash: string }>(
    'SELECT password_hash FROM members WHERE id = $1',
    [memberId],
  );
  const old = rows[0]?.password_hash;
  if (old === undefined || !needsRehash(old)) return false;
  const fresh = await hashPassword(password);
  const updated = await db.query<{ id: string }>(
    'UPDATE members SET password_hash = $2 WHERE id = $1 AND password_hash = $3 RETURNING id',
    [memberId, fresh, old],
  );
  return updated.length > 0;
}
