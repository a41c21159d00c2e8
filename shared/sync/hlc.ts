/**
 * Hybrid logical clock (Kulkarni et al.), as in Actual Budget's crdt: wall-clock
 * millis, a counter for events within one millisecond, and the node (client id).
 * The string form sorts like the clock itself: fixed-width ISO time, fixed-width
 * hex counter, then the node, so ties between equal times fall to the client id.
 * Pure: the caller passes "now" in.
 */

export interface Hlc {
  millis: number;
  counter: number;
  node: string;
}

export const MAX_COUNTER = 0xffff;
/** Latest instant whose ISO form still has a 4-digit year (keeps the string fixed-width). */
const MAX_MILLIS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const HLC_PATTERN =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([A-Za-z0-9_-]{1,64})$/;

export class ClockDriftError extends Error {
  constructor(readonly aheadMs: number) {
    super(
      `A clock is ${Math.round(aheadMs / 60_000)} min ahead of this machine's time: check the device's date and time settings.`,
    );
    this.name = 'ClockDriftError';
  }
}

export class ClockOverflowError extends Error {
  constructor() {
    super('Too many changes within one millisecond: try again.');
    this.name = 'ClockOverflowError';
  }
}

export function createHlc(node: string, millis = 0): Hlc {
  if (!CLIENT_ID_PATTERN.test(node)) throw new RangeError(`Invalid clock node "${node}".`);
  return { millis, counter: 0, node };
}

export function formatHlc(h: Hlc): string {
  const counter = h.counter.toString(16).toUpperCase().padStart(4, '0');
  return `${new Date(h.millis).toISOString()}-${counter}-${h.node}`;
}

export function parseHlc(text: string): Hlc | null {
  const m = HLC_PATTERN.exec(text);
  if (m === null) return null;
  const [, iso = '', counter = '', node = ''] = m;
  const millis = Date.parse(iso);
  // Reject dates such as 2026-02-31 that Date would roll over.
  if (!Number.isFinite(millis) || new Date(millis).toISOString() !== iso) return null;
  return { millis, counter: parseInt(counter, 16), node };
}

/** Total order on clock strings; byte order, never localeCompare. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checked(h: Hlc): Hlc {
  if (h.counter > MAX_COUNTER) throw new ClockOverflowError();
  if (h.millis > MAX_MILLIS) throw new ClockDriftError(h.millis - MAX_MILLIS);
  return h;
}

/** Clock for a local event (an edit): strictly after `last`, never behind `now`. */
export function tickHlc(last: Hlc, now: number): Hlc {
  const millis = Math.max(last.millis, Math.trunc(now));
  const counter = millis === last.millis ? last.counter + 1 : 0;
  return checked({ millis, counter, node: last.node });
}

/**
 * Clock after seeing a remote timestamp: strictly after both `last` and `remote`.
 * With `maxDriftMs`, a remote clock that far ahead of `now` is refused.
 */
export function receiveHlc(last: Hlc, remote: Hlc, now: number, maxDriftMs = Infinity): Hlc {
  const wall = Math.trunc(now);
  if (remote.millis - wall > maxDriftMs) throw new ClockDriftError(remote.millis - wall);
  const millis = Math.max(last.millis, remote.millis, wall);
  let counter = 0;
  if (millis === last.millis && millis === remote.millis) {
    counter = Math.max(last.counter, remote.counter) + 1;
  } else if (millis === last.millis) {
    counter = last.counter + 1;
  } else if (millis === remote.millis) {
    counter = remote.counter + 1;
  }
  return checked({ millis, counter, node: last.node });
}
