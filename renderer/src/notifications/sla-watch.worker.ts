// The SLA watcher off the UI thread: reads the open incidents and computes their clocks here.
import { startSlaWatchHost } from './sla-watch-host';
import type { SlaWatchRequest } from './sla-watch-protocol';

const handle = startSlaWatchHost((response) => self.postMessage(response));
self.onmessage = (event: MessageEvent<SlaWatchRequest>) => handle(event.data);
