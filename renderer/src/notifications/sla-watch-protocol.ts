import type { SlaWatchOutcome } from './sla-watch-core';

/*
 * Messages between the page and the SLA watch worker. The worker reads the incidents itself
 * (IndexedDB works in workers), so the page never holds the open incidents for the watcher: it
 * sends the time, and gets back only the alerts to show.
 */

/** Check at `now`, the page's clock (epoch ms): the worker never reads its own. */
export interface SlaWatchRequest {
  type: 'check';
  id: number;
  now: number;
  /**
   * Something the watcher reads was written since the last check, in this window or another:
   * read it again first. The page says so in the check itself, so the check cannot overtake
   * the notice of an edit the page has just saved.
   */
  changed: boolean;
}

export type SlaWatchResponse =
  | (SlaWatchOutcome & {
      type: 'result';
      id: number;
      /** Time the check took in the worker, reads included. */
      workMs: number;
    })
  | { type: 'error'; id: number; message: string };
