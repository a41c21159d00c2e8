import type { Account, Incident } from '@shared/schemas/index';
import type { ClockSummary } from './clock-cache';
import {
  matchesFixedFilters,
  matchesStateFilters,
  searchHaystack,
  searchNeedle,
  type QueueFilters,
  type QueueRow,
} from './queue-model';
import { decodeClock, STATES, type QueueResult } from './queue-protocol';

/** Folded search text per slot, refolded only when the title or account name changes. */
export class FoldCache {
  private readonly map = new Map<number, { title: string; name: string; hay: string }>();
  hay(slot: number, title: string, name: string): string {
    const e = this.map.get(slot);
    if (e?.title === title && e.name === name) return e.hay;
    const hay = searchHaystack(title, name);
    this.map.set(slot, { title, name, hay });
    return hay;
  }
}

/**
 * Folds every row's search text in idle moments, a slice at a time, so the first keystroke in
 * the search does not fold the whole book. Returns the cancel function.
 */
export function warmFolds(table: QueueTable, sliceMs = 8): () => void {
  const idle: (run: () => void) => number =
    typeof requestIdleCallback === 'function'
      ? (run) => requestIdleCallback(run, { timeout: 2_000 })
      : (run) => window.setTimeout(run, 50);
  const cancel = (h: number) => {
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(h);
    else window.clearTimeout(h);
  };
  let slot = 0;
  let handle = 0;
  const step = () => {
    const end = performance.now() + sliceMs;
    for (; slot < table.incidents.length && performance.now() < end; slot++) {
      const incident = table.incidents[slot];
      const account = incident && table.accounts.get(incident.accountId);
      if (incident && account) table.folds.hay(slot, incident.title, account.name);
    }
    if (slot < table.incidents.length) handle = idle(step);
  };
  handle = idle(step);
  return () => cancel(handle);
}

/** The page's records for one data version, by the slots the worker's results refer to. */
export interface QueueTable {
  incidents: ReadonlyArray<Incident | undefined>;
  accounts: ReadonlyMap<string, Account>;
  slotOf: ReadonlyMap<string, number>;
  folds: FoldCache;
  /**
   * The accounts with an incident in the queue, in slot order of their first incident: the same
   * array from one data version to the next while that list does not change, so the filters'
   * facets are not rebuilt for every edit.
   */
  inQueue: readonly Account[];
}

/** The accounts of `incidents` (live ones, in slot order), or `previous` when it lists the same. */
export function accountsInQueue(
  incidents: ReadonlyArray<Incident | undefined>,
  accounts: ReadonlyMap<string, Account>,
  previous: readonly Account[] = [],
): readonly Account[] {
  const seen = new Set<string>();
  const list: Account[] = [];
  for (const incident of incidents) {
    if (incident === undefined || seen.has(incident.accountId)) continue;
    seen.add(incident.accountId);
    const account = accounts.get(incident.accountId);
    if (account !== undefined) list.push(account);
  }
  const same = list.length === previous.length && list.every((a, i) => a === previous[i]);
  return same ? previous : list;
}

const nullable = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);

/** A worker result with the records it refers to; rows are built only when asked for. */
export class QueueSnapshot {
  private readonly rows = new Map<number, QueueRow>();
  constructor(
    readonly result: QueueResult,
    readonly table: QueueTable,
  ) {}

  get version(): number {
    return this.result.version;
  }
  get now(): number {
    return this.result.now;
  }
  get length(): number {
    return this.result.slots.length;
  }
  /** Only the most urgent rows so far (see QueueResult.partial). */
  get partial(): boolean {
    return this.result.partial === true;
  }

  private incidentAt(i: number): Incident | undefined {
    const slot = this.result.slots[i];
    return slot === undefined ? undefined : this.table.incidents[slot];
  }

  idAt(i: number): string | undefined {
    return this.incidentAt(i)?.id;
  }

  stateAt(i: number): ClockSummary['state'] {
    return STATES[this.result.state[i] ?? 0] ?? 'none';
  }

  /** Place of an incident in the whole queue, −1 if absent. */
  positionOf(id: string): number {
    const slot = this.table.slotOf.get(id);
    return slot === undefined ? -1 : this.result.slots.indexOf(slot);
  }

  rowAt(i: number): QueueRow | undefined {
    const cached = this.rows.get(i);
    if (cached) return cached;
    const { result: r, table } = this;
    const incident = this.incidentAt(i);
    const account = incident && table.accounts.get(incident.accountId);
    if (incident === undefined || account === undefined) return undefined;
    const from = r.fromSlot[i] ?? -1;
    const inherited = from < 0 ? undefined : table.incidents[from];
    const rank = r.clientRank[i] ?? -1;
    const reportedAt = Date.parse(incident.reportedAt);
    const row: QueueRow = {
      p: {
        item: {
          id: incident.id,
          accountId: account.id,
          severity: incident.severity,
          plan: account.plan,
          timeLeftMs: nullable(r.ownLeftMs[i]),
          reportedAt,
          rankKey: incident.rankKey,
        },
        position: i,
        effectiveTimeLeftMs: r.effectiveLeftMs[i] ?? Number.POSITIVE_INFINITY,
        inheritedFromId: inherited?.id ?? null,
        clientRank: rank < 0 ? null : rank,
        ageMs: r.now - reportedAt,
      },
      incident,
      account,
      shown: decodeClock(r, i),
      inheritedFromTitle: inherited?.title ?? null,
    };
    this.rows.set(i, row);
    return row;
  }
}

/** What the list shows: the queue, or the part of it the filters keep, in queue order. */
export interface QueueView {
  readonly length: number;
  at(index: number): QueueRow | undefined;
  idAt(index: number): string | undefined;
  indexOf(id: string): number;
}

/**
 * Slots kept by the filters that do not move with time, or null when none is set. Computed when
 * the data or the filters change, not at each tick.
 */
export function fixedFilterMask(table: QueueTable, f: QueueFilters): Uint8Array | null {
  const needle = searchNeedle(f);
  const none = f.accountId === '' && f.severity === null && f.plan === null && f.sdm === '';
  if (none && needle === '') return null;
  const mask = new Uint8Array(table.incidents.length);
  table.incidents.forEach((incident, slot) => {
    const account = incident && table.accounts.get(incident.accountId);
    if (incident === undefined || account === undefined) return;
    const hay = () => table.folds.hay(slot, incident.title, account.name);
    if (matchesFixedFilters(incident, account, f, needle, hay)) mask[slot] = 1;
  });
  return mask;
}

/** The filtered queue: one pass over typed arrays, no row built. */
export function queueView(
  snapshot: QueueSnapshot,
  mask: Uint8Array | null,
  f: QueueFilters,
): QueueView {
  const byState = f.breached || f.atRisk;
  if (mask === null && !byState) return new SnapshotView(snapshot, null);
  const { slots } = snapshot.result;
  const kept = new Int32Array(slots.length);
  let n = 0;
  for (let i = 0; i < slots.length; i++) {
    if (mask !== null && mask[slots[i] ?? -1] !== 1) continue;
    if (byState && !matchesStateFilters(snapshot.stateAt(i), f)) continue;
    kept[n++] = i;
  }
  return new SnapshotView(snapshot, kept.subarray(0, n));
}

class SnapshotView implements QueueView {
  constructor(
    private readonly snapshot: QueueSnapshot,
    /** Queue positions kept, ascending; null for all. */
    private readonly positions: Int32Array | null,
  ) {}

  get length(): number {
    return this.positions?.length ?? this.snapshot.length;
  }

  private position(index: number): number {
    if (index < 0 || index >= this.length) return -1;
    return this.positions === null ? index : (this.positions[index] ?? -1);
  }

  at(index: number): QueueRow | undefined {
    const p = this.position(index);
    return p < 0 ? undefined : this.snapshot.rowAt(p);
  }

  idAt(index: number): string | undefined {
    const p = this.position(index);
    return p < 0 ? undefined : this.snapshot.idAt(p);
  }

  indexOf(id: string): number {
    const p = this.snapshot.positionOf(id);
    if (p < 0 || this.positions === null) return p;
    // Positions are ascending: binary search.
    let lo = 0;
    let hi = this.positions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.positions[mid] ?? 0;
      if (v === p) return mid;
      if (v < p) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
