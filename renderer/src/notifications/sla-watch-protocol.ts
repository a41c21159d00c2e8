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
   * What the watcher reads that was written since the last check, in this window or another:
   * read it again first. The page says so in the check itself, so the check cannot overtake
   * the notice of an edit the page has just saved. Null: nothing.
   */
  changed: SlaWatchChange | null;
}

/** Written since the last check. */
export interface SlaWatchChange {
  /** Read everything again: a table other than incidents, a range write, or many keys. */
  all: boolean;
  /** Else the incidents written (put or deleted), by id: only those are read again. */
  incidentIds: string[];
}

export type SlaWatchResponse =
  | (SlaWatchOutcome & {
      type: 'result';
      id: number;
      /** Time the check took in the worker, reads included. */
      workMs: number;
    })
  | { type: 'error'; id: number; message: string };
