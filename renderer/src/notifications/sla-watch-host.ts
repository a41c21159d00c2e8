import {
  claimNotifiedKeys,
  loadNotifiedKeys,
  loadSlaWatchData,
  loadSlaWatchIncidents,
} from '../db/incidents';
import { SlaWatchCore, type SlaWatchDeps } from './sla-watch-core';
import type { SlaWatchRequest, SlaWatchResponse } from './sla-watch-protocol';

/** The watcher's reads and writes, through the db/ layer. */
export const dbWatchDeps: SlaWatchDeps = {
  load: () => loadSlaWatchData(),
  loadIncidents: (ids) => loadSlaWatchIncidents(ids),
  loadNotified: () => loadNotifiedKeys(),
  claim: (keys, now) => claimNotifiedKeys(keys, now),
};

/** Runs one page's checks, in the worker or in process: one at a time, in order. */
export function startSlaWatchHost(
  post: (response: SlaWatchResponse) => void,
  core = new SlaWatchCore(dbWatchDeps),
): (request: SlaWatchRequest) => void {
  let queue = Promise.resolve();
  const run = async ({ id, now, changed }: SlaWatchRequest) => {
    const t0 = performance.now();
    if (changed !== null) core.markDirty(changed.all ? null : changed.incidentIds);
    try {
      const outcome = await core.check(new Date(now));
      post({ type: 'result', id, ...outcome, workMs: performance.now() - t0 });
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (request) => {
    queue = queue.then(() => run(request));
  };
}
