import type { FastifyRequest } from 'fastify';
import type { Member } from '../../shared/sync/index';
import type { Db } from '../db/types';
import { ApiError } from '../http/errors';
import { sessionCacheOf } from '../http/sessions';
import { findSession } from './tokens';

export function bearerToken(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer ([A-Za-z0-9_.~+/=-]{1,200})$/.exec(h) : null;
  return m?.[1] ?? null;
}

/** The signed-in member, or 401 telling the app to sign in again. */
export async function requireMember(db: Db, request: FastifyRequest, now: number): Promise<Member> {
  const token = bearerToken(request);
  if (token === null) {
    throw new ApiError(
      401,
      'unauthenticated',
      'Sign in first: send Authorization: Bearer <token>.',
    );
  }
  const cache = sessionCacheOf(db);
  const load = () => findSession(db, token, now);
  const member = cache === undefined ? await load() : await cache.lookup(token, now, load);
  if (member === null) {
    throw new ApiError(
      401,
      'unauthenticated',
      'Your session has expired or was signed out: sign in again.',
    );
  }
  return member;
}

export function requireAdmin(member: Member): void {
  if (member.role !== 'admin') {
    throw new ApiError(403, 'forbidden', 'Only a workspace admin can do this.');
  }
}
