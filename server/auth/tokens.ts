import { createHash, randomBytes } from 'node:crypto';
import type { Member, MemberRole } from '../../shared/sync/index';
import type { Queryable } from '../db/types';

export const TOKEN_TTL_MS = 30 * 24 * 3600_000;

export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

export async function issueToken(
  db: Queryable,
  member: { id: string; workspaceId: string },
  now: number,
  ttlMs = TOKEN_TTL_MS,
): Promise<{ token: string; expiresAt: string }> {
  const token = `stw_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(now + ttlMs).toISOString();
  await db.query(
    'INSERT INTO tokens (token_hash, member_id, workspace_id, expires_at) VALUES ($1, $2, $3, $4)',
    [hashToken(token), member.id, member.workspaceId, expiresAt],
  );
  return { token, expiresAt };
}

interface SessionRow {
  id: string;
  email: string;
  role: MemberRole;
  workspace_id: string;
  workspace_name: string;
}

/** The member a live token belongs to; null when unknown, expired or revoked. */
export async function findSession(
  db: Queryable,
  token: string,
  now: number,
): Promise<Member | null> {
  if (token.length > 200) return null;
  const rows = await db.query<SessionRow>(
    `SELECT m.id, m.email, m.role, m.workspace_id, w.name AS workspace_name
       FROM tokens t
       JOIN members m ON m.id = t.member_id AND m.workspace_id = t.workspace_id
                      AND m.removed_at IS NULL
       JOIN workspaces w ON w.id = t.workspace_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2`,
    [hashToken(token), new Date(now).toISOString()],
  );
  const r = rows[0];
  if (r === undefined) return null;
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    workspaceId: r.workspace_id,
    workspaceName: r.workspace_name,
  };
}

export async function revokeToken(db: Queryable, token: string, now: number): Promise<void> {
  await db.query('UPDATE tokens SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [
    hashToken(token),
    new Date(now).toISOString(),
  ]);
}
