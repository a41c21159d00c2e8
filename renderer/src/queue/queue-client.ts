import type { Incident } from '@shared/schemas/index';
import { sameSlaInputs, slaInputsOf } from '@shared/sla/index';
import type { QueueSource } from '../db/queue';
import { QueueCore } from './queue-core';
import type { QueueIncident } from './queue-model';
import type { QueueDataMessage, QueueRequest, QueueResponse, QueueResult } from './queue-protocol';
import { accountsInQueue, FoldCache, QueueSnapshot, type QueueTable } from './queue-view';

export interface QueueTransport {
  post(message: QueueRequest): void;
  close(): void;
}

/** Opens a channel to a QueueCore; `onFailure` reports a channel that broke (not a bad result). */
export type TransportFactory = (
  onResponse: (response: QueueResponse) => void,
  onFailure: (error: unknown) => void,
) => QueueTransport;

/** The core on the calling thread: jsdom (no Worker), and the fallback when a worker fails. */
export const inProcessTransport: TransportFactory = (onResponse) => {
  const core = new QueueCore();
  return {
    post(message) {
      core.apply(message);
      const response = core.compute();
      if (response !== null) onResponse(response);
    },
    close() {
      // nothing to release
    },
  };
};

export const workerTransport: TransportFactory = (onResponse, onFailure) => {
  const worker = new Worker(new URL('./queue.worker.ts', import.meta.url), {
    type: 'module',
    name: 'steward-queue',
  });
  worker.onmessage = (e: MessageEvent<QueueResponse>) => onResponse(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    onFailure(e.error ?? new Error(e.message));
  };
  worker.onmessageerror = () => onFailure(new Error('A queue message could not be read.'));
  return { post: (message) => worker.postMessage(message), close: () => worker.terminate() };
};

export const defaultTransport: TransportFactory = (onResponse, onFailure) => {
  if (typeof Worker !== 'function') return inProcessTransport(onResponse, onFailure);
  try {
    return workerTransport(onResponse, onFailure);
  } catch (error) {
    console.warn('Queue worker unavailable, computing on the page:', error);
    return inProcessTransport(onResponse, onFailure);
  }
};

export interface QueueState {
  snapshot: QueueSnapshot | null;
  error: Error | null;
}

/** Only what the worker computes with: the page keeps the rest (description, owner…). */
export function queueIncident(i: Incident): QueueIncident {
  return { ...slaInputsOf(i), title: i.title, rankKey: i.rankKey };
}

function sameForQueue(a: QueueIncident, b: Incident): boolean {
  return a.rankKey === b.rankKey && a.title === b.title && sameSlaInputs(a, b);
}

/**
 * The page's side of the queue: sends the worker what changed, stamps each send with a version,
 * and keeps the latest result of the latest version as a snapshot (an external store for React).
 */
export class QueueClient {
  private state: QueueState = { snapshot: null, error: null };
  private readonly listeners = new Set<() => void>();
  private transport: QueueTransport | null = null;
  private makeTransport: TransportFactory;
  private version = 0;
  private now = Date.now();
  private source: QueueSource | null = null;
  private table: QueueTable | null = null;
  private readonly slotOf = new Map<string, number>();
  private readonly folds = new FoldCache();
  /** What the worker holds now, by slot. */
  private sent = new Map<number, QueueIncident>();
  private sentJson: {
    accounts: string | undefined;
    specialEvents: string | undefined;
    settings: string | undefined;
  } | null = null;
  /** The source `sentJson` was made from: the same arrays need no serializing again. */
  private sentFrom: QueueSource | null = null;
  /** The latest result of the latest version (shown again with new records when only they change). */
  private last: QueueResult | null = null;
  /** Suspended, or resumed without its visit's data yet: results wait for setSource. */
  private awaitingSource = false;
  private idle: ReturnType<typeof setTimeout> | null = null;

  constructor(makeTransport: TransportFactory = defaultTransport) {
    this.makeTransport = makeTransport;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): QueueState => this.state;

  tick(now: Date): void {
    this.now = now.getTime();
    this.transport?.post({ type: 'tick', now: this.now });
  }

  setSource(source: QueueSource): void {
    this.source = source;
    this.awaitingSource = false;
    // Filled, not holey: an array written out of order may turn into a slow dictionary.
    const size = this.slotOf.size + source.incidents.length;
    const before = this.table?.incidents;
    const incidents = new Array<Incident | undefined>(size).fill(undefined);
    const upserts: QueueDataMessage['upserts'] = [];
    for (const incident of source.incidents) {
      let slot = this.slotOf.get(incident.id);
      if (slot === undefined) {
        slot = this.slotOf.size;
        this.slotOf.set(incident.id, slot);
      }
      incidents[slot] = incident;
      const held = this.sent.get(slot);
      // The source keeps the objects of incidents no write touched: those need no comparing.
      if (held !== undefined && (before?.[slot] === incident || sameForQueue(held, incident))) {
        continue;
      }
      const slim = queueIncident(incident);
      this.sent.set(slot, slim);
      upserts.push([slot, slim]);
    }
    incidents.length = this.slotOf.size;
    const removed: number[] = [];
    for (const slot of this.sent.keys()) if (incidents[slot] === undefined) removed.push(slot);
    for (const slot of removed) this.sent.delete(slot);
    const accounts = new Map(source.accounts.map((a) => [a.id, a]));
    const inQueue = accountsInQueue(incidents, accounts, this.table?.inQueue);
    this.table = { incidents, accounts, slotOf: this.slotOf, folds: this.folds, inQueue };

    const was = this.sentJson;
    const last = this.sentFrom;
    const json = {
      accounts:
        last?.accounts === source.accounts ? was?.accounts : JSON.stringify(source.accounts),
      specialEvents:
        last?.specialEvents === source.specialEvents
          ? was?.specialEvents
          : JSON.stringify(source.specialEvents),
      settings:
        last?.settings === source.settings ? was?.settings : JSON.stringify(source.settings),
    };
    this.sentFrom = source;
    this.sentJson = json;
    const message: QueueDataMessage = { type: 'data', version: 0, now: this.now, upserts, removed };
    if (was?.accounts !== json.accounts) message.accounts = source.accounts;
    if (was?.specialEvents !== json.specialEvents) message.specialEvents = source.specialEvents;
    if (was?.settings !== json.settings) message.settings = source.settings;
    const changed =
      upserts.length > 0 ||
      removed.length > 0 ||
      message.accounts !== undefined ||
      message.specialEvents !== undefined ||
      message.settings !== undefined;
    if (changed) {
      message.version = ++this.version;
      this.connect().post(message);
    } else if (this.last?.version === this.version) {
      // Same order; new records for what the rows show (e.g. an edited description).
      this.emit({ snapshot: new QueueSnapshot(this.last, this.table), error: null });
    }
  }

  /**
   * The page leaves the queue: the worker stays, warm (its clocks computed, its code compiled),
   * for `keepMs`, so coming back sends only what changed meanwhile instead of the whole book.
   * Until then the client shows nothing (no rows of the last visit before this one's data).
   */
  suspend(keepMs: number): void {
    this.awaitingSource = true;
    this.state = { snapshot: null, error: null };
    if (this.idle !== null) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      this.idle = null;
      this.dispose();
    }, keepMs);
  }

  /** Back on the queue within the time suspend kept the worker. */
  resume(): void {
    if (this.idle !== null) clearTimeout(this.idle);
    this.idle = null;
  }

  /** Stops the worker; a later setSource starts again from scratch. */
  dispose(): void {
    this.transport?.close();
    this.transport = null;
    this.sent = new Map();
    this.sentJson = null;
    this.sentFrom = null;
    this.last = null;
  }

  private connect(): QueueTransport {
    this.transport ??= this.makeTransport(
      (r) => this.receive(r),
      (e) => this.fail(e),
    );
    return this.transport;
  }

  private receive(r: QueueResponse): void {
    if (r.version !== this.version || this.table === null) return; // superseded by newer data
    if (r.type === 'error') {
      this.emit({ snapshot: this.state.snapshot, error: new Error(r.message) });
      return;
    }
    const end = performance.now();
    if (typeof performance.measure === 'function' && r.partial !== true) {
      performance.measure('steward:queue-compute', { start: end - r.computeMs, end });
    }
    this.last = r;
    if (this.awaitingSource) return; // shown with this visit's records, once they arrive
    this.emit({ snapshot: new QueueSnapshot(r, this.table), error: null });
  }

  /** A worker that cannot run (e.g. blocked by policy): compute on this thread instead. */
  private fail(error: unknown): void {
    console.warn('Queue worker unavailable, computing on the page:', error);
    this.dispose();
    this.makeTransport = inProcessTransport;
    if (this.source !== null) this.setSource(this.source);
  }

  private emit(state: QueueState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
