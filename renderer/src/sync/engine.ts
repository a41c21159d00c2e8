/**
 * The background sync loop, off the UI path: runs on start, when the browser comes back online,
 * every 30 s, and right after local edits; backs off exponentially on failure. Between rounds a
 * long-polling pull waits for the server to say another device pushed, and applies it at once.
 */
import { liveQuery, type Subscription } from 'dexie';
import { createSyncTransport, settlePush, syncOnce, type SyncTransport } from '@shared/sync/index';
import { database, type OutboxRow } from '../db/database';
import { onOutboxStamped } from '../db/outbox-stamp';
import { readSession, SYNC_META, writeMeta, readMeta } from '../db/sync-meta';
import { DexieReplica } from '../db/sync-replica';
import { browserFetch, classifySyncError } from './api';
import { INITIAL_SYNC_STATE, useSyncState } from './sync-store';
import { readToken } from './token';

export const HEARTBEAT_MS = 30_000;
/** Coalesces the outbox rows of one save (and a burst of saves) into one push. */
export const EDIT_DEBOUNCE_MS = 0;
/** How long the server holds a waiting pull (it answers as soon as someone pushes). */
export const LONG_POLL_MS = 25_000;
const MAX_BACKOFF_MS = 5 * 60_000;
const PUSH_BATCH = 200;
const PULL_PAGE = 500;
const BOOTSTRAP_PAGE = 1_000;

/** Failures only the user can fix: no automatic retry until they act. */
const NEEDS_USER = new Set(['session-expired', 'update-required', 'server-outdated']);

export function backoffMs(failures: number): number {
  return Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.max(0, failures - 1));
}

class SyncEngine {
  private started = false;
  private running = false;
  private again = false;
  private failures = 0;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private outboxWatch: Subscription | null = null;
  private lastOutboxCount = -1;
  private listener: AbortController | null = null;
  /** The replica of the signed-in identity, kept between rounds (opening one is a write). */
  private replica: { key: string; opened: Promise<DexieReplica> } | null = null;
  /** Rounds and long-poll pages write the replica one at a time. */
  private lock: Promise<unknown> = Promise.resolve();
  /** Replica and transport of the last round that reached the server: a save pushes through it. */
  private link: { replica: DexieReplica; transport: SyncTransport } | null = null;
  private stopPushingSaves: (() => void) | null = null;

  private readonly onOnline = () => {
    this.failures = 0;
    void this.syncNow();
  };
  private readonly onOffline = () => {
    this.stopListening();
    useSyncState.setState({ online: false });
  };

  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.heartbeat = setInterval(() => void this.syncNow(), HEARTBEAT_MS);
    this.outboxWatch = liveQuery(() => database().outbox.count()).subscribe({
      next: (count) => {
        const grew = this.lastOutboxCount >= 0 && count > this.lastOutboxCount;
        this.lastOutboxCount = count;
        if (grew) this.afterEdit();
      },
      error: () => undefined,
    });
    this.stopPushingSaves = onOutboxStamped(
      (clientId, rows) => void this.pushSaved(clientId, rows),
    );
    void readMeta<number>(database(), SYNC_META.lastSyncAt).then((at) => {
      if (typeof at === 'number') useSyncState.setState({ lastSyncAt: at });
    });
    void this.syncNow();
  }

  stop(): void {
    if (!this.started) return;
    this.started = false;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
    if (this.retry !== null) clearTimeout(this.retry);
    if (this.debounce !== null) clearTimeout(this.debounce);
    this.outboxWatch?.unsubscribe();
    this.outboxWatch = null;
    this.lastOutboxCount = -1;
    this.stopPushingSaves?.();
    this.stopPushingSaves = null;
    this.link = null;
    this.stopListening();
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private stopListening(): void {
    this.listener?.abort();
    this.listener = null;
  }

  /**
   * Holds a pull open on the server; when another device pushes, the page comes back and is
   * applied here, without waiting for the next round. Ends on any failure: the next round
   * reports it and, once it succeeds, listens again.
   */
  private listen(serverUrl: string, token: string): void {
    if (this.listener !== null || !this.started) return;
    const ctrl = new AbortController();
    this.listener = ctrl;
    const transport = createSyncTransport({ baseUrl: serverUrl, token, fetchFn: browserFetch });
    const aborted = () => ctrl.signal.aborted; // a function: the await below may change it
    const loop = async () => {
      const replica = await DexieReplica.open();
      while (!aborted()) {
        const asked = Date.now();
        const page = await transport.pull(await replica.cursor(), PULL_PAGE, {
          waitMs: LONG_POLL_MS,
          signal: ctrl.signal,
          clientId: replica.clientId,
        });
        if (aborted()) return;
        if (page.changes.length > 0) {
          await this.exclusive(async () => {
            await replica.applyPull(page, Date.now());
            await replica.finishPull();
          });
          const at = Date.now();
          useSyncState.setState({ lastSyncAt: at, online: true });
          await writeMeta(SYNC_META.lastSyncAt, at);
          if (page.hasMore) await this.syncNow();
        } else if (Date.now() - asked < LONG_POLL_MS / 2) {
          // A server that does not hold pulls answers at once: fall back to the heartbeat.
          return;
        }
      }
    };
    loop()
      .catch(() => undefined)
      .finally(() => {
        if (this.listener === ctrl) this.listener = null;
      });
  }

  /**
   * A save just committed, its change already stamped: push it now, before the page's re-render
   * and the outbox watch's round (which then finds it acknowledged). Anything unusual (no round
   * has reached the server yet, another device id, a big batch, any failure) is left to that
   * round, which pushes, retries and reports as always.
   */
  private async pushSaved(clientId: string, rows: readonly OutboxRow[]): Promise<void> {
    const link = this.link;
    if (link === null || link.replica.clientId !== clientId || rows.length > PUSH_BATCH) return;
    try {
      await this.exclusive(async () => {
        const batch = link.replica.batchOf(rows);
        if (batch === null) return;
        const res = await link.transport.push(batch);
        // Changes refused for the member's role are set aside, the rest acknowledged.
        await settlePush(link.replica, batch, res, Date.now);
      });
    } catch {
      // The round started by the outbox watch sends it again and says what went wrong.
    }
  }

  /** Signing out: no save may be pushed through the old session from now on. */
  forgetServer(): void {
    this.link = null;
    this.replica = null;
    this.stopListening();
  }

  private afterEdit(): void {
    if (this.debounce !== null) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.syncNow(), EDIT_DEBOUNCE_MS);
  }

  /** One round now (or right after the running one); resolves when it is done. */
  async syncNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.exclusive(() => this.round());
      } while (this.rerunRequested());
    } finally {
      this.running = false;
    }
  }

  /** Set by a trigger that arrived while a round was running. */
  private rerunRequested(): boolean {
    return this.again;
  }

  private async round(): Promise<void> {
    const session = await readSession();
    if (session === undefined) {
      this.link = null;
      this.stopListening();
      this.replica = null;
      useSyncState.setState({ ...INITIAL_SYNC_STATE });
      return;
    }
    const token = await readToken();
    if (token === null) {
      this.link = null;
      useSyncState.setState({ lastError: { kind: 'session-expired', detail: '' } });
      return;
    }
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    useSyncState.setState({ syncing: true, retryAt: null });
    try {
      const key = `${session.serverUrl}|${session.member.workspaceId}|${session.member.id}`;
      if (this.replica?.key !== key) this.replica = { key, opened: DexieReplica.open() };
      const replica = await this.replica.opened;
      const transport = createSyncTransport({
        baseUrl: session.serverUrl,
        token,
        fetchFn: browserFetch,
      });
      const fresh = (await replica.cursor()) === 0;
      await syncOnce(replica, transport, {
        now: Date.now,
        batchSize: PUSH_BATCH,
        pageSize: fresh ? BOOTSTRAP_PAGE : PULL_PAGE,
        onProgress: (p) => {
          if (fresh && p.phase === 'pull' && p.total > 0) {
            useSyncState.setState({ bootstrap: { done: p.done, total: p.total } });
          }
        },
      });
      await replica.finishPull();
      const at = Date.now();
      await writeMeta(SYNC_META.lastSyncAt, at);
      this.failures = 0;
      // Every answered request is a heartbeat: reaching here means the server is there.
      useSyncState.setState({ lastSyncAt: at, lastError: null, bootstrap: null, online: true });
      this.link = { replica, transport };
      this.listen(session.serverUrl, token);
    } catch (error) {
      const failure = classifySyncError(error);
      this.link = null;
      this.stopListening();
      this.replica = null; // a pull cut short leaves per-pull state: start the next one afresh
      if (failure.kind === 'unreachable') useSyncState.setState({ online: false });
      this.failures += 1;
      const retryAt = NEEDS_USER.has(failure.kind) ? null : Date.now() + backoffMs(this.failures);
      useSyncState.setState({ lastError: failure, bootstrap: null, retryAt });
      if (retryAt !== null && this.started) {
        this.retry = setTimeout(() => void this.syncNow(), retryAt - Date.now());
      }
    } finally {
      useSyncState.setState({ syncing: false });
    }
  }
}

let engine: SyncEngine | null = null;

/** The one loop of this window. */
export function syncEngine(): SyncEngine {
  engine ??= new SyncEngine();
  return engine;
}
