import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  addMemberRequestSchema,
  changePasswordRequestSchema,
  changeRoleRequestSchema,
} from '../../shared/sync/index';
import { bearerToken, requireAdmin, requireMember } from '../auth/guard';
import { addMember, changePassword, changeRole, listMembers, removeMember } from '../auth/members';
import { signInLimiter } from '../auth/sign-in-limit';
import { hashToken } from '../auth/tokens';
import { ApiError, parseOr400 } from '../http/errors';
import type { AppContext } from '../app';

const passwordKey = (memberId: string) =>
  createHash('sha256').update(`password\n${memberId}`, 'utf8').digest('hex');

/** Member ids are UUIDs; anything else names no member. */
const memberParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f-]{1,64}$/i, { error: 'the member id must be the id /members lists' }),
});

/**
 * The team: admins list, add, re-role and remove members; every member may change their own
 * password. A removed member's tokens are refused at once (see removeMember).
 */
export function memberRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db, now } = ctx;
  const guess = signInLimiter(db, ctx.signInLimit);

  const admin = async (request: Parameters<typeof requireMember>[1]) => {
    const member = await requireMember(db, request, now());
    requireAdmin(member);
    return member;
  };

  app.get('/members', async (request) => {
    const member = await admin(request);
    return { members: await listMembers(db, member.workspaceId) };
  });

  app.post('/members', async (request, reply) => {
    const member = await admin(request);
    const input = parseOr400(addMemberRequestSchema, request.body);
    const added = await addMember(db, member.workspaceId, input);
    return reply.status(201).send({ member: added });
  });

  app.patch('/members/:id', async (request) => {
    const member = await admin(request);
    const { id } = parseOr400(memberParams, request.params);
    const { role } = parseOr400(changeRoleRequestSchema, request.body);
    return { member: await changeRole(db, member.workspaceId, id, role) };
  });

  app.delete('/members/:id', async (request, reply) => {
    const member = await admin(request);
    const { id } = parseOr400(memberParams, request.params);
    await removeMember(db, member.workspaceId, id, now());
    return reply.status(204).send();
  });

  app.post('/auth/password', async (request, reply) => {
    const member = await requireMember(db, request, now());
    const input = parseOr400(changePasswordRequestSchema, request.body);
    // A stolen token must not become a way to guess the password: the sign-in limit applies.
    const retryAfter = await guess(passwordKey(member.id), now());
    if (retryAfter !== null) {
      void reply.header('retry-after', String(retryAfter));
      throw new ApiError(
        429,
        'rate-limited',
        `Too many password changes tried. Wait ${String(retryAfter)} s, then try again.`,
      );
    }
    const token = bearerToken(request) ?? '';
    if (!(await changePassword(db, member, input, hashToken(token), now()))) {
      throw new ApiError(403, 'bad-password', 'The current password is wrong: nothing changed.');
    }
    return reply.status(204).send();
  });
}
