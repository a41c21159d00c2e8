import Fastify, { LogController } from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PROTOCOL_VERSION } from '../shared/sync/index';
import { TOKEN_TTL_MS } from './auth/tokens';
import { PURGE_EVERY_MS, schedulePurge } from './auth/purge';
import { DEFAULT_SIGN_IN_LIMIT, type SignInLimit } from './auth/sign-in-limit';
import { PlannerStats, type PlannerStatsOptions } from './db/stats';
import type { Db } from './db/types';
import { installErrorHandling } from './http/errors';
import { installCors } from './http/cors';
import { checkDepth } from './http/depth';
import { DEFAULT_HTTP_LIMITS, serverOptions, type HttpLimits } from './http/limits';
import { checkProtocol } from './http/protocol';
import { SessionCache, sessionCacheOf, useSessionCache } from './http/sessions';
import { checkText } from './http/text';
import { authRoutes } from './routes/auth';
import { memberRoutes } from './routes/members';
import { syncRoutes } from './routes/sync';
import { NOTE_FLUSH_EVERY_MS, NoteAcks, scheduleNoteFlush } from './sync/note-inbox';
import { ChangeHub } from './sync/notify';
import { PullReader } from './sync/pull-batch';
import { RECHECK_MS } from './sync/wait';

export interface AppOptions {
  db: Db;
  /** Server clock in ms (tests move it). */
  now?: () => number;
  /** Max request body in bytes (larger → 413). */
  bodyLimit?: number;
  signInLimit?: SignInLimit;
  tokenTtlMs?: number;
  logger?: boolean;
  /** Wakes waiting pulls; tests pass their own to watch it. */
  changes?: ChangeHub;
  /** How often a waiting pull re-checks the database in case a notice was lost. */
  recheckMs?: number;
  /** When the server refreshes the planner's statistics (see PlannerStats). */
  plannerStats?: PlannerStatsOptions;
  /** Timeouts and the connection cap (defaults: DEFAULT_HTTP_LIMITS). */
  http?: Partial<HttpLimits>;
  /**
   * Proxies whose `x-forwarded-for` is believed (addresses or CIDRs, or `loopback`…); from
   * anyone else the socket address counts. Empty or unset: the header is ignored.
   */
  trustProxy?: readonly string[];
  /** How often expired tokens and sign-in counts are purged. */
  purgeEveryMs?: number;
  /** Browser origins allowed besides the app's own (see http/cors.ts). */
  corsOrigins?: readonly string[];
  /** How often delivered conflict notes are removed (sync/note-inbox.ts). */
  noteFlushEveryMs?: number;
}

export interface AppContext {
  db: Db;
  now: () => number;
  signInLimit: SignInLimit;
  tokenTtlMs: number;
  changes: ChangeHub;
  /** Pull pages and "anything new?" looks, one read shared by the pulls a push wakes. */
  reader: PullReader;
  recheckMs: number;
  stats: PlannerStats;
  /** Where devices' pulls say they are, for removing delivered conflict notes. */
  noteAcks: NoteAcks;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * The HTTP app over any `Db`. Nothing between requests lives only here (sign-in counts are in
 * the database) but the pulls waiting for a change, answered when the app closes.
 */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...opts.http };
  const app = Fastify({
    logger: opts.logger ?? false,
    // Two log lines for every pull and push of every device cost a busy server time and told
    // nothing: only requests that fail are logged (below; 5xx by the error handler).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    ...serverOptions(limits),
    trustProxy:
      opts.trustProxy !== undefined && opts.trustProxy.length > 0 ? [...opts.trustProxy] : false,
  });
  app.server.maxConnections = limits.maxConnections;
  const changes = opts.changes ?? new ChangeHub();
  const ctx: AppContext = {
    db: opts.db,
    now: opts.now ?? Date.now,
    signInLimit: opts.signInLimit ?? DEFAULT_SIGN_IN_LIMIT,
    tokenTtlMs: opts.tokenTtlMs ?? TOKEN_TTL_MS,
    changes,
    // One process owns a PGlite folder, so every change is published here with its number.
    reader: new PullReader({ db: opts.db, hub: changes, trustHead: opts.db.kind === 'pglite' }),
    recheckMs: opts.recheckMs ?? RECHECK_MS,
    stats: new PlannerStats(opts.db, opts.plannerStats),
    noteAcks: new NoteAcks(opts.db),
  };
  // A data folder written by an earlier run may never have been analysed (PGlite never does).
  await ctx.stats.refresh().catch((error: unknown) => {
    app.log.warn({ err: error }, 'ANALYZE at start failed');
  });
  installErrorHandling(app);
  installCors(app, opts.corsOrigins);

  // Other instances' pushes arrive through the database; ours are published by the push route.
  const stopListening = await ctx.db.onChange((ws) => ctx.changes.publish(ws));
  // Before the server waits for in-flight requests: waiting pulls answer now, or close would hang.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    ctx.changes.close();
    done();
  });
  // A keep-alive connection answered during close would hold the server open until it idles out.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
  const stopPurge = schedulePurge(ctx.db, ctx.now, opts.purgeEveryMs ?? PURGE_EVERY_MS, (err) =>
    app.log.warn({ err }, 'purge of expired tokens failed'),
  );
  const stopNoteFlush = scheduleNoteFlush(
    ctx.noteAcks,
    opts.noteFlushEveryMs ?? NOTE_FLUSH_EVERY_MS,
    (err) => app.log.warn({ err }, 'removing delivered conflict notes failed'),
  );
  app.addHook('onClose', async () => {
    stopListening();
    await stopPurge();
    await stopNoteFlush();
    await ctx.stats.idle(); // the database closes next
  });

  app.addHook('onResponse', (request, reply, done) => {
    if (reply.statusCode >= 400 && reply.statusCode < 500) {
      request.log.info(
        { method: request.method, url: request.url, statusCode: reply.statusCode },
        'request refused',
      );
    }
    done();
  });

  // On PGlite signed-in sessions are cached (http/sessions.ts): any change to tokens or members
  // passes here, and empties the cache before it runs and once it is done.
  if (opts.db.kind === 'pglite') {
    const sessions = sessionCacheOf(opts.db) ?? new SessionCache();
    useSessionCache(opts.db, sessions);
    const changesSessions = (request: FastifyRequest) =>
      request.method !== 'GET' &&
      (request.url.startsWith('/auth/') || request.url.startsWith('/members'));
    app.addHook('onRequest', (request, _reply, done) => {
      if (changesSessions(request)) sessions.forget();
      done();
    });
    app.addHook('onResponse', (request, _reply, done) => {
      if (changesSessions(request)) sessions.forget();
      done();
    });
  }

  // Callback-style hooks: the checks are synchronous and throw ApiError.
  app.addHook('onRequest', (request, _reply, done) => {
    try {
      if (request.url !== '/health' && !request.url.startsWith('/health?')) checkProtocol(request);
      done();
    } catch (err) {
      done(err as Error);
    }
  });
  app.addHook('preValidation', (request, _reply, done) => {
    try {
      checkDepth(request.body);
      checkText({ body: request.body, query: request.query, params: request.params });
      done();
    } catch (err) {
      done(err as Error);
    }
  });

  app.get('/health', async (_request, reply) => {
    try {
      await ctx.db.query('SELECT 1');
      return { ok: true, protocol: PROTOCOL_VERSION, database: ctx.db.kind };
    } catch {
      return reply
        .status(503)
        .send({ ok: false, error: { code: 'db-down', message: 'The database is unreachable.' } });
    }
  });
  authRoutes(app, ctx);
  syncRoutes(app, ctx);
  memberRoutes(app, ctx);
  return app;
}
