import { onRecordsWritten } from '../db/queue';
import { startSlaWatchHost } from './sla-watch-host';
import type { SlaWatchChange, SlaWatchRequest, SlaWatchResponse } from './sla-watch-protocol';

type SlaWatchResult = Extract<SlaWatchResponse, { type: 'result' }>;

export interface SlaWatchTransport {
  post(request: SlaWatchRequest): void;
  close(): void;
}

/** Opens a channel to a watch host; `onFailure` reports a channel that broke (not a bad check). */
export type SlaWatchTransportFactory = (
  onResponse: (response: SlaWatchResponse) => void,
  onFailure: (error: unknown) => void,
) => SlaWatchTransport;

/** The host on the calling thread: jsdom (no Worker), and the fallback when a worker fails. */
export const inProcessSlaWatch: SlaWatchTransportFactory = (onResponse) => ({
  post: startSlaWatchHost(onResponse),
  close() {
    // nothing to release
  },
});

export const workerSlaWatch: SlaWatchTransportFactory = (onResponse, onFailure) => {
  const worker = new Worker(new URL('./sla-watch.worker.ts', import.meta.url), {
    type: 'module',
    name: 'steward-sla-watch',
  });
  worker.onmessage = (e: MessageEvent<SlaWatchResponse>) => onResponse(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    onFailure(e.error ?? new Error(e.message));
  };
  worker.onmessageerror = () => onFailure(new Error('An SLA watch message could not be read.'));
  return { post: (request) => worker.postMessage(request), close: () => worker.terminate() };
};

export const defaultSlaWatchTransport: SlaWatchTransportFactory = (onResponse, onFailure) => {
  if (typeof Worker !== 'function') return inProcessSlaWatch(onResponse, onFailure);
  try {
    return workerSlaWatch(onResponse, onFailure);
  } catch (error) {
    console.warn('SLA watch worker unavailable, checking on the page:', error);
    return inProcessSlaWatch(onResponse, onFailure);
  }
};

interface Pending {
  request: SlaWatchRequest;
  resolve: (result: SlaWatchResult) => void;
  reject: (error: Error) => void;
}

/** What an SLA or an alert depends on: a write to any of these makes the watcher read again. */
const WATCHED_TABLES = [
  'incidents',
  'accounts',
  'specialEvents',
  'settings',
  'preferences',
] as const;

/**
 * The page's side of the SLA watcher: one check per call, answered by the worker. It listens
 * for writes (this window's and, through Dexie, other windows') and tells the next check.
 */
export class SlaWatchClient {
  private transport: SlaWatchTransport | null = null;
  private makeTransport: SlaWatchTransportFactory;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  /** Written since the last check: everything at first (nothing read yet). */
  private changedAll = true;
  private changedIds = new Set<string>();
  private stopListening: (() => void) | null = null;

  constructor(makeTransport: SlaWatchTransportFactory = defaultSlaWatchTransport) {
    this.makeTransport = makeTransport;
  }

  /** The alerts to show at `now` (already claimed: show them). */
  check(now: Date): Promise<SlaWatchResult> {
    this.stopListening ??= onRecordsWritten(WATCHED_TABLES, (written) => {
      for (const [table, keys] of written) {
        if (table !== 'incidents' || keys === null) this.changedAll = true;
        else for (const key of keys) this.changedIds.add(key);
      }
    });
    const changed: SlaWatchChange | null = this.changedAll
      ? { all: true, incidentIds: [] }
      : this.changedIds.size > 0
        ? { all: false, incidentIds: [...this.changedIds] }
        : null;
    this.changedAll = false;
    this.changedIds = new Set();
    const request: SlaWatchRequest = {
      type: 'check',
      id: ++this.nextId,
      now: now.getTime(),
      changed,
    };
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { request, resolve, reject });
      this.connect().post(request);
    });
  }

  /** Stops the worker; checks still waiting never answer. */
  dispose(): void {
    this.stopListening?.();
    this.stopListening = null;
    this.changedAll = true;
    this.changedIds = new Set();
    this.transport?.close();
    this.transport = null;
    this.pending.clear();
  }

  private connect(): SlaWatchTransport {
    this.transport ??= this.makeTransport(
      (r) => this.receive(r),
      (e) => this.fail(e),
    );
    return this.transport;
  }

  private receive(r: SlaWatchResponse): void {
    const waiting = this.pending.get(r.id);
    if (waiting === undefined) return;
    this.pending.delete(r.id);
    if (r.type === 'error') {
      waiting.reject(new Error(r.message));
      return;
    }
    waiting.resolve(r);
    const end = performance.now();
    if (typeof performance.measure === 'function') {
      performance.measure('steward:sla-watch-compute', { start: Math.max(0, end - r.workMs), end });
    }
  }

  /** A worker that cannot run (e.g. blocked by policy): check on this thread instead. */
  private fail(error: unknown): void {
    console.warn('SLA watch worker unavailable, checking on the page:', error);
    this.transport?.close();
    this.transport = null;
    this.makeTransport = inProcessSlaWatch;
    for (const { request } of this.pending.values()) this.connect().post(request);
  }
}
