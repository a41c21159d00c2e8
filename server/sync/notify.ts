export type WakeReason = 'change' | 'closing';
/** `seq`: the change's sequence number, when the publisher knows it (this server's own pushes). */
export type Waker = (reason: WakeReason, seq?: number) => void;

/**
 * Wakes pulls waiting on a workspace: one hub per app, fed by this server's pushes
 * and by the database's notices of other instances' pushes.
 */
export class ChangeHub {
  private readonly waiters = new Map<string, Set<Waker>>();
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
    // A copy: a woken waiter unsubscribes while we iterate.
    for (const wake of [...(this.waiters.get(workspaceId) ?? [])]) wake('change', seq);
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
