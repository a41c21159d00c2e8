import type { Account, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { ClockCache } from './clock-cache';
import { buildQueue, type QueueIncident } from './queue-model';
import {
  encodeRows,
  transferList,
  type QueueDataMessage,
  type QueueRequest,
  type QueueResponse,
  type QueueResult,
} from './queue-protocol';

/** Below this many incidents the whole queue comes at once (it is quick enough). */
export const URGENT_FIRST_MIN = 1_000;

/**
 * The queue worker's state and work, free of any Worker API so the page can also run it in
 * process (tests, or when a worker cannot start). It keeps what it was sent and recomputes at
 * each tick; its ClockCache makes a tick advance the clocks instead of recomputing them.
 */
export class QueueCore {
  readonly cache = new ClockCache();
  private readonly incidents = new Map<number, QueueIncident>();
  private readonly slots = new Map<string, number>();
  private readonly slotOfObject = new Map<QueueIncident, number>();
  private list: QueueIncident[] | null = null;
  private accounts: Account[] = [];
  private specialEvents: SpecialEvent[] = [];
  private settings: WorkspaceSettings | null = null;
  private version = 0;
  private now = 0;
  /** The data version whose urgent rows went out first (see computeUrgent). */
  private urgentFor = -1;

  private readonly slotOf = {
    incident: (incident: QueueIncident) => this.slotOfObject.get(incident) ?? -1,
    id: (id: string) => this.slots.get(id) ?? -1,
  };

  apply(message: QueueRequest): void {
    this.now = message.now;
    if (message.type === 'tick') return;
    this.version = message.version;
    const replaced = this.replaceInList(message);
    for (const slot of message.removed) {
      const gone = this.incidents.get(slot);
      if (gone === undefined) continue;
      this.incidents.delete(slot);
      this.slotOfObject.delete(gone);
      this.cache.forget(gone.id);
    }
    for (const [slot, incident] of message.upserts) {
      const before = this.incidents.get(slot);
      if (before !== undefined) this.slotOfObject.delete(before);
      this.incidents.set(slot, incident);
      this.slotOfObject.set(incident, slot);
      this.slots.set(incident.id, slot);
      // The page saw a change: do not trust an updatedAt that may not have moved.
      this.cache.forget(incident.id);
    }
    if (message.accounts) this.accounts = message.accounts;
    if (message.specialEvents) this.specialEvents = message.specialEvents;
    if (message.settings) this.settings = message.settings;
    if (!replaced) this.list = null;
  }

  /**
   * A few incidents edited in place (a severity change): swapped at their place in the list,
   * which stays in the last queue order. False when the list must be built again.
   */
  private replaceInList(message: QueueDataMessage): boolean {
    const { list } = this;
    if (list === null || message.removed.length > 0 || message.upserts.length > 16) return false;
    for (const [slot, incident] of message.upserts) {
      const before = this.incidents.get(slot);
      const at = before === undefined ? -1 : list.indexOf(before);
      if (at < 0) return false;
      list[at] = incident;
    }
    return true;
  }

  /**
   * The rows of the most urgent severity alone, when the clocks of most incidents are still to
   * compute (opening a large book) and those rows are a small part of it; else null. Once per
   * data version: the next compute() gives the whole queue.
   */
  computeUrgent(): QueueResult | null {
    if (this.settings === null || this.urgentFor === this.version) return null;
    const all = (this.list ??= [...this.incidents.values()]);
    if (all.length < URGENT_FIRST_MIN || this.cache.size > all.length / 2) return null;
    const known = new Set(this.accounts.map((a) => a.id));
    let top = Infinity;
    for (const i of all) if (i.severity < top && known.has(i.accountId)) top = i.severity;
    const urgent = all.filter((i) => i.severity === top);
    if (urgent.length > all.length / 2) return null;
    this.urgentFor = this.version;
    const result = this.computeFor(urgent);
    if (result.type !== 'result') return null;
    result.partial = true;
    return result;
  }

  /** The queue at the last `now` received; null until settings have arrived. */
  compute(): QueueResponse | null {
    if (this.settings === null) return null;
    this.list ??= [...this.incidents.values()];
    return this.computeFor(this.list);
  }

  private computeFor(incidents: QueueIncident[]): QueueResponse {
    const { settings, version, now } = this;
    try {
      if (settings === null) throw new Error('The queue has no settings yet.');
      const t0 = performance.now();
      const { accounts, specialEvents } = this;
      const input = { incidents, accounts, specialEvents, settings };
      const rows = buildQueue(input, new Date(now), this.cache);
      if (incidents === this.list && rows.length === incidents.length) {
        // Next time in this order: the sorts then find it almost sorted (the order does not
        // depend on it). Not when rows were left out (an account in the Trash).
        this.list = rows.map((r) => r.incident);
      }
      const result = encodeRows(rows, this.slotOf, { version, now });
      result.computeMs = performance.now() - t0;
      return result;
    } catch (error) {
      return {
        type: 'error',
        version,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }
}

/**
 * The worker's message handler: applies each message, and computes once for messages that arrive
 * together (a burst of edits, data then a tick). `post` sends a response with its transfer list.
 */
export function createQueueHandler(
  post: (response: QueueResponse, transfer: ArrayBuffer[]) => void,
  schedule: (run: () => void) => void = (run) => setTimeout(run, 0),
  core = new QueueCore(),
): (message: QueueRequest) => void {
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const urgent = core.computeUrgent();
    if (urgent !== null) {
      post(urgent, transferList(urgent));
      // The whole queue next, as its own task: messages that arrived meanwhile are applied first.
      scheduled = true;
      schedule(flush);
      return;
    }
    const response = core.compute();
    if (response !== null) post(response, response.type === 'result' ? transferList(response) : []);
  };
  return (message) => {
    core.apply(message);
    if (scheduled) return;
    scheduled = true;
    schedule(flush);
  };
}
