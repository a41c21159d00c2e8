// The priority queue off the UI thread: SLA clocks, ordering and reasons for every open incident.
import { createQueueHandler } from './queue-core';
import type { QueueRequest } from './queue-protocol';

const handle = createQueueHandler((response, transfer) => self.postMessage(response, { transfer }));
self.onmessage = (event: MessageEvent<QueueRequest>) => handle(event.data);
