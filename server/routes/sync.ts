import type { FastifyInstance } from 'fastify';
import { clientIdSchema, pullQuerySchema, pushRequestSchema } from '../../shared/sync/index';
import { requireMember } from '../auth/guard';
import { parseOr400 } from '../http/errors';
import { applyPush, precheckPush } from '../sync/push';
import { pullChanges, syncStatus } from '../sync/pull';
import type { AppContext } from '../app';
import { z } from 'zod';

const statusQuery = z.object({ clientId: clientIdSchema });

export function syncRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db, now } = ctx;

  app.post('/sync/push', async (request) => {
    const member = await requireMember(db, request, now());
    const req = parseOr400(pushRequestSchema, request.body);
    precheckPush(req, now());
    return applyPush(db, member, req);
  });

  app.get('/sync/pull', async (request) => {
    const member = await requireMember(db, request, now());
    return pullChanges(db, member, parseOr400(pullQuerySchema, request.query));
  });

  app.get('/sync/status', async (request) => {
    const member = await requireMember(db, request, now());
    const { clientId } = parseOr400(statusQuery, request.query);
    return syncStatus(db, member, clientId);
  });
}
