/**
 * HTTP transport and one sync round, with the network passed in (`fetchFn`),
 * so this stays pure and the Electron renderer, tests and tools share it.
 */
import type { z } from 'zod';
import type { ConflictNote } from './merge';
import {
  errorResponseSchema,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  pullResponseSchema,
  pushResponseSchema,
  syncStatusResponseSchema,
} from './protocol';
import type { PullResponse, PushRequest, PushResponse, SyncStatusResponse } from './protocol';
import type { SyncReplica } from './replica';

export interface FetchLikeResponse {
  status: number;
  json(): Promise<unknown>;
}
/**
 * The platform's AbortSignal where the program has one (DOM, Node); shared/ is compiled
 * without those libraries, where a minimal stand-in keeps this file pure.
 */
export type AbortSignalLike = typeof globalThis extends { AbortSignal: { prototype: infer S } }
  ? S
  : { readonly aborted: boolean };

export type FetchLike = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: string;
    signal?: AbortSignalLike;
  },
) => Promise<FetchLikeResponse>;

export interface PullOptions {
  /** Ask for `remaining` on this page (the first page of a pull, after=0, gets it anyway). */
  count?: boolean;
  /** Long-poll: when nothing is new, the server waits up to this many ms for a push. */
  waitMs?: number;
  /** Cancels the request (e.g. a waiting pull when the app goes offline or signs out). */
  signal?: AbortSignalLike;
  /**
   * This device's id, only when `after` is the cursor it has stored (not a page fetched ahead):
   * the server then drops the conflict notes it kept for this device up to there.
   */
  clientId?: string;
}

/** A refused request; `status` 426 means "update the app", 401 "sign in again". */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(after: number, limit: number, options?: PullOptions): Promise<PullResponse>;
  status(clientId: string): Promise<SyncStatusResponse>;
}

export function createSyncTransport(opts: {
  baseUrl: string;
  token: string;
  fetchFn: FetchLike;
}): SyncTransport {
  const base = opts.baseUrl.replace(/\/+$/, '');
  async function call<T>(
    method: string,
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
    signal?: AbortSignalLike,
  ) {
    const headers: Record<string, string> = {
      authorization: `Bearer ${opts.token}`,
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await opts.fetchFn(`${base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal === undefined ? {} : { signal }),
    });
    const json = await res.json().catch(() => null);
    if (res.status !== 200) {
      const err = errorResponseSchema.safeParse(json);
      const e = err.success ? err.data.error : { code: 'http', message: `HTTP ${res.status}` };
      throw new SyncHttpError(res.status, e.code, e.message);
    }
    return schema.parse(json);
  }
  return {
    push: (request) => call('POST', '/sync/push', pushResponseSchema, request),
    pull: (after, limit, options = {}) => {
      const wait =
        options.waitMs !== undefined && options.waitMs > 0 ? `&wait=${options.waitMs}` : '';
      const count = options.count === true ? '&count=1' : '';
      const from =
        options.clientId === undefined ? '' : `&clientId=${encodeURIComponent(options.clientId)}`;
      const path = `/sync/pull?after=${after}&limit=${limit}${wait}${count}${from}`;
      return call('GET', path, pullResponseSchema, undefined, options.signal);
    },
    status: (clientId) =>
      call(
        'GET',
        `/sync/status?clientId=${encodeURIComponent(clientId)}`,
        syncStatusResponseSchema,
      ),
  };
}

export interface SyncProgress {
  phase: 'push' | 'pull';
  done: number;
  /** Estimate: done + what the server says remains. */
  total: number;
}

export interface SyncRoundResult {
  pushed: number;
  pulled: number;
  /**
   * Conflict notes for this device, from the pull (the server streams each once; a push's answer
   * lists the pusher's too, but they come again with the pull, so only those count).
   */
  conflicts: ConflictNote[];
  /** Changes the server refused for good, set aside (see SyncReplica.setAside). */
  refused: number;
}

/**
 * The server will never take this request as it is (invalid or too large), as opposed to a
 * failure that retrying or the user (sign-in, update, clock) can fix.
 */
export function isRefusal(error: unknown): boolean {
  if (!(error instanceof SyncHttpError)) return false;
  if (error.code === 'clock-ahead') return false;
  return error.status === 400 || error.status === 413;
}

/**
 * Takes a push's answer: the changes refused for the member's role are set aside (with the
 * server's reason code) and the rest acknowledged. Gives how many were refused. Without
 * `setAside`, refused changes stay in the outbox.
 */
export async function settlePush(
  replica: SyncReplica,
  batch: PushRequest,
  res: PushResponse,
  now: () => number,
): Promise<number> {
  const refused = new Map(res.refused.map((r) => [r.mutationId, r]));
  const kept: PushRequest['mutations'] = [];
  for (const mutation of batch.mutations) {
    const r = refused.get(mutation.mutationId);
    if (r === undefined) continue;
    if (replica.setAside === undefined) kept.push(mutation);
    else await replica.setAside(mutation, r.message, now(), r.code);
  }
  const done = batch.mutations.filter((m) => !refused.has(m.mutationId));
  await replica.acknowledge({ ...batch, mutations: done });
  return refused.size - kept.length;
}

async function pushOneByOne(
  replica: SyncReplica,
  transport: SyncTransport,
  batch: PushRequest,
  now: () => number,
): Promise<number> {
  let refused = 0;
  for (const mutation of batch.mutations) {
    const single: PushRequest = { clientId: batch.clientId, mutations: [mutation] };
    try {
      const res = await transport.push(single);
      refused += await settlePush(replica, single, res, now);
    } catch (error) {
      if (!isRefusal(error) || replica.setAside === undefined) throw error;
      await replica.setAside(
        mutation,
        (error as Error).message,
        now(),
        (error as SyncHttpError).code,
      );
      refused++;
    }
  }
  return refused;
}

/** Pushes the whole outbox in batches, then pulls until caught up. */
export async function syncOnce(
  replica: SyncReplica,
  transport: SyncTransport,
  opts: {
    now: () => number;
    batchSize?: number;
    pageSize?: number;
    onProgress?: (p: SyncProgress) => void;
  },
): Promise<SyncRoundResult> {
  const conflicts: ConflictNote[] = [];
  let pushed = 0;
  let refused = 0;
  for (;;) {
    const batch = await replica.nextBatch(opts.batchSize ?? 200);
    if (batch === null || batch.mutations.length === 0) break;
    let res: PushResponse;
    try {
      res = await transport.push(batch);
    } catch (error) {
      if (!isRefusal(error) || replica.setAside === undefined) throw error;
      // A batch is applied whole or not at all: send its changes one by one to find the bad one.
      refused += await pushOneByOne(replica, transport, batch, opts.now);
      pushed += batch.mutations.length;
      continue;
    }
    refused += await settlePush(replica, batch, res, opts.now);
    pushed += batch.mutations.length;
    opts.onProgress?.({ phase: 'push', done: pushed, total: pushed });
  }
  // The next page downloads while this one is written: network and storage overlap.
  let pulled = 0;
  let expected = 0;
  const pageSize = opts.pageSize ?? 200;
  const fetchPage = (after: number, first: boolean) => {
    // Only the first page starts from the stored cursor: the later ones are fetched ahead.
    const options = first ? { count: true, clientId: replica.clientId } : { count: false };
    const p = transport.pull(after, pageSize, options);
    p.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    return p;
  };
  let next = fetchPage(await replica.cursor(), true);
  for (;;) {
    const page = await next;
    if (page.hasMore) next = fetchPage(page.cursor, false);
    conflicts.push(...(await replica.applyPull(page, opts.now())));
    pulled += page.changes.length;
    if (page.remaining !== undefined) expected = pulled + page.remaining;
    opts.onProgress?.({ phase: 'pull', done: pulled, total: Math.max(expected, pulled) });
    if (!page.hasMore) break;
  }
  return { pushed, pulled, conflicts, refused };
}
