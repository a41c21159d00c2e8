export type WakeReason = 'change' | 'closing';
/** `seq`: the change's sequence number, when the publisher knows it (this server's own pushes). */
export type Waker = (reason: WakeReason, seq?: number) => void;

/**
 * Wakes pulls waiting on a workspace: one hub per app, fed by this server's pushes
 * and by the database's notices of other instances' pushes.
 */
export class ChangeHub {
  private readonly waiters = new Map<string, Set<Waker>>();
  /** Newest committed sequence number known per workspace (see head()). */
  private readonly heads = new Map<string, number>();
  /** Counts changes published per workspace, so a read begun before one is not believed. */
  private readonly epochs = new Map<string, number>();
  private closed = false;

  /** `wake` is called on each change in the workspace, or once with 'closing'. */
  subscribe(workspaceId: string, wake: Waker): () => void {
    if (this.closed) {
      wake('closing');
      return () => undefined;
    }
    let set = this.waiters.get(workspaceId);
    if (set === undefined) {
      set = new Set();
      this.waiters.set(workspaceId, set);
    }
    set.add(wake);
    return () => {
      const s = this.waiters.get(workspaceId);
      s?.delete(wake);
      if (s?.size === 0) this.waiters.delete(workspaceId);
    };
  }

  publish(workspaceId: string, seq?: number): void {
    // A read of the head begun before this change may miss it: see epoch().
    this.epochs.set(workspaceId, this.epoch(workspaceId) + 1);
    if (seq === undefined) {
      // Another instance's change (or an unknown one): what we knew of the head is stale.
      this.heads.delete(workspaceId);
    } else {
      this.heads.set(workspaceId, Math.max(seq, this.heads.get(workspaceId) ?? seq));
    }
    // A copy: a woken waiter unsubscribes while we iterate.
    for (const wake of [...(this.waiters.get(workspaceId) ?? [])]) wake('change', seq);
  }

  /**
   * The workspace's newest committed sequence number, when this hub knows it: a read told it
   * and every change since was published with its number (always so when one process owns the
   * database). Null when unknown: the caller asks the database.
   */
  head(workspaceId: string): number | null {
    return this.heads.get(workspaceId) ?? null;
  }

  /**
   * Changes published so far in the workspace: take it before reading the head from the
   * database, give it to noteHead after; a read begun at an older epoch may predate a change.
   */
  epoch(workspaceId: string): number {
    return this.epochs.get(workspaceId) ?? 0;
  }

  /**
   * A read begun at `epoch` saw `seq` as the newest: remember it, unless a change was published
   * meanwhile (the read may predate it). Numbers only grow.
   */
  noteHead(workspaceId: string, seq: number, epoch: number): void {
    if (epoch !== this.epoch(workspaceId)) return;
    this.heads.set(workspaceId, Math.max(seq, this.heads.get(workspaceId) ?? seq));
  }

  /** Server shutting down: every waiter answers now, later ones do not wait. */
  close(): void {
    this.closed = true;
    const all = [...this.waiters.values()].flatMap((s) => [...s]);
    this.waiters.clear();
    for (const wake of all) wake('closing');
  }

  /** Waiters on one workspace, or on all. */
  count(workspaceId?: string): number {
    if (workspaceId !== undefined) return this.waiters.get(workspaceId)?.size ?? 0;
    let n = 0;
    for (const s of this.waiters.values()) n += s.size;
    return n;
  }
}
