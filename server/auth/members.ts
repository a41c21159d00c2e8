import { randomUUID } from 'node:crypto';
import type { Member, MemberRole } from '../../shared/sync/index';
import type { Db, Queryable } from '../db/types';
import { ApiError } from '../http/errors';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';

interface MemberRow {
  id: string;
  email: string;
  role: MemberRole;
  workspace_id: string;
  workspace_name: string;
  password_hash: string;
}

const toMember = (r: MemberRow): Member => ({
  id: r.id,
  email: r.email,
  role: r.role,
  workspaceId: r.workspace_id,
  workspaceName: r.workspace_name,
});

const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** First admin of a workspace (created if missing); used by the `create-admin` command. */
export async function createAdmin(
  db: Db,
  input: { workspace: string; email: string; password: string },
): Promise<Member> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const name = input.workspace.trim();
    await tx.query(
      'INSERT INTO workspaces (id, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [randomUUID(), name],
    );
    const ws = await tx.query<{ id: string }>('SELECT id FROM workspaces WHERE name = $1', [name]);
    const workspaceId = ws[0]?.id;
    if (workspaceId === undefined) throw new Error('workspace vanished');
    return insertMember(tx, workspaceId, {
      email: input.email,
      passwordHash,
      role: 'admin',
    });
  });
}

export async function addMember(
  db: Db,
  workspaceId: string,
  input: { email: string; password: string; role: MemberRole },
): Promise<Member> {
  const passwordHash = await hashPassword(input.password);
  return insertMember(db, workspaceId, { email: input.email, passwordHash, role: input.role });
}

async function insertMember(
  db: Queryable,
  workspaceId: string,
  m: { email: string; passwordHash: string; role: MemberRole },
): Promise<Member> {
  // A removed member added again comes back under the same id, with the new password and role.
  const rows = await db.query<{ id: string }>(
    `INSERT INTO members AS m (id, workspace_id, email, password_hash, role) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (workspace_id, email) DO UPDATE
       SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, removed_at = NULL
       WHERE m.removed_at IS NOT NULL
     RETURNING id`,
    [randomUUID(), workspaceId, normalizeEmail(m.email), m.passwordHash, m.role],
  );
  const id = rows[0]?.id;
  if (id === undefined) {
    throw new ApiError(
      409,
      'member-exists',
      'A member with this email is already in the workspace.',
    );
  }
  const member = (await listMembers(db, workspaceId)).find((x) => x.id === id);
  if (member === undefined) throw new Error('member vanished');
  return member;
}

const SELECT_MEMBERS = `SELECT m.id, m.email, m.role, m.workspace_id, w.name AS workspace_name, m.password_hash
  FROM members m JOIN workspaces w ON w.id = m.workspace_id AND m.removed_at IS NULL`;

export async function listMembers(db: Queryable, workspaceId: string): Promise<Member[]> {
  const rows = await db.query<MemberRow>(
    `${SELECT_MEMBERS} WHERE m.workspace_id = $1 ORDER BY m.email`,
    [workspaceId],
  );
  return rows.map(toMember);
}

/** Checks credentials in constant-ish time: unknown emails still cost one scrypt. */
export async function checkCredentials(
  db: Queryable,
  input: { workspace: string; email: string; password: string },
): Promise<Member | null> {
  const rows = await db.query<MemberRow>(`${SELECT_MEMBERS} WHERE w.name = $1 AND m.email = $2`, [
    input.workspace.trim(),
    normalizeEmail(input.email),
  ]);
  const row = rows[0];
  const ok = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
  return ok && row !== undefined ? toMember(row) : null;
}

const notFound = () =>
  new ApiError(404, 'member-not-found', 'No such member in this workspace (removed already?).');

const lastAdmin = () =>
  new ApiError(
    409,
    'last-admin',
    'This is the workspace’s last admin: make another member admin first.',
  );

/**
 * Locks the workspace's member list for this transaction (role changes and removals of one
 * workspace run one at a time, so two admins cannot demote each other at once) and gives the
 * current role of `memberId` and how many admins there are.
 */
async function lockMembers(tx: Queryable, workspaceId: string, memberId: string) {
  const rows = await tx.query<{ id: string; role: MemberRole }>(
    'SELECT id, role FROM members WHERE workspace_id = $1 AND removed_at IS NULL FOR UPDATE',
    [workspaceId],
  );
  const target = rows.find((r) => r.id === memberId);
  if (target === undefined) throw notFound();
  return { target, admins: rows.filter((r) => r.role === 'admin').length };
}

/** Gives a member another role; the workspace always keeps one admin. Takes effect at once. */
export async function changeRole(
  db: Db,
  workspaceId: string,
  memberId: string,
  role: MemberRole,
): Promise<Member> {
  return db.transaction(async (tx) => {
    const { target, admins } = await lockMembers(tx, workspaceId, memberId);
    if (target.role === 'admin' && role !== 'admin' && admins <= 1) throw lastAdmin();
    await tx.query('UPDATE members SET role = $3 WHERE workspace_id = $1 AND id = $2', [
      workspaceId,
      memberId,
      role,
    ]);
    const member = (await listMembers(tx, workspaceId)).find((m) => m.id === memberId);
    if (member === undefined) throw notFound();
    return member;
  });
}

/**
 * Removes a member: every token it holds is revoked in the same transaction and it can no longer
 * sign in. Its row stays (past changes and devices name it); adding the email again revives it.
 */
export async function removeMember(
  db: Db,
  workspaceId: string,
  memberId: string,
  now: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { target, admins } = await lockMembers(tx, workspaceId, memberId);
    if (target.role === 'admin' && admins <= 1) throw lastAdmin();
    const at = new Date(now).toISOString();
    await tx.query('UPDATE members SET removed_at = $3 WHERE workspace_id = $1 AND id = $2', [
      workspaceId,
      memberId,
      at,
    ]);
    await tx.query(
      'UPDATE tokens SET revoked_at = $2 WHERE member_id = $1 AND revoked_at IS NULL',
      [memberId, at],
    );
  });
}

/**
 * A member's new password, given the current one; every other session of the member ends (the
 * token `keepTokenHash` names, the one asking, stays). False when the current password is wrong.
 */
export async function changePassword(
  db: Db,
  member: Member,
  input: { currentPassword: string; newPassword: string },
  keepTokenHash: string,
  now: number,
): Promise<boolean> {
  const rows = await db.query<{ password_hash: string }>(
    'SELECT password_hash FROM members WHERE id = $1 AND workspace_id = $2 AND removed_at IS NULL',
    [member.id, member.workspaceId],
  );
  const stored = rows[0]?.password_hash;
  const ok = await verifyPassword(input.currentPassword, stored ?? DUMMY_HASH);
  if (!ok || stored === undefined) return false;
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE members SET password_hash = $2 WHERE id = $1', [
      member.id,
      passwordHash,
    ]);
    await tx.query(
      `UPDATE tokens SET revoked_at = $3
        WHERE member_id = $1 AND token_hash <> $2 AND revoked_at IS NULL`,
      [member.id, keepTokenHash, new Date(now).toISOString()],
    );
  });
  return true;
}
