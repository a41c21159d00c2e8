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
  const rows = await db.query<{ id: string }>(
    `INSERT INTO members (id, workspace_id, email, password_hash, role) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (workspace_id, email) DO NOTHING RETURNING id`,
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
  FROM members m JOIN workspaces w ON w.id = m.workspace_id`;

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
