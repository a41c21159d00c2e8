/** Long-poll: holds a pull until its workspace changes, so a push reaches other devices at once. */
import type { ChangeHub, WakeReason } from './notify';

/** How often a waiting pull looks at the database anyway, in case a notice was lost. */
export const RECHECK_MS = 2000;

export type WaitOutcome = 'changes' | 'timeout' | 'aborted' | 'closing';

export interface WaitOptions {
  hub: ChangeHub;
  workspaceId: string;
  waitMs: number;
  /**
   * True when the database holds changes the caller has not pulled. `recheck`: the periodic look
   * in case a notice was lost, which must ask the database itself (not what notices told).
   */
  hasChanges: (recheck: boolean) => Promise<boolean>;
  /** The caller's cursor: a notice carrying a later sequence number needs no database look. */
  after?: number;
  recheckMs?: number;
  /** The client went away. */
  signal?: AbortSignal;
}

type Event = WakeReason | 'timeout' | 'aborted' | 'recheck';

/** Resolves when there is something to pull, or why there will not be. */
export async function waitForChange(o: WaitOptions): Promise<WaitOutcome> {
  if (o.signal?.aborted === true) return 'aborted';
  if (await o.hasChanges(false)) return 'changes';

  const events: Event[] = [];
  let resume: (() => void) | null = null;
  let newest = -1;
  const add = (e: Event, seq?: number) => {
    if (seq !== undefined) newest = Math.max(newest, seq);
    events.push(e);
    resume?.();
  };
  const unsubscribe = o.hub.subscribe(o.workspaceId, add);
  const onAbort = () => add('aborted');
  o.signal?.addEventListener('abort', onAbort);
  const deadline = setTimeout(() => add('timeout'), o.waitMs);
  let recheck: ReturnType<typeof setTimeout> | undefined;
  try {
    // A push may have committed between the first look and subscribing.
    if (await o.hasChanges(false)) return 'changes';
    for (;;) {
      if (events.length === 0) {
        recheck = setTimeout(() => add('recheck'), o.recheckMs ?? RECHECK_MS);
        await new Promise<void>((r) => (resume = r));
        resume = null;
        clearTimeout(recheck);
      }
      const batch = events.splice(0);
      const final = batch.find((e) => e !== 'change' && e !== 'recheck');
      if (final !== undefined) return final;
      // This server's own push said what it committed: answer without a query (the pusher's
      // answer and the other devices' pulls share one database connection).
      if (o.after !== undefined && newest > o.after) return 'changes';
      // Woken or due: the notice may be for changes this caller already has.
      if (await o.hasChanges(batch.every((e) => e === 'recheck'))) return 'changes';
    }
  } finally {
    clearTimeout(deadline);
    clearTimeout(recheck);
    o.signal?.removeEventListener('abort', onAbort);
    unsubscribe();
  }
}
