import pg from 'pg';
import { CHANGE_CHANNEL } from './types';
import type { ChangeListener } from './types';

const RETRY_MS = 1000;
const CONNECT_TIMEOUT_MS = 10_000;

export interface ChangeFeed {
  subscribe(listener: ChangeListener): Promise<() => void>;
  close(): Promise<void>;
}

/**
 * One dedicated connection (not from the pool: LISTEN belongs to a session) that
 * hears every instance's change notices. It reconnects when lost; notices sent
 * while it is down are missed, which waiting pulls cover by re-checking now and then.
 */
export function pgChangeFeed(connectionString: string): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const scheduleRetry = () => {
    if (closed || retry !== null) return;
    retry = setTimeout(() => {
      retry = null;
      void start();
    }, RETRY_MS);
    retry.unref();
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    c.on('notification', (msg) => {
      if (msg.channel !== CHANGE_CHANNEL || msg.payload === undefined) return;
      for (const listener of listeners) listener(msg.payload);
    });
    const lost = () => {
      if (client !== c) return;
      client = null;
      c.end().catch(() => undefined);
      scheduleRetry();
    };
    c.on('error', lost);
    c.on('end', lost);
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch {
      c.end().catch(() => undefined);
      scheduleRetry();
      return;
    }
    if (closed) await c.end().catch(() => undefined);
    else client = c;
  }

  function start(): Promise<void> {
    if (closed || client !== null) return Promise.resolve();
    connecting ??= connect().finally(() => (connecting = null));
    return connecting;
  }

  return {
    async subscribe(listener) {
      listeners.add(listener);
      await start();
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      closed = true;
      if (retry !== null) clearTimeout(retry);
      await connecting;
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
