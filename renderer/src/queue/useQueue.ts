import { useEffect, useState, useSyncExternalStore } from 'react';
import type { QueueSource } from '../db/queue';
import { QueueClient, type QueueState, type TransportFactory } from './queue-client';

/**
 * The queue for `source` at `now`, computed off the UI thread: the page sends data only when it
 * changes and a tick every `now`; the result arrives as a snapshot. Null snapshot until the first
 * result. `makeTransport` is for tests.
 */
export function useQueue(
  source: QueueSource | undefined,
  now: Date,
  makeTransport?: TransportFactory,
): QueueState {
  const [client] = useState(() => new QueueClient(makeTransport));
  const state = useSyncExternalStore(client.subscribe, client.getState);
  // Declared first: on mount the clock is set before the first data goes out.
  useEffect(() => client.tick(now), [client, now]);
  useEffect(() => {
    if (source !== undefined) client.setSource(source);
  }, [client, source]);
  useEffect(() => () => client.dispose(), [client]);
  return state;
}
