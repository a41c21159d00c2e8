import { useEffect, useState, useSyncExternalStore } from 'react';
import type { QueueSource } from '../db/queue';
import { QueueClient, type QueueState, type TransportFactory } from './queue-client';

/** How long the queue's worker outlives a visit to the queue, warm for the next one. */
export const KEEP_QUEUE_WORKER_MS = 5 * 60_000;

let shared: QueueClient | null = null;

/**
 * The queue for `source` at `now`, computed off the UI thread: the page sends data only when it
 * changes and a tick every `now`; the result arrives as a snapshot. Null snapshot until the first
 * result of this visit. The page's visits share one client: its worker keeps its clocks and its
 * compiled code between them (see QueueClient.suspend). `makeTransport` is for tests: a client
 * of the hook's own, stopped on unmount.
 */
export function useQueue(
  source: QueueSource | undefined,
  now: Date,
  makeTransport?: TransportFactory,
): QueueState {
  const [client] = useState(() =>
    makeTransport === undefined ? (shared ??= new QueueClient()) : new QueueClient(makeTransport),
  );
  const state = useSyncExternalStore(client.subscribe, client.getState);
  // Declared first: on mount the worker is kept before the clock is set and the data goes out.
  useEffect(() => {
    if (makeTransport !== undefined) return () => client.dispose();
    client.resume();
    return () => client.suspend(KEEP_QUEUE_WORKER_MS);
  }, [client, makeTransport]);
  useEffect(() => client.tick(now), [client, now]);
  useEffect(() => {
    if (source !== undefined) client.setSource(source);
  }, [client, source]);
  return state;
}
