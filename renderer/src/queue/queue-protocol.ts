import type { Coverage } from '@shared/domain/types';
import type { Account, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import type { ClockSummary } from './clock-cache';
import type { QueueIncident, QueueRow } from './queue-model';

/*
 * Messages between the queue page and the queue worker. Incidents travel once, then only when
 * they change, each under a slot number the page gives it; results come back as typed arrays
 * (transferred, not copied) in queue order, so neither side copies 50,000 objects per tick.
 */

/** New or changed data; a field left out is unchanged. `now` is the page's clock (epoch ms). */
export interface QueueDataMessage {
  type: 'data';
  version: number;
  now: number;
  upserts: Array<[slot: number, incident: QueueIncident]>;
  removed: number[];
  accounts?: Account[];
  specialEvents?: SpecialEvent[];
  settings?: WorkspaceSettings;
}

export interface QueueTickMessage {
  type: 'tick';
  now: number;
}

export type QueueRequest = QueueDataMessage | QueueTickMessage;

/** The queue at `now`, one entry per row in queue order. NaN stands for null. */
export interface QueueResult {
  type: 'result';
  /** The data version it was computed from. */
  version: number;
  now: number;
  /** Time the worker spent computing it. */
  computeMs: number;
  /**
   * True for the opening result on a large book: only the rows of the most urgent severity, in
   * their final order (the queue orders by severity first, and a client's ranking only links
   * incidents of one severity), computed first; the whole queue follows.
   */
  partial?: boolean;
  slots: Int32Array;
  /** Own working time left (PriorityItem.timeLeftMs). */
  ownLeftMs: Float64Array;
  effectiveLeftMs: Float64Array;
  /** Slot of the incident whose deadline was inherited, −1 for none. */
  fromSlot: Int32Array;
  /** Client rank, −1 for none. */
  clientRank: Int32Array;
  // The clock shown (own or inherited), a ClockSummary spread over arrays.
  clock: Uint8Array;
  leftMs: Float64Array;
  state: Uint8Array;
  dueAt: Float64Array;
  breachedSince: Float64Array;
  coverage: Uint8Array;
  /** 1 when the incident breached earlier (see ClockSummary.breachedEarlier). */
  earlier: Uint8Array;
  zone: Uint16Array;
  zones: string[];
}

export interface QueueFailure {
  type: 'error';
  version: number;
  message: string;
}

export type QueueResponse = QueueResult | QueueFailure;

export const CLOCKS = [null, 'response', 'resolution'] as const satisfies ReadonlyArray<
  ClockSummary['clock']
>;
export const STATES = [
  'none',
  'ok',
  'at-risk',
  'breached',
  'met',
  'superseded',
] as const satisfies ReadonlyArray<ClockSummary['state']>;
export const COVERAGES = ['24x7', '24x5', 'business-hours'] as const satisfies readonly Coverage[];

const orNaN = (v: number | null) => v ?? Number.NaN;
const ms = (d: Date | null) => (d === null ? Number.NaN : d.getTime());

/** Packs worker-side rows; `slotOf` gives the page's slot of a row's incident or of an id. */
export function encodeRows(
  rows: ReadonlyArray<QueueRow<QueueIncident>>,
  slotOf: { incident: (incident: QueueIncident) => number; id: (id: string) => number },
  meta: { version: number; now: number },
): QueueResult {
  const n = rows.length;
  const slots = new Int32Array(n);
  const ownLeftMs = new Float64Array(n);
  const effectiveLeftMs = new Float64Array(n);
  const fromSlot = new Int32Array(n);
  const clientRank = new Int32Array(n);
  const clock = new Uint8Array(n);
  const leftMs = new Float64Array(n);
  const state = new Uint8Array(n);
  const dueAt = new Float64Array(n);
  const breachedSince = new Float64Array(n);
  const coverage = new Uint8Array(n);
  const earlier = new Uint8Array(n);
  const zone = new Uint16Array(n);
  const zones = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    const { p, shown } = row;
    slots[i] = slotOf.incident(row.incident);
    ownLeftMs[i] = orNaN(p.item.timeLeftMs);
    effectiveLeftMs[i] = p.effectiveTimeLeftMs;
    fromSlot[i] = p.inheritedFromId === null ? -1 : slotOf.id(p.inheritedFromId);
    clientRank[i] = p.clientRank ?? -1;
    clock[i] = CLOCKS.indexOf(shown.clock);
    leftMs[i] = orNaN(shown.timeLeftMs);
    state[i] = STATES.indexOf(shown.state);
    dueAt[i] = ms(shown.dueAt);
    breachedSince[i] = ms(shown.breachedSince);
    coverage[i] = COVERAGES.indexOf(shown.coverage);
    earlier[i] = shown.breachedEarlier ? 1 : 0;
    let z = zones.get(shown.timeZone);
    if (z === undefined) {
      z = zones.size;
      zones.set(shown.timeZone, z);
    }
    zone[i] = z;
  }
  return {
    type: 'result',
    ...meta,
    computeMs: 0,
    slots,
    ownLeftMs,
    effectiveLeftMs,
    fromSlot,
    clientRank,
    clock,
    leftMs,
    state,
    dueAt,
    breachedSince,
    coverage,
    earlier,
    zone,
    zones: [...zones.keys()],
  };
}

/** The buffers to transfer with a result. */
export function transferList(r: QueueResult): ArrayBuffer[] {
  return [
    r.slots,
    r.ownLeftMs,
    r.effectiveLeftMs,
    r.fromSlot,
    r.clientRank,
    r.clock,
    r.leftMs,
    r.state,
    r.dueAt,
    r.breachedSince,
    r.coverage,
    r.earlier,
    r.zone,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** The shown clock of the row at `i`. */
export function decodeClock(r: QueueResult, i: number): ClockSummary {
  const nullable = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);
  const date = (v: number | undefined) => {
    const t = nullable(v);
    return t === null ? null : new Date(t);
  };
  return {
    clock: CLOCKS[r.clock[i] ?? 0] ?? null,
    timeLeftMs: nullable(r.leftMs[i]),
    state: STATES[r.state[i] ?? 0] ?? 'none',
    dueAt: date(r.dueAt[i]),
    breachedSince: date(r.breachedSince[i]),
    coverage: COVERAGES[r.coverage[i] ?? 0] ?? 'business-hours',
    timeZone: r.zones[r.zone[i] ?? 0] ?? 'UTC',
    breachedEarlier: r.earlier[i] === 1,
  };
}
