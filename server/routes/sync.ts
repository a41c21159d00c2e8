import type { FastifyInstance, FastifyReply } from 'fastify';
import { clientIdSchema, pullQuerySchema, pushRequestSchema } from '../../shared/sync/index';
import type { PullQuery } from '../../shared/sync/index';
import { requireMember } from '../auth/guard';
import { parseOr400 } from '../http/errors';
import { applyPush, precheckPush } from '../sync/push';
import { syncStatus } from '../sync/pull';
import { waitForChange } from '../sync/wait';
import type { AppContext } from '../app';
import { z } from 'zod';

const statusQuery = z.object({ clientId: clientIdSchema });

/** Waits (long-poll) until the workspace has something after the cursor; gives up when the client leaves. */
async function waitForPull(
  ctx: AppContext,
  workspaceId: string,
  q: PullQuery,
  reply: FastifyReply,
): Promise<void> {
  // The response's 'close' (not the request's, which fires once its body is read) means the client left.
  const left = new AbortController();
  const onClose = () => left.abort();
  reply.raw.once('close', onClose);
  try {
    await waitForChange({
      hub: ctx.changes,
      workspaceId,
      waitMs: q.wait,
      recheckMs: ctx.recheckMs,
      hasChanges: (recheck) => ctx.reader.hasChangesAfter(workspaceId, q.after, recheck),
      after: q.after,
      signal: left.signal,
    });
  } finally {
    reply.raw.off('close', onClose);
  }
}

export function syncRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db, now } = ctx;

  app.post('/sync/push', async (request) => {
    const member = await requireMember(db, request, now());
    const req = parseOr400(pushRequestSchema, request.body);
    precheckPush(req, now());
    const res = await applyPush(db, member, req);
    // Committed and changed something: wake this server's waiting pulls now.
    if (res.seq !== null) ctx.changes.publish(member.workspaceId, res.seq);
    ctx.stats.noteWrites(res.applied);
    // Refusals stay per mutation inside this answer (every app spoken to knows `refused`).
    return res;
  });

  app.get('/sync/pull', async (request, reply) => {
    const member = await requireMember(db, request, now());
    const q = parseOr400(pullQuerySchema, request.query);
    // From its stored cursor: the device holds everything up to `after` (notes may go).
    if (q.clientId !== undefined)
      ctx.noteAcks.seen(member.workspaceId, member.id, q.clientId, q.after);
    if (q.wait > 0) await waitForPull(ctx, member.workspaceId, q, reply);
    const body = await ctx.reader.pull(member, q);
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/sync/status', async (request) => {
    const member = await requireMember(db, request, now());
    const { clientId } = parseOr400(statusQuery, request.query);
    return syncStatus(db, member, clientId);
  });
}
