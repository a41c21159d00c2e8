import type { FastifyInstance } from 'fastify';
import { signInRequestSchema } from '../../shared/sync/index';
import type { SignInResponse } from '../../shared/sync/index';
import { bearerToken, requireMember } from '../auth/guard';
import { checkCredentials } from '../auth/members';
import { upgradeHash } from '../auth/rehash';
import {
  DEFAULT_SIGN_IN_LIMIT,
  accountKey,
  accountLock,
  addressKey,
  signInKey,
  signInLimiter,
} from '../auth/sign-in-limit';
import { issueToken, revokeToken } from '../auth/tokens';
import { ApiError, parseOr400 } from '../http/errors';
import type { AppContext } from '../app';

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db, now } = ctx;

  const attempt = signInLimiter(db, ctx.signInLimit);
  const fromAddress = signInLimiter(db, {
    ...ctx.signInLimit,
    max: ctx.signInLimit.perAddressMax ?? ctx.signInLimit.max * 20,
  });
  const account = accountLock(db, {
    max: ctx.signInLimit.perAccountMax ?? DEFAULT_SIGN_IN_LIMIT.perAccountMax,
    windowMs: ctx.signInLimit.accountWindowMs ?? DEFAULT_SIGN_IN_LIMIT.accountWindowMs,
  });

  app.post('/auth/sign-in', async (request, reply): Promise<SignInResponse> => {
    const input = parseOr400(signInRequestSchema, request.body);
    // Counted before the password is checked: over the limit, even the right one is refused.
    const sprayWait = await fromAddress(addressKey(request.ip), now());
    if (sprayWait !== null) {
      void reply.header('retry-after', String(sprayWait));
      throw new ApiError(
        429,
        'rate-limited',
        `Too many sign-in attempts from this address. Wait ${sprayWait} s, then try again.`,
      );
    }
    const retryAfter = await attempt(signInKey(request.ip, input.workspace, input.email), now());
    if (retryAfter !== null) {
      void reply.header('retry-after', String(retryAfter));
      throw new ApiError(
        429,
        'rate-limited',
        `Too many sign-in attempts for this account. Wait ${retryAfter} s, then try again.`,
      );
    }
    // Failures on this account from every address: a distributed guess locks the account only.
    const accountAt = accountKey(input.workspace, input.email);
    const lockedFor = await account.locked(accountAt, now());
    if (lockedFor !== null) {
      void reply.header('retry-after', String(lockedFor));
      throw new ApiError(
        429,
        'rate-limited',
        `Too many failed sign-ins on this account. Its sign-in is locked for ${lockedFor} s; then try again.`,
      );
    }
    const member = await checkCredentials(db, input);
    if (member === null) {
      await account.failed(accountAt, now());
      throw new ApiError(401, 'bad-credentials', 'Wrong workspace, email or password.');
    }
    await upgradeHash(db, member.id, input.password);
    const { token, expiresAt } = await issueToken(db, member, now(), ctx.tokenTtlMs);
    return { token, expiresAt, member };
  });

  app.post('/auth/sign-out', async (request, reply) => {
    await requireMember(db, request, now());
    const token = bearerToken(request);
    if (token !== null) await revokeToken(db, token, now());
    return reply.status(204).send();
  });

  app.get('/auth/me', async (request) => ({ member: await requireMember(db, request, now()) }));
}
